import ConvNet
import Datasets
import Learning
import LongTail

/// Estimated seconds on one core of one long-tail run or baseline, for `plan` and shard balancing.
///
/// Synthetic encoder (`conv` nil): `RunCostModel.seconds` of its engine (a baseline: the untrained
/// encoder trains one step, the raw-pixel probe none), as before issue 26.
///
/// Conv encoder: a measured constant per image-epoch, scaled by the conv FLOPs of the shape,
///
///     cost = E · N_LT · t_train · F/F₀ + (n_probe + n_test) · t_feature · F/F₀,
///     F = Σ_b 2 · H_b · W_b · C_in,b · C_out,b · k²   (forward conv FLOPs of one image),
///
/// with E epochs, N_LT the long-tailed set's images, n_probe = probePerClass · C, n_test the test
/// images, and F₀ = F of `ConvTrainingConfig.standard` on 28×28×1 (3.84 MFLOP). t_train = 1.09 ms
/// (a SimCLR/SDCLR step per image: two views, forward and backward, batch norm, head, NT-Xent,
/// AdamW) and t_feature = 0.40 ms (the probe's forward pass and its share of the probe fit) are
/// the least-squares fit of c8's CPU seconds at ρ = 1, 10 and 100 (34.2, 14.4 and 9.7 s for
/// 30 000, 12 255 and 7 440 image-epochs and 4000 probe/test images; Benchmarks/longtail.md).
/// The raw-pixel baseline costs `rawPixelSecondsPerImage` per probe/test image. A model, not a
/// benchmark: it balances shards and predicts wall time on an idle core.
public enum LongTailRunCost {
    /// Seconds per training image-epoch of c8 (one thread, both views, forward + backward).
    public static let trainSecondsPerImageEpoch = 1.09e-3
    /// Seconds per probe or test image of c8 (forward features and the probe fit).
    public static let featureSecondsPerImage = 0.40e-3
    /// Seconds per probe or test image of the raw-pixel probe (≈ 0.5 s for 4000 images).
    public static let rawPixelSecondsPerImage = 0.125e-3

    /// Forward conv FLOPs of one image of `height`×`width`×`channels` through `encoder`.
    public static func convFlopsPerImage(_ encoder: ConvEncoderConfig, height: Int, width: Int, channels: Int) -> Double {
        var inC = channels, total = 0.0
        for (b, size) in encoder.blockSizes(height: height, width: width).enumerated() {
            let outC = encoder.channels[b]
            total += 2 * Double(size.inH * size.inW * inC * outC * encoder.kernel * encoder.kernel)
            inC = outC
        }
        return total
    }

    /// F₀: c8 on Fashion-MNIST.
    public static let referenceFlops = convFlopsPerImage(ConvTrainingConfig.standard.encoder, height: 28, width: 28, channels: 1)

    /// Estimated seconds of a training run (`baseline` nil) or of a baseline of `config`.
    public static func seconds(_ config: LongTailConfig, baseline: LongTailBaselines.Kind? = nil, model: RunCostModel) -> Double {
        guard let conv = config.conv, let shape = LongTailConfig.shape(of: config.dataset) else {
            var e = config.engine
            if let baseline { e.steps = baseline == .untrainedEncoder ? 1 : 0 }
            return model.seconds(e)
        }
        let probeImages = Double(config.probePerClass * shape.classes + (config.testLimit ?? 10_000))
        if baseline == .rawPixels { return probeImages * rawPixelSecondsPerImage }
        let scale = convFlopsPerImage(conv.encoder, height: shape.height, width: shape.width, channels: shape.channels) / referenceFlops
        let epochs = baseline == .untrainedEncoder ? 0 : conv.epochs
        let images = config.rho >= 1 && config.rho.isFinite
            ? LongTail.classCounts(nMax: config.nMax, rho: config.rho, classCount: shape.classes).reduce(0, +) : 0
        return (Double(epochs * images) * trainSecondsPerImageEpoch + probeImages * featureSecondsPerImage) * scale
    }
}
