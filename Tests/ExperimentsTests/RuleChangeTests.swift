@testable import Claims
import Foundation
import Testing
@testable import Experiments
@testable import Learning

/// Every rule changed with the factorial map (stage 1 in absolute terms, the stages in order, early
/// multiplicative growth, decoupling as a paired test, "not applicable" at a common floor) on
/// constructed data that must give PASS, FAIL, INCONCLUSIVE and not applicable.
@Suite struct RuleChangeTests {
    /// Checkpoints [0, 100, 200, 300], T1 = 100.
    func set(_ seed: Int, _ majority: NeuronTrace?, _ minority: NeuronTrace? = nil) -> NeuronTrajectorySet {
        NeuronTrajectorySet(seed: UInt64(seed), steps: [0, 100, 200, 300], loss: [1, 1, 1, 1], biasStartStep: 100,
                            biasFreezeStep: 200, majority: majority, minority: minority)
    }
    func neuron(dom: [Double], noise: [Double], separation: Int?) -> NeuronTrace {
        NeuronTrace(neuron: 0, feature: 0, dominant: dom, strongestOther: [0.01, 0.01, 0.01, 0.01], noise: noise,
                    noiseDirection: noise, separationStep: separation, stage3Step: nil)
    }
    let js = [0.0, 0.1, -0.1, 0.05, -0.05]
    func sub(_ claim: PaperClaim, _ id: String) -> SubTest { claim.subTests.first { $0.id.rawValue == id }! }

    /// Noise norm over [0, T1] multiplied by `factor(j)` per seed.
    func stage1(_ factor: (Double) -> Double) -> SubTest {
        let traces = js.enumerated().map { i, j in
            set(i, neuron(dom: [0.01, 0.5, 1, 2], noise: [0.1, 0.1 * factor(j), 0.1, 0.1], separation: 200))
        }
        return sub(Figure1.threeStages(traces, dominance: 3), "stage1-noise-shrinks")
    }

    @Test func stage1Absolute() {
        #expect(stage1 { 0.5 * (1 + $0) }.verdict == .pass)
        #expect(stage1 { 2 * (1 + $0) }.verdict == .fail, "the noise component grows: FAIL even though the dominant grows faster")
        #expect(stage1 { 1 + $0 }.verdict == .inconclusive)
        let flat = stage1 { _ in 1 }
        #expect(flat.notApplicable && flat.verdict == .inconclusive, "unchanged in every seed: no rule can speak")
    }

    /// Separation step per seed.
    func order(_ step: (Int) -> Int?) -> SubTest {
        let traces = js.enumerated().map { i, _ in set(i, neuron(dom: [0.01, 0.5, 1, 2], noise: [0.1, 0.05, 0.05, 0.05], separation: step(i))) }
        return sub(Figure1.threeStages(traces, dominance: 3), "stages-in-order")
    }

    @Test func stagesInOrder() {
        #expect(order { 200 + 10 * $0 }.verdict == .pass)
        #expect(order { 20 + $0 }.verdict == .fail, "separated before T1: the stages are out of order")
        #expect(order { [300, 0, 200, 0, 100][$0] }.verdict == .inconclusive)
        #expect(order { _ in 100 }.notApplicable, "separation exactly at T1 for every seed")
    }

    /// Majority grows 120× over the window [0, 100]; the minority `growth(j)`×.
    func early(_ growth: (Double) -> Double) -> SubTest {
        let traces = js.enumerated().map { i, j in
            set(i, neuron(dom: [0.01, 1.2, 1.5, 2], noise: [1, 1, 1, 1], separation: 100),
                neuron(dom: [0.01, 0.01 * growth(j), 0.5, 1], noise: [1, 1, 1, 1], separation: 200))
        }
        return sub(Figure1.minorityLater(traces, epsRatio: 0.1), "early-log-growth")
    }

    @Test func earlyLogGrowth() {
        #expect(early { 2 * (1 + $0) }.verdict == .pass)
        #expect(early { 1000 * (1 + $0) }.verdict == .fail)
        #expect(early { 120 * (1 + 5 * $0) }.verdict == .inconclusive)
        #expect(early { _ in 120 }.notApplicable, "identical growth in every seed")
    }

    /// Pruning sweep over ε ∈ {0.1, 0.3, 1}: the pruned coefficient ratio is `pruned(ε, seed)`.
    func decoupling(_ pruned: @escaping (Double, Int) -> Double) -> SubTest {
        let v = PruningVariant.standard[0]
        func point(_ s: SeriesKey, _ e: Double, _ ratio: (Double, Int) -> Double) -> AggregatedPoint {
            let minority = (0..<5).map { ratio(e, $0) }, majority = [Double](repeating: 1, count: 5)
            let m: [Metric: [Double]] = [.coefMinority: minority, .coefMajority: majority]
            return AggregatedPoint(series: s, x: e, seeds: 5, divergedSeeds: 0, metrics: m.mapValues(SeedSummary.init), perSeed: m, cacheKeys: [])
        }
        let base: (Double, Int) -> Double = { e, s in e * (1 + 0.05 * Double(s)) + 0.01 * Double(s) }
        let sweep = SweepResult(id: .pruning, xName: "ε", points: [0.1, 0.3, 1].flatMap { e in
            [point(.unpruned(v.dictionary), e, base), point(.variant(v.key), e, pruned)]
        })
        guard case .comparison(let id, let rule, let c) = Figure6.decoupling(sweep, v).core else { preconditionFailure("a comparison") }
        return ClaimFamily.evaluate([.comparison(id: id, rule: rule, c)])[0]
    }

    @Test func decouplingPaired() {
        #expect(decoupling { e, s in 0.9 + 0.1 * e + 0.001 * Double(s) }.verdict == .pass, "flat ratio with pruning")
        #expect(decoupling { e, s in e * e + 0.001 * Double(s) }.verdict == .fail, "steeper ratio with pruning")
        #expect(decoupling { e, s in e * (1 + 0.05 * Double(s)) + 0.01 * Double(s) + [0.05, -0.05, 0.03, -0.03, 0][s] * e }.verdict == .inconclusive)
    }

    @Test func decouplingAtFloorIsNotApplicable() {
        // Ratio constant over ε with and without pruning, in every seed: both spreads are 0.
        let v = PruningVariant.standard[0]
        let m: [Metric: [Double]] = [.coefMinority: [0.5, 0.5, 0.5], .coefMajority: [1, 1, 1]]
        let sweep = SweepResult(id: .pruning, xName: "ε", points: [0.1, 0.3].flatMap { e in
            [SeriesKey.unpruned(v.dictionary), .variant(v.key)].map {
                AggregatedPoint(series: $0, x: e, seeds: 3, divergedSeeds: 0, metrics: m.mapValues(SeedSummary.init), perSeed: m, cacheKeys: [])
            }
        })
        let s = ClaimFamily.evaluate([Figure6.decoupling(sweep, v)])[0]
        #expect(s.notApplicable && s.statistic.hasPrefix("not applicable"))
    }

    /// A common floor does not block a PASS: the claim passes on its applicable sub-tests, and the
    /// rule before the change (the floor counted as INCONCLUSIVE) is kept for the log.
    @Test func floorDoesNotBlockPass() {
        let up = Comparison.paired(a: [1, 1.1, 0.9, 1.05], b: [2, 2.1, 1.9, 2.2], direction: .increase)
        let floor = Comparison.paired(a: [0, 0, 0, 0], b: [0, 0, 0, 0], direction: .increase)
        #expect(floor.isAtCommonFloor && !up.isAtCommonFloor)
        let subs = ClaimFamily.evaluate([.comparison(id: SubTestID("up"), rule: "", up), .comparison(id: SubTestID("floor"), rule: "", floor)])
        let claim = PaperClaim(id: ClaimID("c"), section: .fig6, paperSays: "", reference: "", subTests: subs)
        #expect(subs[1].notApplicable && subs[0].verdict == .pass)
        #expect(claim.verdict == .pass)
        #expect(claim.verdictCountingNotApplicable == .inconclusive)
        // A fail stays a fail, and all-floor is INCONCLUSIVE.
        let down = Comparison.paired(a: [2, 2.1, 1.9, 2.2], b: [1, 1.1, 0.9, 1.05], direction: .increase)
        #expect(PaperClaim(id: ClaimID("c"), section: .fig6, paperSays: "", reference: "",
                           subTests: ClaimFamily.evaluate([.comparison(id: SubTestID("d"), rule: "", down), .comparison(id: SubTestID("f"), rule: "", floor)])).verdict == .fail)
        #expect(PaperClaim(id: ClaimID("c"), section: .fig6, paperSays: "", reference: "",
                           subTests: ClaimFamily.evaluate([.comparison(id: SubTestID("f"), rule: "", floor)])).verdict == .inconclusive)
    }

    /// SubTest's `notApplicable` round-trips and is absent from the JSON when false.
    @Test func notApplicableCoding() throws {
        let s = SubTest(id: SubTestID("x"), rule: "r", statistic: "s", verdict: .inconclusive, notApplicable: true)
        let data = try JSONEncoder().encode(s)
        #expect(try JSONDecoder().decode(SubTest.self, from: data) == s)
        let plain = try JSONEncoder().encode(SubTest(id: SubTestID("x"), rule: "r", statistic: "s", verdict: .pass))
        #expect(!String(decoding: plain, as: UTF8.self).contains("notApplicable"))
    }
}
