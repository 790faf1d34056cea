import Datasets
import LinearAlgebra

/// SimCLR-style training of a `ConvEncoder` with NT-Xent, optionally with SDCLR's pruned
/// self-competitor.
///
/// Each step takes N images, draws two independent views of each (`Augmenter`), encodes the
/// first views with the dense branch (weights W) and the second views with the second branch:
/// the dense model again (no pruning: plain SimCLR) or the pruned self-competitor (W ⊙ M, its
/// own batch-norm statistics). The 2N projections go into NT-Xent (`NTXentLoss`); the gradient
/// flows back through both branches into the shared parameters (the pruned branch's conv
/// gradient per `PruningReading`), then one optimiser step with η_t from the cosine schedule
/// (`OptimizerConfig`). The mask is recomputed from |W| at the start of every epoch and W ⊙ M is
/// refreshed after every step.
///
/// Random streams from the run seed: `initStream` the initial weights, `orderStream` the image
/// order of each epoch, `viewStream` the augmentations. All workspaces are allocated in `init`;
/// a step allocates nothing but the augmenter's views.
public final class ContrastiveConvTrainer {
    public static let initStream: UInt64 = 3
    public static let orderStream: UInt64 = 4
    public static let viewStream: UInt64 = 1

    public let config: ConvTrainingConfig
    public let encoder: ConvEncoder
    public let dense: EncoderBranch
    /// The second branch: pruned self-competitor or (no pruning) a second dense branch.
    public let second: EncoderBranch
    public let pruning: MagnitudePruning?
    let loss: NTXentLoss
    let optimizer: Optimizer
    /// The two views of the current batch (layout C×N×H×W).
    public let inputA: FloatBuffer, inputB: FloatBuffer
    let projections: FloatBuffer, projectionGrad: FloatBuffer
    let secondWeightGrads: [FloatBuffer]
    let augmenter: Augmenter
    // Pointer lists built once, so a step allocates nothing.
    let denseWeights: [UnsafePointer<Float>]
    let secondWeights: [UnsafePointer<Float>]
    let denseGrads: [UnsafeMutablePointer<Float>]
    let secondGrads: [UnsafeMutablePointer<Float>]
    let convWeights: [Parameter]

    public init(config: ConvTrainingConfig, channels: Int, height: Int, width: Int, seed: UInt64) {
        precondition((try? config.validate()) != nil, "ContrastiveConvTrainer: invalid config; call validate() first")
        self.config = config
        var rng = SeededRNG(seed: seed, stream: Self.initStream)
        let encoder = ConvEncoder(config: config.encoder, inputChannels: channels, height: height, width: width, rng: &rng)
        self.encoder = encoder
        let n = config.batchSize
        dense = EncoderBranch(encoder: encoder, capacity: n)
        second = EncoderBranch(encoder: encoder, capacity: n)
        pruning = config.pruneRatio.map { MagnitudePruning(weights: encoder.convWeights, ratio: $0) }
        loss = NTXentLoss(pairs: n, dimension: config.encoder.projection, temperature: config.temperature)
        optimizer = Optimizer(config: config.optimizer, parameters: encoder.parameters)
        inputA = FloatBuffer(count: n * channels * height * width)
        inputB = FloatBuffer(count: n * channels * height * width)
        projections = FloatBuffer(count: 2 * n * config.encoder.projection)
        projectionGrad = FloatBuffer(count: 2 * n * config.encoder.projection)
        secondWeightGrads = encoder.convWeights.map { FloatBuffer(count: $0.count) }
        augmenter = Augmenter(config: config.augmentation)
        let dw = encoder.convWeights.map { UnsafePointer($0.value.pointer) }
        denseWeights = dw
        secondWeights = pruning.map { pr in pr.maskedWeights.map { UnsafePointer($0.pointer) } } ?? dw
        denseGrads = encoder.convWeights.map(\.grad.pointer)
        convWeights = encoder.convWeights
        secondGrads = pruning == nil ? denseGrads : secondWeightGrads.map(\.pointer)
    }

    /// One training step on the (already drawn) views in `inputA`/`inputB`; returns the loss.
    @discardableResult
    public func step(learningRate: Double) -> Double {
        let l = accumulateGradients()
        optimizer.step(learningRate: learningRate)
        pruning?.refreshMaskedWeights()
        return l
    }

    /// The loss on the views in `inputA`/`inputB`, with ∂L/∂θ added to every parameter's `grad`
    /// (the pruned branch's conv gradient per `PruningReading`); no update.
    @discardableResult
    public func accumulateGradients() -> Double {
        let n = config.batchSize, p = config.encoder.projection
        let dw = denseWeights, sw = secondWeights
        dense.forwardBackbone(inputA.pointer, n: n, weights: dw, training: true)
        dense.forwardHead(n: n, projections: projections.pointer)
        second.forwardBackbone(inputB.pointer, n: n, weights: sw, training: true)
        second.forwardHead(n: n, projections: projections.pointer + n * p)
        let l = loss.lossAndGradient(projections.pointer, grad: projectionGrad.pointer)
        dense.backward(projectionGrad: projectionGrad.pointer, n: n, weights: dw, weightGrads: denseGrads)
        if let pruning {
            for g in secondWeightGrads { g.zero() }
            second.backward(projectionGrad: projectionGrad.pointer + n * p, n: n, weights: sw, weightGrads: secondGrads)
            for (j, w) in convWeights.enumerated() {
                let g = secondWeightGrads[j].pointer, mask = pruning.masks[j].pointer, out = w.grad.pointer
                switch config.pruningReading {
                case .selfCompetitor: for i in 0..<w.count { out[i] += mask[i] * g[i] }
                case .straightThrough: for i in 0..<w.count { out[i] += g[i] }
                }
            }
        } else {
            second.backward(projectionGrad: projectionGrad.pointer + n * p, n: n, weights: sw, weightGrads: secondGrads)
        }
        return l
    }

    /// The loss on the views in `inputA`/`inputB` without gradients or updates (training-mode
    /// batch statistics, as in `accumulateGradients`).
    public func lossOnly() -> Double {
        let n = config.batchSize, p = config.encoder.projection
        let dw = denseWeights, sw = secondWeights
        dense.forwardBackbone(inputA.pointer, n: n, weights: dw, training: true)
        dense.forwardHead(n: n, projections: projections.pointer)
        second.forwardBackbone(inputB.pointer, n: n, weights: sw, training: true)
        second.forwardHead(n: n, projections: projections.pointer + n * p)
        return loss.lossAndGradient(projections.pointer, grad: nil)
    }

    /// Copies image `index` of `data` (C×H×W) into slot `slot` of a C×N×H×W batch buffer.
    static func place(_ view: UnsafeBufferPointer<Float>, slot: Int, n: Int, channels: Int, plane: Int, into buffer: FloatBuffer) {
        for c in 0..<channels {
            let dst = buffer.pointer + (c * n + slot) * plane
            for k in 0..<plane { dst[k] = view[c * plane + k] }
        }
    }

    /// Trains on `images` (standardised) for `config.epochs` epochs of ⌊count/N⌋ steps; returns
    /// the mean loss of each epoch. Deterministic for a seed.
    public func train(_ images: LabeledImages, seed: UInt64) -> [Double] {
        let n = config.batchSize
        precondition(images.count >= n, "ContrastiveConvTrainer.train: \(images.count) images, fewer than one batch of \(n)")
        precondition(images.channels == encoder.inputChannels && images.height == encoder.height && images.width == encoder.width,
                     "ContrastiveConvTrainer.train: image shape differs from the encoder's")
        var orderRNG = SeededRNG(seed: seed, stream: Self.orderStream)
        var viewRNG = SeededRNG(seed: seed, stream: Self.viewStream)
        var order = Array(0..<images.count)
        let stepsPerEpoch = images.count / n
        let total = stepsPerEpoch * config.epochs
        let plane = images.height * images.width
        var epochLosses: [Double] = []
        epochLosses.reserveCapacity(config.epochs)
        // One view's scratch, reused: a step allocates nothing (views are drawn into it in place).
        var view = [Float](repeating: 0, count: images.channels * plane)
        var t = 0
        for _ in 0..<config.epochs {   // 0 epochs: the untrained encoder (baseline)
            pruning?.updateMask()
            orderRNG.shuffle(&order)
            var sum = 0.0
            for s in 0..<stepsPerEpoch {
                for i in 0..<n {
                    let img = images.image(order[s * n + i])
                    for k in 0..<2 {   // view a, then view b, from the one stream
                        let input = k == 0 ? inputA : inputB
                        view.withUnsafeMutableBufferPointer { v in
                            augmenter.augment(img, height: images.height, width: images.width, channels: images.channels, into: v, rng: &viewRNG)
                            Self.place(UnsafeBufferPointer(v), slot: i, n: n, channels: images.channels, plane: plane, into: input)
                        }
                    }
                }
                sum += step(learningRate: config.optimizer.rate(step: t, of: total))
                t += 1
            }
            epochLosses.append(sum / Double(max(stepsPerEpoch, 1)))
        }
        return epochLosses
    }

    /// The probe's backbone features (dense weights, the dense branch's running batch-norm
    /// statistics, `GridPool` of the last block) of every image of `images` (standardised), as
    /// a count × C_last·g² matrix.
    public func features(_ images: LabeledImages) -> Matrix {
        let n = config.batchSize, f = config.encoder.probeDimension, plane = images.height * images.width
        var out = Matrix(rows: images.count, cols: f)
        let dw = denseWeights
        var start = 0
        while start < images.count {
            let m = min(n, images.count - start)
            for i in 0..<m {
                let img = images.image(start + i)
                for c in 0..<images.channels {
                    let dst = inputA.pointer + (c * m + i) * plane
                    for k in 0..<plane { dst[k] = img[img.startIndex + c * plane + k] }
                }
            }
            dense.forwardBackbone(inputA.pointer, n: m, weights: dw, training: false)
            out.data.withUnsafeMutableBufferPointer { dst in
                dense.probeFeatures(n: m, output: dst.baseAddress! + start * f)
            }
            start += m
        }
        return out
    }
}
