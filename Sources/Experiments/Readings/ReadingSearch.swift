import Learning

/// The honest favourable search (ROBUSTNESS.md §5): on the search seeds, every declared reading is
/// evaluated; the changes that, alone, give a more favourable verdict count than the default are
/// combined into one more reading (when there are at least two); the most favourable of all these
/// is then re-run on fresh seeds, and only that confirmation is shown as its verdict.
public enum ReadingSearch {
    /// The combination reading to add to the search, or nil when fewer than two single changes help.
    public static func combination(_ declared: [ReadingEvaluation]) -> Reading? {
        guard let base = declared.first(where: { $0.reading.alternatives.isEmpty }) else { return nil }
        let helping = declared.filter { $0.reading.alternatives.count == 1 && $0.isMoreFavourable(than: base) }
        guard helping.count >= 2 else { return nil }
        return Reading(alternatives: helping.flatMap(\.reading.alternatives))
    }

    /// The most favourable evaluation (first in order among equals).
    public static func favourite(_ searched: [ReadingEvaluation]) -> ReadingEvaluation {
        precondition(!searched.isEmpty, "ReadingSearch.favourite: nothing searched")
        var best = searched[0]
        for e in searched.dropFirst() where e.isMoreFavourable(than: best) { best = e }
        return best
    }
}
