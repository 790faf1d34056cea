import LinearAlgebra

/// The parameters of the convolutional encoder and its projection head (shapes in
/// `ConvEncoderConfig`). Computation and activations live in `EncoderBranch`; several branches
/// (SDCLR's dense model and its pruned self-competitor) share one `ConvEncoder`.
///
/// Initialisation: conv and linear weights θ ~ N(0, 2/fan-in) (He), biases 0, γ = 1, β = 0,
/// drawn in layer order from `rng`.
public final class ConvEncoder {
    public let config: ConvEncoderConfig
    public let inputChannels: Int
    public let height: Int
    public let width: Int
    public let convs: [Conv2D]
    /// One per conv when `config.batchNorm`, else empty.
    public let norms: [BatchNorm]
    /// The projection head: [Linear(C→hidden), Linear(hidden→p)] or [Linear(C→p)].
    public let head: [Linear]

    public init(config: ConvEncoderConfig, inputChannels: Int, height: Int, width: Int, rng: inout SeededRNG) {
        precondition(!config.channels.isEmpty && config.channels.allSatisfy { $0 > 0 }, "ConvEncoder: needs ≥ 1 block of ≥ 1 channel")
        precondition(config.projection > 0 && config.headHidden >= 0, "ConvEncoder: bad head \(config.headHidden)→\(config.projection)")
        self.config = config
        self.inputChannels = inputChannels
        self.height = height
        self.width = width
        var convs: [Conv2D] = []
        var cin = inputChannels
        for c in config.channels {
            convs.append(Conv2D(inChannels: cin, outChannels: c, kernel: config.kernel, rng: &rng))
            cin = c
        }
        self.convs = convs
        norms = config.batchNorm ? config.channels.map { BatchNorm(channels: $0) } : []
        let f = config.featureDimension
        if config.headHidden > 0 {
            let l1 = Linear(inputs: f, outputs: config.headHidden, rng: &rng)
            let l2 = Linear(inputs: config.headHidden, outputs: config.projection, rng: &rng)
            head = [l1, l2]
        } else {
            head = [Linear(inputs: f, outputs: config.projection, rng: &rng)]
        }
    }

    /// Every trainable tensor, in a fixed order (convs, norms, head).
    public var parameters: [Parameter] {
        convs.flatMap { [$0.weight, $0.bias] } + norms.flatMap { [$0.gamma, $0.beta] } + head.flatMap { [$0.weight, $0.bias] }
    }

    /// The conv weight tensors (what the pruning mask covers).
    public var convWeights: [Parameter] { convs.map(\.weight) }

    /// Clears every gradient.
    public func zeroGradients() { for p in parameters { p.grad.zero() } }

    /// Forward FLOPs of the backbone for one image (2 per multiply-add of the convs).
    public var convFlopsPerImage: Double {
        let sizes = config.blockSizes(height: height, width: width)
        var total = 0.0
        for (b, conv) in convs.enumerated() {
            total += 2 * Double(conv.outChannels * conv.patchSize * sizes[b].inH * sizes[b].inW)
        }
        return total
    }
}
