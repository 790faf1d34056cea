/// Where training curves are sampled.
public enum Checkpoints {
    /// `count` checkpoint steps spread evenly over 1…T (step 0, the initial state, is recorded
    /// separately): round(k·T/count) for k = 1…count, duplicates removed.
    public static func steps(total t: Int, count: Int) -> [Int] {
        var out: [Int] = []
        for k in 1...max(1, count) {
            let s = Int((Double(k) * Double(t) / Double(max(1, count))).rounded())
            if s >= 1 && out.last != s { out.append(s) }
        }
        return out
    }
}
