import Foundation

/// Why a run is computed rather than loaded.
public enum RunReason: Equatable, Sendable, CustomStringConvertible {
    case new
    case configChanged
    case schemaChanged(from: Int, to: Int)
    case corrupt(path: String)
    /// A data file the run reads changed since the identity's last entry (file names).
    case dataChanged(files: [String])

    public var description: String {
        switch self {
        case .new: "new"
        case .configChanged: "config changed"
        case .schemaChanged(let a, let b): "schema changed (v\(a) → v\(b))"
        case .corrupt(let p): "corrupt cache entry \(p) (unreadable or invalid JSON); recomputing"
        case .dataChanged(let files): "data changed: \(files.joined(separator: ", "))"
        }
    }
}
