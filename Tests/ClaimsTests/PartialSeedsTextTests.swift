@testable import Claims
import Testing
import Learning

/// A summary with fewer finite seeds than planned says "n = k of N" wherever its mean ± sd is
/// printed; with every seed finite the text is exactly what it always was.
@Suite struct PartialSeedsTextTests {
    @Test func summaryWithANaNSeedPrintsItsSeedCount() {
        let s = SeedSummary([0.5, .nan, 0.7])
        #expect(s.n == 2 && s.nonFinite == 1 && s.planned == 3 && s.isPartial)
        #expect(s.meanStdText() == "0.600 ± 0.141 (n = 2 of 3)")
        #expect(s.meanStdText(2, scale: 100, ifMissing: "diverged") == "60.00 ± 14.14 (n = 2 of 3)")
        #expect(StatLabel.table(s) == "0.600 ± 0.141 (n = 2 of 3)")
    }

    @Test func oneFiniteSeedOfThreeIsNotAZeroSpread() {
        let s = SeedSummary([.nan, 0.25, .infinity])
        #expect(s.meanStdText() == "0.250 ± 0.000 (n = 1 of 3)")
    }

    @Test func summaryWithoutAnyFiniteSeedSaysSo() {
        let s = SeedSummary([.nan, .nan, .nan])
        #expect(s.meanStdText() == "NaN (n = 0 of 3)")
        #expect(s.meanStdText(2, ifMissing: "diverged") == "diverged (n = 0 of 3)")
        #expect(StatLabel.table(s) == "NaN (n = 0 of 3)")
    }

    @Test func allFiniteSummaryPrintsExactlyAsBefore() {
        let s = SeedSummary([0.5, 0.6, 0.7])
        #expect(!s.isPartial && s.partialSuffix == "")
        #expect(s.meanStdText() == "0.600 ± 0.100")
        #expect(s.meanStdText(2, scale: 100, ifMissing: "diverged") == "60.00 ± 10.00")
        #expect(StatLabel.table(s) == "0.600 ± 0.100 (3)")
        #expect(StatLabel.table(mean: 0.41234, sd: 0.0312, n: 5) == "0.412 ± 0.031 (5)")
        #expect(StatLabel.table(mean: 0.41234, sd: 0.0312, n: 5, planned: 5) == "0.412 ± 0.031 (5)")
        #expect(StatLabel.table(mean: 0.41234, sd: 0.0312, n: 4, planned: 5) == "0.412 ± 0.031 (n = 4 of 5)")
    }
}
