/// `--shard I/N`: shard I (1-based) of N.
struct ShardSpec: Equatable {
    var index: Int
    var count: Int

    /// Parses "I/N"; anything else is a usage error (exit 64) that says what is expected.
    init(parsing text: String) throws {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let i = Int(parts[0]), let n = Int(parts[1]) else {
            throw CLIError("--shard \(text): expected I/N, e.g. --shard 2/4 (shard I of N, 1 ≤ I ≤ N)")
        }
        guard n >= 1 else { throw CLIError("--shard \(text): the shard count N must be at least 1") }
        guard (1...n).contains(i) else { throw CLIError("--shard \(text): the shard index I must be between 1 and \(n)") }
        index = i; count = n
    }

    var description: String { "\(index)/\(count)" }
}
