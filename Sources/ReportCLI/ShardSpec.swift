import ArgumentParser
import RunCache

/// `--shard I/N`: shard I (1-based) of N.
struct ShardSpec: Equatable {
    var index: Int
    var count: Int

    /// Parses "I/N" (`CountLimit.shard`: N within `CountLimit.shards`); anything else is a usage
    /// error (exit 64) that says what is expected.
    init(parsing text: String) throws {
        do { (index, count) = try CountLimit.shard(text) } catch let e as CountLimitError { throw ValidationError(e.description) }
    }

    var description: String { "\(index)/\(count)" }
}
