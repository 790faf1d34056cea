@testable import Claims
import Foundation
@testable import Results
import Testing
@testable import Experiments
@testable import Learning
import SVGCharts
@testable import Reporting

/// The paper beside us in every figure (issue 25 item 3): each synthetic figure draws what the
/// paper expects, and says under it what we see, computed from the results and worded by the
/// verdicts (a FAIL never reads as agreement).
@Suite struct FigureReadingTests {
    /// Every chart of Figures R1–R6b, which the paper has a counterpart for or a claim reads.
    static let chartIDs = ["fig1", "fig2", "fig2-neurons", "fig3", "fig4", "fig5", "fig6", "fig6-ratio"]

    static func point(_ series: SeriesKey, x: Double, _ values: [Metric: [Double]]) -> AggregatedPoint {
        ReadableFiguresTests.point(series, x: x, values)
    }

    /// The `main`, `neurons`, `pruning` and `ratio` sweeps; `shift` moves every minority value.
    static func sweeps(_ plan: ReportPlan, shift: Double) -> [SweepResult] {
        var main: [AggregatedPoint] = []
        for nsr in [1.0, 4] {
            for eps in [0.05, 0.1, 1] {
                let noise = nsr == 1 ? 0 : 0.1
                main.append(point(.nsr(nsr), x: eps, [
                    .alignedMinority: [2, 4].map { $0 * eps * 10 + shift * 10 - noise * 20 }, .alignedMajority: [40, 42],
                    .maxCosMinority: [0.2, 0.3].map { $0 + eps / 2 + shift - noise }, .maxCosMajority: [0.8, 0.9],
                    .positivePairCosine: [0.9, 0.92].map { $0 - eps / 10 - shift / 10 - noise },
                    .regressionMSEMinority: [0.9, 0.8].map { $0 - eps / 2 - shift / 10 + noise }, .regressionMSEMajority: [0.2, 0.25],
                ]))
            }
        }
        let neurons = [32.0, 64, 128].map { m in
            point(.nsr(1), x: m, [.maxCosMinority: [0.2, 0.25].map { $0 + m / 1000 + shift }, .maxCosMajority: [0.8, 0.85]])
        }
        var pruning = ReadableFiguresTests.pruningSweep(plan)
        pruning.points = pruning.points.map { p in
            guard p.series == .variant(Experiments.Figure6.leadKey) else { return p }
            var values = p.perSeed
            values[.maxCosMinority] = values[.maxCosMinority]?.map { $0 + shift }
            return point(p.series, x: p.x, values)
        }
        let lead = Experiments.Figure6.leadKey
        let ratio = [0, 0.5, 0.9].map { a in
            point(.variant(lead), x: a, [.maxCosMinority: [0.29, 0.3].map { $0 + a * shift }, .maxCosMinorityMasked: [0.29, 0.3],
                                         .specialistsMinority: [0, 1], .specialistsMinorityMasked: [0, 1],
                                         .regressionMSEMinority: [0.6, 0.61].map { $0 + a / 100 }])
        }
        return [SweepResult(id: .main, xName: "ε_min", points: main), SweepResult(id: .neurons, xName: "m", points: neurons),
                pruning, SweepResult(id: .ratio, xName: "α", points: ratio)]
    }

    /// Three seeds' lucky neurons; the minority one separates `delay` steps after the majority one.
    static func trajectories(delay: Int) -> [NeuronTrajectorySet] {
        let steps = Array(stride(from: 0, through: 1000, by: 100))
        func trace(_ separation: Int) -> NeuronTrace {
            NeuronTrace(neuron: 0, feature: 0, dominant: steps.map { Double($0) / 1000 }, strongestOther: steps.map { _ in 0.1 },
                        noise: steps.map { _ in 0.05 }, noiseDirection: [], separationStep: separation, stage3Step: nil)
        }
        return (0..<3).map { s in
            NeuronTrajectorySet(seed: UInt64(s), steps: steps, loss: steps.map { _ in 1 }, biasStartStep: 200, biasFreezeStep: 600,
                                majority: trace(100), minority: trace(100 + delay))
        }
    }

    /// A sub-test with the given verdict (and, for `separates-later`, its evidence).
    static func sub(_ id: String, _ v: Verdict, estimate: Double = 1) -> SubTest {
        var s = SubTest(id: SubTestID(id), rule: "constructed", statistic: "Δ = \(estimate)", verdict: v)
        if id == "separates-later" {
            s.evidence = SubTestEvidence(design: .paired, arms: [], direction: .increase, estimate: estimate, n: 3,
                                         ci95: [estimate - 50, estimate + 50])
        }
        return s
    }

    /// The claims the figures read, every sub-test with verdict `v`.
    static func claims(_ v: Verdict, delay: Int) -> [PaperClaim] {
        func claim(_ id: ClaimID, _ section: FigureID, _ subs: [String]) -> PaperClaim {
            PaperClaim(id: id, section: section, headline: "constructed \(id)", paperSays: "Constructed.", reference: "Fig 1",
                       subTests: subs.map { sub($0, v, estimate: Double(delay)) })
        }
        return [
            claim(.threeStages, .fig1, ["stage1-noise-norm", "stages-in-order"]),
            claim(.minorityLearnedLater, .fig1, ["separates-later", "early-log-growth"]),
            claim(.minorityWeakerFewer, .fig2, ["aligned-minority-nsr-1", "coef-ratio-nsr-1", "more-neurons-help-minority"]),
            claim(.noiseHurtsMinority, .fig3, ["alignedMinority-eps-0.1", "maxCosMinority-eps-0.1", "regressionMSEMinority-eps-0.1"]),
            claim(.imbalanceHurtsRepresentation, .fig4, ["positive-pair-cosine-nsr-1", "minority-mse-nsr-1"]),
            claim(.pruningRestoresMinority, .fig6, ["weight90-identity-maxCosMinority-eps-0.1", "weight90-identity-decoupling"]),
        ]
    }

    static func results(_ v: Verdict, shift: Double = 0, delay: Int = 300) -> ReportResults {
        let plan = ReportPlan(profile: .default)
        var r = ReadableFiguresTests.results(sweeps(plan, shift: shift), profile: .default)
        r.trajectories = trajectories(delay: delay)
        r.claims = claims(v, delay: delay)
        return r
    }

    @Test func everyFigureDrawsThePapersExpectation() throws {
        let r = Self.results(.pass)
        let charts = FigureBuilder.charts(r)
        for id in Self.chartIDs {
            let chart = try #require(charts.first { $0.id == id }, "\(id)")
            for svg in [ChartRenderer.render(chart), ChartRenderer.renderNarrow(chart)] {
                #expect(svg.contains("svgc-guide"), "\(id): the guide's marks")
                #expect(svg.contains(">paper expects: "), "\(id): the guide's label")
                #expect(svg.contains("Guide: Paper expects: "), "\(id): the guide in the <desc>")
            }
        }
        func svg(_ id: String) throws -> String { ChartRenderer.render(try #require(charts.first { $0.id == id })) }
        // The shape of each expectation: rising (R2–R4), falling (R5), pruned above / below (R6),
        // the expected side of the α = 0 level hatched (R6b), after the majority's separation (R1).
        #expect(try svg("fig2").contains(">paper expects: rises with ε_min, fewer at NSR = 4<"))
        #expect(try svg("fig2-neurons").contains(">paper expects: rises with m<"))
        #expect(try svg("fig3").contains(">paper expects: rises with ε_min, lower at NSR = 4<"))
        #expect(try svg("fig4").contains(">paper expects: rises with ε_min (less imbalance)<"))
        #expect(try svg("fig5").contains(">paper expects: falls with ε_min, higher at NSR = 4<"))
        let fig6 = try svg("fig6")
        #expect(fig6.components(separatedBy: ">paper expects: pruned higher<").count - 1 == 4 * r.plan.variants.count)
        #expect(fig6.components(separatedBy: ">paper expects: pruned lower<").count - 1 == r.plan.variants.count)
        let ratio = try svg("fig6-ratio")
        #expect(ratio.components(separatedBy: "url(#fig6-ratio-hatch-").count - 1 == Figure6.metrics.count)
        #expect(ratio.contains(">paper expects: below the α = 0 level (hatched)<"))
        #expect(try svg("fig1").contains(">paper expects: later than the majority (step 100)<"), "the majority's mean separation step")
    }

    @Test func whatWeSeeIsComputedFromTheResults() throws {
        let a = Self.results(.pass), b = Self.results(.pass, shift: 0.05, delay: 500)
        for id in Self.chartIDs {
            let la = try #require(WhatWeSee.line(id, a), "\(id)"), lb = try #require(WhatWeSee.line(id, b), "\(id)")
            #expect(la != lb, "\(id): the line follows the data: \(la)")
            #expect(la.contains("the paper expects"), "\(id): \(la)")
        }
        #expect(try #require(WhatWeSee.line("fig1", a)).contains("separates 300 steps after the majority one"))
        #expect(try #require(WhatWeSee.line("fig1", b)).contains("separates 500 steps after the majority one"))
        // Other charts and results without the data have no line.
        #expect(WhatWeSee.line("fig9", a) == nil && WhatWeSee.line("fig1", ReadableFiguresTests.results([])) == nil)
    }

    @Test func aZeroWidthIntervalIsSaidInWords() throws {
        var r = Self.results(.pass)
        let c = try #require(r.claims.firstIndex { $0.id == .minorityLearnedLater })
        r.claims[c].subTests[0].evidence?.ci95 = [300, 300]
        let line = try #require(WhatWeSee.line("fig1", r))
        #expect(line.contains("separates 300 steps after the majority one on average (the same in all 3 seeds)"), "\(line)")
        #expect(!line.contains("CI 300 to 300"))
    }

    @Test func aFailingClaimsLineDoesNotReadAsAgreement() throws {
        let pass = Self.results(.pass), fail = Self.results(.fail)
        for id in Self.chartIDs where id != "fig6-ratio" {
            let yes = try #require(WhatWeSee.line(id, pass)), no = try #require(WhatWeSee.line(id, fail))
            #expect(yes != no, "\(id): the verdict changes the line")
            #expect(yes.contains("go the paper's way") || yes.contains("goes the paper's way"), "\(id): \(yes)")
            #expect(!yes.contains("against the paper"), "\(id): \(yes)")
            #expect(no.contains("against the paper") && no.contains(": FAIL"), "\(id): \(no)")
            for agreement in ["checks go the paper's way", "check goes the paper's way", ": PASS"] {
                #expect(!no.contains(agreement), "\(id): a FAIL reads as agreement: \(no)")
            }
        }
        // Figure R6b is read by no sub-test: its line says so instead of lending a verdict.
        #expect(try #require(WhatWeSee.line("fig6-ratio", fail)).contains("no sub-test reads this figure"))
    }

    @Test func standingFollowsTheVerdicts() {
        let p = Self.sub("a", .pass), f = Self.sub("b", .fail), i = Self.sub("c", .inconclusive)
        #expect(WhatWeSee.standing([]) == nil)
        #expect(WhatWeSee.standing([p]) == "its one check goes the paper's way")
        #expect(WhatWeSee.standing([p, p]) == "both checks go the paper's way")
        #expect(WhatWeSee.standing([p, f, i]) == "1 of 3 checks goes against the paper (1 goes its way, 1 undecided)")
        #expect(WhatWeSee.standing([p, i, i]) == "undecided: 1 of 3 checks goes the paper's way, 2 are inconclusive")
        let claim = PaperClaim(id: ClaimID("x"), section: .fig4, headline: "X holds", paperSays: "X.", reference: "Fig 4", subTests: [p, f])
        #expect(WhatWeSee.verdict(claim, checks: [p]) == "claim: FAIL on its other checks")
        #expect(WhatWeSee.verdict(claim, checks: [f]) == "claim: FAIL")
    }

    @Test func thePageShowsTheLineUnderEachFigureWithItsCounterpart() throws {
        let page = try ReportBuilder.build(Self.results(.fail), templates: TemplateSet(directory: FailingClaimCaptionTests.templates)).indexHTML
        for id in Self.chartIDs {
            let figure = try #require(page.components(separatedBy: "<figure id=\"fig-\(id)\">").dropFirst().first?
                .components(separatedBy: "</figure>").first, "\(id)")
            let caption = try #require(figure.components(separatedBy: "<figcaption>").dropFirst().first?
                .components(separatedBy: "</figcaption>").first)
            #expect(caption.contains("<span class=\"what-we-see\"><strong>What we see:</strong> "), "\(id)")
            #expect(caption.contains("the paper expects"), "\(id)")
            let paper = id == "fig2-neurons" ? "Not in the paper" : "Counterpart of paper Fig \(id.dropFirst(3).prefix(1))"
            #expect(caption.contains(paper), "\(id): \(caption)")
            #expect(!caption.lowercased().contains("reproduc"), "\(id)")
        }
    }
}
