/// One branch of the encoder: the activations and gradient workspaces for batches of up to
/// `capacity` images, allocated once, and the branch's own batch-norm running statistics.
/// SDCLR runs two branches on one `ConvEncoder`: the dense model and the pruned self-competitor
/// (the same weights times the mask), each normalising with its own batch statistics.
///
/// Forward (training), per block b with input a_{b−1} (a_0 = the images, layout C×N×H×W):
///
///     u_b = conv_b(a_{b−1}; W_b),   v_b = BN_b(u_b) (or u_b),   r_b = ReLU(v_b),
///     a_b = pool(r_b) (blocks before the last),   f = GAP(r_last) ∈ R^{N×C},   h = head(f).
///
/// Backward applies the layers' adjoints in reverse order; conv weight gradients go to the
/// buffers the caller names (so the pruned branch's ∂L/∂(W⊙M) can be masked or not before it
/// reaches ∂L/∂W), every other gradient accumulates into the shared parameters.
public final class EncoderBranch {
    public let encoder: ConvEncoder
    public let capacity: Int
    let sizes: [(inH: Int, inW: Int, pooled: Bool)]
    let cols: [FloatBuffer]          // im2col workspace per block (`Conv2D.workspaceCount`)
    let activations: [FloatBuffer]   // u_b → v_b → r_b in place, Cout × N·H·W
    let normalized: [FloatBuffer]    // x̂_b (batch norm only)
    let inverseStd: [FloatBuffer]
    let pooled: [FloatBuffer]        // a_b for pooled blocks
    let argmax: [UnsafeMutablePointer<Int32>]
    let argmaxCounts: [Int]
    let activationGrads: [FloatBuffer]   // ∂L/∂r_b (then ∂L/∂u_b in place)
    let pooledGrads: [FloatBuffer]       // ∂L/∂a_b
    public let running: [BatchNormStatistics]
    /// f, N × C_last.
    public let features: FloatBuffer
    let featureGrad: FloatBuffer
    let hidden: FloatBuffer
    let hiddenGrad: FloatBuffer
    /// Whether the last forward was a training forward (the backward needs one).
    var lastBatch = 0
    /// The images of the last training forward (the first conv's x, read again by its backward).
    var lastInput: UnsafePointer<Float>?
    /// One channel's full-size map (the largest block's n·H·W floats), the workspace of the fused
    /// batch norm + ReLU + average pool.
    let channelScratch: FloatBuffer
    /// Whether block b ran fused (batch norm, ReLU and average pool in one pass) in the last
    /// training forward: then `activations[b]` holds u_b, not r_b.
    var fusedPool: [Bool]

    public init(encoder: ConvEncoder, capacity: Int) {
        precondition(capacity >= 1, "EncoderBranch: capacity must be ≥ 1")
        self.encoder = encoder
        self.capacity = capacity
        let cfg = encoder.config
        sizes = cfg.blockSizes(height: encoder.height, width: encoder.width)
        var cols: [FloatBuffer] = [], acts: [FloatBuffer] = [], xh: [FloatBuffer] = [], inv: [FloatBuffer] = []
        var pooled: [FloatBuffer] = [], am: [UnsafeMutablePointer<Int32>] = [], amc: [Int] = []
        var ag: [FloatBuffer] = [], pg: [FloatBuffer] = [], run: [BatchNormStatistics] = []
        for (b, conv) in encoder.convs.enumerated() {
            let plane = sizes[b].inH * sizes[b].inW
            cols.append(FloatBuffer(count: conv.workspaceCount(plane: plane, n: capacity)))
            acts.append(FloatBuffer(count: conv.outChannels * capacity * plane))
            ag.append(FloatBuffer(count: conv.outChannels * capacity * plane))
            xh.append(FloatBuffer(count: cfg.batchNorm ? conv.outChannels * capacity * plane : 0))
            inv.append(FloatBuffer(count: conv.outChannels))
            run.append(BatchNormStatistics(channels: conv.outChannels))
            let pc = sizes[b].pooled ? conv.outChannels * capacity * plane / 4 : 0
            pooled.append(FloatBuffer(count: pc))
            pg.append(FloatBuffer(count: pc))
            let p = UnsafeMutablePointer<Int32>.allocate(capacity: max(pc, 1))
            p.initialize(repeating: 0, count: max(pc, 1))
            am.append(p); amc.append(max(pc, 1))
        }
        channelScratch = FloatBuffer(count: sizes.map { capacity * $0.inH * $0.inW }.max() ?? 0)
        fusedPool = Array(repeating: false, count: encoder.convs.count)
        self.cols = cols; activations = acts; normalized = xh; inverseStd = inv
        self.pooled = pooled; argmax = am; argmaxCounts = amc
        activationGrads = ag; pooledGrads = pg; running = run
        let f = cfg.featureDimension
        features = FloatBuffer(count: capacity * f)
        featureGrad = FloatBuffer(count: capacity * f)
        hidden = FloatBuffer(count: capacity * max(cfg.headHidden, 1))
        hiddenGrad = FloatBuffer(count: capacity * max(cfg.headHidden, 1))
    }

    deinit { for p in argmax { p.deallocate() } }

    /// Backbone forward of `n` images (layout C×N×H×W) with the given conv weights (one pointer
    /// per conv: the dense values or a masked copy); fills `features`. `training` uses batch
    /// statistics (and updates this branch's running ones), else the running statistics. After a
    /// training forward, `input` must stay unchanged until `backward` (which reads it again).
    /// Batch norm and the ReLU run as one pass (`BatchNorm.forwardTraining(relu:)`), and with
    /// average pooling the pool too (`BatchNorm.forwardTrainingReLUAveragePool`).
    public func forwardBackbone(_ input: UnsafePointer<Float>, n: Int, weights: [UnsafePointer<Float>], training: Bool) {
        precondition(n >= 1 && n <= capacity, "EncoderBranch: batch \(n) outside 1…\(capacity)")
        let enc = encoder
        var x = input
        for (b, conv) in enc.convs.enumerated() {
            let (h, w, isPooled) = sizes[b]
            let m = n * h * w
            let u = activations[b].pointer
            conv.forward(x, n: n, height: h, width: w, weights: weights[b], col: cols[b].pointer, output: u)
            fusedPool[b] = enc.config.batchNorm && training && isPooled && enc.config.pool == .average
            if fusedPool[b] {
                enc.norms[b].forwardTrainingReLUAveragePool(u, n: n, height: h, width: w, normalized: normalized[b].pointer,
                                                            scratch: channelScratch.pointer, pooled: pooled[b].pointer,
                                                            inverseStd: inverseStd[b].pointer, running: running[b])
                x = UnsafePointer(pooled[b].pointer)
                continue
            }
            if enc.config.batchNorm && training {
                enc.norms[b].forwardTraining(u, perChannel: m, normalized: normalized[b].pointer, output: u,
                                             inverseStd: inverseStd[b].pointer, running: running[b], relu: true)
            } else {
                if enc.config.batchNorm { enc.norms[b].forwardEvaluation(u, perChannel: m, output: u, running: running[b]) }
                ReLU.forward(u, count: conv.outChannels * m)
            }
            if isPooled {
                Pool2D(enc.config.pool).forward(u, planes: conv.outChannels * n, height: h, width: w,
                                                output: pooled[b].pointer, argmax: argmax[b])
                x = UnsafePointer(pooled[b].pointer)
            } else {
                x = UnsafePointer(u)
            }
        }
        let last = enc.convs.count - 1
        GlobalAveragePool.forward(UnsafePointer(activations[last].pointer), channels: enc.convs[last].outChannels, n: n,
                                  plane: sizes[last].inH * sizes[last].inW, output: features.pointer)
        lastBatch = training ? n : 0
        lastInput = training ? input : nil
    }

    /// Head forward on `features` (after a training `forwardBackbone`): writes the n × p
    /// projections to `projections`.
    public func forwardHead(n: Int, projections: UnsafeMutablePointer<Float>) {
        let head = encoder.head
        if head.count == 2 {
            head[0].forward(features.pointer, n: n, output: hidden.pointer)
            ReLU.forward(hidden.pointer, count: n * head[0].outputs)
            head[1].forward(hidden.pointer, n: n, output: projections)
        } else {
            head[0].forward(features.pointer, n: n, output: projections)
        }
    }

    /// The probe's features of the last `forwardBackbone` of `n` images: the last block's map
    /// pooled to a `probeGrid`² grid (`GridPool`), n × C·g², into `output`.
    public func probeFeatures(n: Int, output: UnsafeMutablePointer<Float>) {
        let last = encoder.convs.count - 1
        GridPool.forward(activations[last].pointer, channels: encoder.convs[last].outChannels, n: n,
                         height: sizes[last].inH, width: sizes[last].inW, grid: encoder.config.probeGrid, output: output)
    }

    /// Backward of the last training forward, from ∂L/∂h (n × p). Conv weight gradients are
    /// accumulated into `weightGrads` (one pointer per conv), everything else into the parameters.
    public func backward(projectionGrad: UnsafePointer<Float>, n: Int, weights: [UnsafePointer<Float>],
                         weightGrads: [UnsafeMutablePointer<Float>]) {
        precondition(lastBatch == n, "EncoderBranch.backward: no training forward of \(n) images to differentiate")
        guard let images = lastInput else { preconditionFailure("EncoderBranch.backward: no training forward") }
        let enc = encoder, head = enc.head
        if head.count == 2 {
            head[1].backward(projectionGrad, input: hidden.pointer, n: n, inputGrad: hiddenGrad.pointer)
            ReLU.backward(output: hidden.pointer, grad: hiddenGrad.pointer, count: n * head[0].outputs)
            head[0].backward(hiddenGrad.pointer, input: features.pointer, n: n, inputGrad: featureGrad.pointer)
        } else {
            head[0].backward(projectionGrad, input: features.pointer, n: n, inputGrad: featureGrad.pointer)
        }
        let last = enc.convs.count - 1
        GlobalAveragePool.backward(featureGrad.pointer, channels: enc.convs[last].outChannels, n: n,
                                   plane: sizes[last].inH * sizes[last].inW, inputGrad: activationGrads[last].pointer)
        for b in stride(from: last, through: 0, by: -1) {
            let conv = enc.convs[b]
            let (h, w, isPooled) = sizes[b]
            let m = n * h * w
            let g = activationGrads[b].pointer
            if fusedPool[b] {
                // ¼δ over the windows, the ReLU's mask and batch norm's backward in one pass.
                enc.norms[b].backwardReLUAveragePool(pooledGrads[b].pointer, n: n, height: h, width: w, normalized: normalized[b].pointer,
                                                     inverseStd: inverseStd[b].pointer, scratch: channelScratch.pointer, inputGrad: g)
            } else {
                if isPooled {
                    Pool2D(enc.config.pool).backward(pooledGrads[b].pointer, planes: conv.outChannels * n, height: h, width: w,
                                                     argmax: argmax[b], inputGrad: g)
                }
                if enc.config.batchNorm {
                    enc.norms[b].backward(g, perChannel: m, normalized: normalized[b].pointer,
                                          inverseStd: inverseStd[b].pointer, inputGrad: g, reluOutput: activations[b].pointer)
                } else {
                    ReLU.backward(output: activations[b].pointer, grad: g, count: conv.outChannels * m)
                }
            }
            // The first conv's ∂L/∂x (the images') is not needed: its product is skipped.
            let inputGrad: UnsafeMutablePointer<Float>? = b == 0 ? nil
                : (sizes[b - 1].pooled ? pooledGrads[b - 1].pointer : activationGrads[b - 1].pointer)
            let x: UnsafePointer<Float> = b == 0 ? images
                : UnsafePointer(sizes[b - 1].pooled ? pooled[b - 1].pointer : activations[b - 1].pointer)
            conv.backward(g, input: x, n: n, height: h, width: w, weights: weights[b], col: cols[b].pointer,
                          weightGrad: weightGrads[b], inputGrad: inputGrad)
        }
        lastBatch = 0
        lastInput = nil
    }
}
