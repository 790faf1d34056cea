import CFuzzDriver
import Experiments
import Foundation
import Learning
import RunCache

/// Command-line values of the scale-out commands (issue 27): line 1 is a `--shard I/N`, line 2 a
/// count (`--seeds`, `--workers`, `--shards`, `--jobs`), the other lines `--set key=value`s.
/// A shard or count is either refused or within its `CountLimit` (and then a shard plan of that
/// size is made); a `--set` is either refused with a `ConfigError` or gives a configuration whose
/// recorded settings reproduce it. Nothing traps or allocates without bound.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzArgs(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if let first = lines.first, let (i, n) = try? CountLimit.shard(first) {
        precondition(CountLimit.shards.range.contains(n) && (1...n).contains(i), "an accepted --shard is within its limits")
        let shardOf = ShardPlanner.assign(costs: [3, 1, 2, 5, 4], shards: n)
        precondition(shardOf.allSatisfy { (0..<n).contains($0) }, "every run is in one of the N shards")
    }
    if lines.count > 1, let value = Int(lines[1]) {
        for limit in [CountLimit.seeds, .workers, .shards, .jobs, .cpusPerTask, .maxArray, .repeats, .benchSteps] {
            let accepted = (try? limit.check(value)) != nil
            precondition(accepted == limit.range.contains(value), "\(limit.option) accepts exactly its range")
        }
    }
    let base = Preset.quick.config
    var config = base
    for assignment in lines.dropFirst(2) {
        guard let next = try? config.setting(assignment: assignment) else { continue }
        config = next
    }
    var back = base
    for kv in config.settings(relativeTo: base) {
        guard let next = try? back.setting(assignment: kv) else { preconditionFailure("a recorded setting \(kv) must apply") }
        back = next
    }
    precondition(back == config, "settings(relativeTo:) must reproduce the configuration the --set values gave")
    _ = try? config.validate()
    return 0
}

/// The executable's entry point (SwiftPM links `main` to `<module>_main`): libFuzzer's driver.
@_cdecl("fuzz_args_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var args = argv
    return LLVMFuzzerRunDriver(&count, &args) { data, size in fuzzArgs(data, size) }
}
