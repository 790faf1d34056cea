import Foundation

/// Progress on stderr: one self-overwriting line (runs done/total, ETA) on a terminal, plain lines
/// otherwise. Log messages (why a run ran) are always whole lines.
// @unchecked Sendable is safe: the only mutable state (`done`) and every write to stderr are
// guarded by `lock`; the other stored properties are immutable `let`s.
public final class ProgressLine: @unchecked Sendable {
    private let lock = NSLock()
    private let total: Int
    private var done = 0
    private let start = Date()
    private let isTerminal = isatty(2) != 0
    private let quiet: Bool

    public init(total: Int, quiet: Bool = false) { self.total = total; self.quiet = quiet }

    public func log(_ message: String) {
        guard !quiet else { return }
        lock.lock(); defer { lock.unlock() }
        write((isTerminal ? "\r\u{1B}[K" : "") + message + "\n")
    }

    public func advance(_ label: String) {
        guard !quiet else { return }
        lock.lock(); defer { lock.unlock() }
        done += 1
        let elapsed = Date().timeIntervalSince(start)
        let eta = done > 0 ? elapsed / Double(done) * Double(total - done) : 0
        let text = "[\(done)/\(total)] \(label) — elapsed \(Int(elapsed)) s, ETA \(Int(eta.rounded())) s"
        write(isTerminal ? "\r\u{1B}[K" + text + (done == total ? "\n" : "") : text + "\n")
    }

    private func write(_ s: String) { FileHandle.standardError.write(Data(s.utf8)) }
}
