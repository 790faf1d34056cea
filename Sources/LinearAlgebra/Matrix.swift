/// A dense row-major matrix of `Float` (32-bit), the one array type of the numeric code.
///
/// Element (r, c) lives at `data[r * cols + c]`. A vector is a matrix with one row or
/// one column, or simply a `[Float]`.
public struct Matrix: Sendable, Equatable, Codable {
    public let rows: Int
    public let cols: Int
    public var data: [Float]

    /// A `rows × cols` matrix filled with `value`.
    public init(rows: Int, cols: Int, repeating value: Float = 0) {
        precondition(rows >= 0 && cols >= 0, "Matrix: negative shape \(rows)×\(cols)")
        self.rows = rows
        self.cols = cols
        self.data = [Float](repeating: value, count: rows * cols)
    }

    /// A `rows × cols` matrix over existing row-major storage.
    public init(rows: Int, cols: Int, data: [Float]) {
        precondition(data.count == rows * cols, "Matrix: \(data.count) values for shape \(rows)×\(cols)")
        self.rows = rows
        self.cols = cols
        self.data = data
    }

    public var count: Int { rows * cols }

    @inlinable
    public subscript(r: Int, c: Int) -> Float {
        get { data[r * cols + c] }
        set { data[r * cols + c] = newValue }
    }

    /// Row `r` copied out as an array.
    public func row(_ r: Int) -> [Float] {
        Array(data[(r * cols)..<((r + 1) * cols)])
    }

    /// Column `c` copied out as an array.
    public func column(_ c: Int) -> [Float] {
        (0..<rows).map { data[$0 * cols + c] }
    }

    /// The transpose, as a new matrix.
    public func transposed() -> Matrix {
        var t = Matrix(rows: cols, cols: rows)
        for r in 0..<rows {
            for c in 0..<cols { t.data[c * rows + r] = data[r * cols + c] }
        }
        return t
    }
}
