/// Splits a list of runs into N shards of nearly equal estimated cost, knowing nothing about the runs.
///
/// Longest processing time first (LPT): runs sorted by cost, descending (ties: plan order), each
/// given to the shard with the least cost so far (ties: the lowest shard). LPT's makespan is at
/// most (4/3 − 1/(3N)) × the optimum; with many small runs the largest shard is within a few
/// percent of the mean. Deterministic: the same costs give the same assignment on every machine.
public enum ShardPlanner {
    /// Shard (0-based) of every run, in input order.
    public static func assign(costs: [Double], shards: Int) -> [Int] {
        precondition(shards >= 1, "ShardPlanner: at least one shard")
        precondition(costs.allSatisfy { $0 >= 0 && $0.isFinite }, "ShardPlanner: costs must be finite and non-negative")
        let order = costs.indices.sorted { costs[$0] != costs[$1] ? costs[$0] > costs[$1] : $0 < $1 }
        var load = [Double](repeating: 0, count: shards)
        var shardOf = [Int](repeating: 0, count: costs.count)
        for i in order {
            var best = 0
            for s in 1..<shards where load[s] < load[best] { best = s }
            shardOf[i] = best
            load[best] += costs[i]
        }
        return shardOf
    }

    /// Total cost per shard under `assign`.
    public static func loads(costs: [Double], shards: Int) -> [Double] {
        var load = [Double](repeating: 0, count: shards)
        for (i, s) in assign(costs: costs, shards: shards).enumerated() { load[s] += costs[i] }
        return load
    }

    /// Predicted wall time on `workers` parallel workers: the largest LPT shard, max_s Σ_{i∈s} cost_i.
    public static func makespan(costs: [Double], workers: Int) -> Double {
        loads(costs: costs, shards: workers).max() ?? 0
    }
}
