/// A fixed block of `count` floats, zero-initialised, allocated once and owned by one layer,
/// parameter or branch workspace. Training steps only read and write these blocks, so a step
/// allocates nothing. Not thread-safe: one training run owns its buffers.
public final class FloatBuffer {
    public let count: Int
    /// The first float; valid for `count` values for the buffer's lifetime.
    public let pointer: UnsafeMutablePointer<Float>

    public init(count: Int) {
        precondition(count >= 0, "FloatBuffer: negative size \(count)")
        self.count = count
        pointer = .allocate(capacity: max(count, 1))
        pointer.initialize(repeating: 0, count: max(count, 1))
    }

    /// A buffer holding a copy of `values`.
    public convenience init(_ values: [Float]) {
        self.init(count: values.count)
        for i in values.indices { pointer[i] = values[i] }
    }

    deinit { pointer.deallocate() }

    public subscript(i: Int) -> Float {
        get { pointer[i] }
        set { pointer[i] = newValue }
    }

    /// Sets every value to 0.
    public func zero() { pointer.update(repeating: 0, count: count) }

    /// A copy of the values.
    public var array: [Float] { Array(UnsafeBufferPointer(start: pointer, count: count)) }
}
