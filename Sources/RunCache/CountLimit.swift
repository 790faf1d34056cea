/// The allowed range of every count the command line takes (`--shards`, `--shard I/N`, `--workers`,
/// `--seeds`, `--jobs`, `--cpus-per-task`, `--max-array`, `--repeats`, `--steps`, `--dpi`), in one table, so
/// that no count can ask for an allocation the machine cannot make (`--seeds 1000000000000` used to
/// abort with "failed to allocate 8000000000032 bytes"). Checked in each command's `validate()`;
/// the message names the option, the value and the allowed range (exit 64).
public struct CountLimit: Equatable, Sendable {
    public let option: String
    public let range: ClosedRange<Int>

    public init(_ option: String, _ range: ClosedRange<Int>) { self.option = option; self.range = range }

    /// Shards of a plan (`run --shard I/N`, `slurm --shards`): a plan has a few thousand runs, and
    /// LPT's cost is runs × shards.
    public static let shards = CountLimit("--shards", 1...10_000)
    /// Workers of a wall-time estimate (`plan --workers`).
    public static let workers = CountLimit("--workers", 1...10_000)
    /// Parallel runs in one process (`--jobs`) and CPUs of a Slurm task (`--cpus-per-task`).
    public static let jobs = CountLimit("--jobs", 1...4_096)
    public static let cpusPerTask = CountLimit("--cpus-per-task", 1...4_096)
    /// Seeds of `train` (each keeps its result in memory).
    public static let seeds = CountLimit("--seeds", 1...10_000)
    /// Slurm's MaxArraySize (default 1001; Slurm allows at most 4000001).
    public static let maxArray = CountLimit("--max-array", 2...4_000_001)
    /// Repeats and timed steps of `bench`.
    public static let repeats = CountLimit("--repeats", 1...1_000)
    public static let benchSteps = CountLimit("--steps", 1...1_000_000)
    /// Resolution of a PNG figure (`figure --format png --dpi`, `embed --image png --dpi`): at
    /// 600 dpi (twice a print resolution) the largest figure, 720 × 772 SVG units, is 4500 × 4825
    /// pixels, about 90 MB while rsvg-convert draws it.
    public static let dpi = CountLimit("--dpi", 24...600)

    /// "1…10000".
    public var allowed: String { "\(range.lowerBound)…\(range.upperBound)" }

    /// - Throws: `CountLimitError` when `value` is outside the range.
    public func check(_ value: Int) throws {
        guard range.contains(value) else { throw CountLimitError("\(option) \(value) is out of range; allowed: \(allowed)") }
    }

    /// The same limit with another upper bound (e.g. `--shards` under `--max-array`).
    public func capped(at upper: Int, option name: String? = nil) -> CountLimit {
        CountLimit(name ?? option, range.lowerBound...max(range.lowerBound, min(range.upperBound, upper)))
    }

    /// Parses `--shard I/N`: N within `shards`, 1 ≤ I ≤ N.
    public static func shard(_ text: String) throws -> (index: Int, count: Int) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let i = Int(parts[0]), let n = Int(parts[1]) else {
            throw CountLimitError("--shard \(text): expected I/N, e.g. --shard 2/4 (shard I of N, 1 ≤ I ≤ N)")
        }
        guard shards.range.contains(n) else {
            throw CountLimitError("--shard \(text): the shard count N is out of range; allowed: \(shards.allowed)")
        }
        guard (1...n).contains(i) else { throw CountLimitError("--shard \(text): the shard index I must be between 1 and \(n)") }
        return (i, n)
    }
}

/// A count outside its `CountLimit` (a usage error, exit 64).
public struct CountLimitError: Error, CustomStringConvertible, Equatable, Sendable {
    public let description: String
    public init(_ description: String) { self.description = description }
}
