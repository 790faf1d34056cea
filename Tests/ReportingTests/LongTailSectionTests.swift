import Foundation
@testable import LongTail
@testable import Results
import Testing
@testable import Experiments
import Learning
import SVGCharts
@testable import Reporting

/// The long-tail section of the page with the conv encoder (issue 26): the protocol names the
/// architecture, views, optimiser, epochs and the pruning reading; Fig R7 draws the raw-pixel and
/// untrained-encoder baselines; the table carries the paper's numbers beside ours.
@Suite struct LongTailSectionTests {
    static let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("templates").path

    /// The quick profile's long-tail part from constructed results (job order: ρ, without/with, seed).
    static func results() -> ReportResults {
        let report = LongTailReport(profile: .quick)
        var runs: [LongTailResult] = []
        for rho in report.rhos { for pruned in [false, true] { for seed in 1...report.seeds {
            let a = 0.85 + (pruned ? 0.01 : 0) + 0.002 * Double(seed) - (rho > 1 ? 0.03 : 0)
            runs.append(LongTailResult(seed: UInt64(seed), diverged: false, accuracy: a, perClassAccuracy: Array(repeating: a, count: 10),
                                       trainCounts: Array(repeating: 10, count: 10), headTailGap: 0.02 * Double(seed),
                                       finalLoss: 2.5, classesByRank: Array(0..<10)))
        } } }
        let outcome = report.assemble(runs: runs, baselines: [0.81, 0.82, 0.83, 0.84])
        return ReportResults(plan: ReportPlan(profile: .quick), sweeps: [], trajectories: [], longTail: outcome.table, claims: outcome.claims,
                             provenance: Provenance(tool: "t", gitCommit: "c", swiftVersion: "s", blas: "b", profile: "quick",
                                                    runs: 12, cacheDigest: "d"))
    }

    @Test func figureR7DrawsBothBaselinesAcrossRho() throws {
        let charts = Figure7().charts(Self.results())
        guard case .multiples(let m) = try #require(charts.first) else { Issue.record("Fig R7 is not small multiples"); return }
        let acc = try #require(m.panels.first)
        let raw = try #require(acc.series.first { $0.key == Figure7.rawPixels })
        let untrained = try #require(acc.series.first { $0.key == Figure7.untrained })
        #expect(raw.points.map(\.x) == [1, 10] && raw.points.allSatisfy { abs($0.y - 81.5) < 1e-9 })
        #expect(untrained.points.allSatisfy { abs($0.y - 83.5) < 1e-9 })
        // The paper beside us: our without-pruning mean + the paper's CIFAR10-LT gain at each ρ.
        let paper = try #require(acc.series.first { $0.key == Figure7.paperExpected })
        let withoutAtTen = try #require(Self.results().longTail?.rows.first { $0.rho == 10 }?.accuracyWithout.mean)
        #expect(paper.points.map(\.x) == [1, 10])
        #expect(abs(paper.points[1].y - (100 * withoutAtTen + (84.92 - 79.25))) < 1e-9)
    }

    @Test func pageDescribesTheConvProtocolAndThePruningReading() throws {
        let page = try ReportBuilder.build(Self.results(), templates: TemplateSet(directory: Self.templates)).indexHTML
        #expect(page.contains("a small convolutional network"))
        #expect(page.contains("conv 3×3 → 16 channels → batch norm → ReLU → 2×2 average pool"))
        #expect(page.contains("AdamW") && page.contains("NT-Xent"))
        #expect(page.contains("SDCLR’s pruned self-competitor") || page.contains("SDCLR's pruned self-competitor"))
        #expect(page.contains("masked forward, gradient to all weights"), "the paper's other reading is named")
        #expect(!page.contains("straightThrough") && !page.contains("Benchmarks/longtail.md"), "no internal identifiers in prose")
        #expect(page.contains("Fashion-MNIST-LT") && !page.contains("fashion-mnist-LT"), "the dataset by its name")
        #expect(!page.contains("BReLU neurons over a frozen attention layer"), "the synthetic encoder's protocol is not shown")
        #expect(page.contains("raw pixels (ρ = 1)"))
        #expect(page.contains("79.25 → 84.92"), "the paper's CIFAR10-LT row at ρ = 10 stands beside ours")
        #expect(page.contains("images per class from the full training split"))
        #expect(!page.contains("Spearman over ρ nan") && !page.contains("Spearman over ρ"), "two values of ρ give no Spearman")
    }

    /// The long-tail claim is not in the map, so the first-screen table shows its own primary effect.
    @Test func theGlanceTableShowsTheLongTailEffectInPoints() throws {
        let r = Self.results()
        let claim = try #require(r.claims.first { $0.section == .longTail })
        let effect = try #require(ClaimsAtAGlance.longTailEffect(claim))
        #expect(effect.hasPrefix("1.00 pts [") && effect.hasSuffix("(accuracy, ρ = 10)"))
        #expect(ClaimsAtAGlance.table(r).contains(effect))
    }
}
