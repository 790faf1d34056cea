@testable import Claims
import Foundation
import Testing
@testable import Experiments
@testable import Learning

/// Every synthetic claim check on constructed results that must PASS, FAIL and be INCONCLUSIVE.
@Suite struct ClaimChecksTests {
    // MARK: fixtures

    func point(_ series: SeriesKey, _ x: Double, _ metrics: [Metric: [Double]]) -> AggregatedPoint {
        AggregatedPoint(series: series, x: x, seeds: metrics.values.first?.count ?? 0, divergedSeeds: 0,
                        metrics: metrics.mapValues(SeedSummary.init), perSeed: metrics, cacheKeys: [])
    }
    let jitter = [0.0, 0.02, -0.02, 0.01, -0.01]
    /// Five seeds around `v` (relative jitter ±2%).
    func seeds(_ v: Double) -> [Double] { jitter.map { v * (1 + $0) } }

    /// A main sweep at NSR 1 and 4 over ε ∈ {0.1, 0.3, 1}; `f(nsr, ε)` gives each metric's centre value.
    func main(_ f: (Double, Double) -> [Metric: Double]) -> SweepResult {
        SweepResult(id: .main, xName: "ε", points: [1.0, 4.0].flatMap { nsr in
            [0.1, 0.3, 1.0].map { eps in point(.nsr(nsr), eps, f(nsr, eps).mapValues(seeds)) }
        })
    }
    func neurons(_ f: (Double) -> Double) -> SweepResult {
        SweepResult(id: .neurons, xName: "m", points: [16.0, 32, 64].map { point(.nsr(1), $0, [.maxCosMinority: seeds(f($0))]) })
    }

    // MARK: C3 — weaker and by fewer neurons

    func c3(_ sign: Double, m: Double) -> PaperClaim {
        let sweep = main { _, e in
            let v = sign > 0 ? e : 1.1 - e
            return [.alignedMinority: 10 * v + 1, .coefMinority: v, .coefMajority: 1, .specialistsMinority: 5 * v + 1]
        }
        return Figure2.weakerAndFewer(sweep, neurons: neurons { m > 0 ? $0 / 64 : 1 - $0 / 128 }, nsrs: [1, 4])
    }

    @Test func c3PassFailInconclusive() {
        let up = c3(1, m: 1)
        #expect(up.subTests.count == 7)
        #expect(up.subTests.allSatisfy { $0.verdict == .pass }, "\(up.subTests.map(\.statistic))")
        #expect(up.verdict == .pass)
        #expect(c3(-1, m: 1).verdict == .fail)
        let fewerWithM = c3(1, m: -1)
        #expect(fewerWithM.subTests.first { $0.id.rawValue == "more-neurons-help-minority" }?.verdict == .fail)
        #expect(fewerWithM.verdict == .fail)
        // Only two values of m: the trend cannot be decided.
        let two = SweepResult(id: .neurons, xName: "m", points: [16.0, 32].map { point(.nsr(1), $0, [.maxCosMinority: seeds($0)]) })
        let c = Figure2.weakerAndFewer(main { _, e in [.alignedMinority: e, .coefMinority: e, .coefMajority: 1, .specialistsMinority: e] },
                                       neurons: two, nsrs: [1, 4])
        let m = c.subTests.first { $0.id.rawValue == "more-neurons-help-minority" }!
        #expect(m.verdict == .inconclusive && m.statistic.contains("needs ≥ 3 values of x"))
        #expect(c.verdict == .inconclusive)
    }

    /// Seeds that overlap across ε (same set of values, shuffled): no decidable trend.
    @Test func c3OverlappingSeedsAreInconclusive() {
        let spread: [Double] = [1, 9, 3, 7, 5]
        let sweep = SweepResult(id: .main, xName: "ε", points: [1.0, 4.0].flatMap { nsr in
            [0.1, 0.3, 1.0].enumerated().map { i, eps in
                let v = (0..<5).map { spread[($0 + i) % 5] }
                return point(.nsr(nsr), eps, [.alignedMinority: v, .coefMinority: v, .coefMajority: [1, 1, 1, 1, 1], .specialistsMinority: v])
            }
        })
        let c = Figure2.weakerAndFewer(sweep, neurons: neurons { $0 }, nsrs: [1, 4])
        #expect(c.subTests.filter { $0.id.rawValue.hasPrefix("aligned") }.allSatisfy { $0.verdict == .inconclusive })
        #expect(c.verdict == .inconclusive)
    }

    // MARK: C4 — noise makes it worse

    func c4(_ worse: Bool) -> PaperClaim {
        Figure3.noiseHurts(main { nsr, e in
            let bad = (nsr == 4) == worse
            return [.alignedMinority: bad ? 2 : 6, .maxCosMinority: bad ? 0.3 : 0.6, .regressionMSEMinority: bad ? 0.8 : 0.4]
        }, nsrs: [1, 4])
    }

    @Test func c4PassFailInconclusive() {
        let pass = c4(true)
        #expect(pass.subTests.count == 9)
        #expect(pass.verdict == .pass, "\(pass.subTests.map(\.statistic))")
        #expect(c4(false).verdict == .fail)
        #expect(c4(false).subTests.allSatisfy { $0.verdict == .fail })
        // Identical per-seed values at both NSRs: Δ = 0 exactly, never significant.
        let same = Figure3.noiseHurts(main { _, _ in [.alignedMinority: 3, .maxCosMinority: 0.5, .regressionMSEMinority: 0.5] }, nsrs: [1, 4])
        #expect(same.verdict == .inconclusive)
        // One NSR only: no sub-test, INCONCLUSIVE.
        #expect(Figure3.noiseHurts(main { _, _ in [:] }, nsrs: [1]).verdict == .inconclusive)
    }

    /// Holm across the family: one metric far better with noise fails the claim even if the others pass.
    @Test func c4OneMetricTheOtherWayFails() {
        let c = Figure3.noiseHurts(main { nsr, _ in
            [.alignedMinority: nsr == 4 ? 2 : 6, .maxCosMinority: nsr == 4 ? 0.7 : 0.5, .regressionMSEMinority: nsr == 4 ? 0.8 : 0.4]
        }, nsrs: [1, 4])
        #expect(c.subTests.filter { $0.id.rawValue.hasPrefix("maxCosMinority") }.allSatisfy { $0.verdict == .fail })
        #expect(c.subTests.filter { $0.id.rawValue.hasPrefix("alignedMinority") }.allSatisfy { $0.verdict == .pass })
        #expect(c.verdict == .fail)
    }

    // MARK: C5 — imbalance hurts representation

    @Test func c5PassFailInconclusive() {
        let pass = Figure4.imbalanceHurtsRepresentation(main { _, e in [.positivePairCosine: e, .regressionMSEMinority: 1 - e / 2] }, nsrs: [1, 4])
        #expect(pass.subTests.count == 4 && pass.verdict == .pass)
        let fail = Figure4.imbalanceHurtsRepresentation(main { _, e in [.positivePairCosine: 1 - e / 2, .regressionMSEMinority: e] }, nsrs: [1, 4])
        #expect(fail.verdict == .fail && fail.subTests.allSatisfy { $0.verdict == .fail })
        let flatMSE = Figure4.imbalanceHurtsRepresentation(main { _, e in [.positivePairCosine: e, .regressionMSEMinority: 0.5] }, nsrs: [1, 4])
        #expect(flatMSE.verdict == .inconclusive, "constant seed means have no rank trend")
    }

    // MARK: C6 — pruning restores minority learning

    /// Pruning sweep at ε ∈ {0.1, 1}: unpruned identity and random baselines, the lead variant and one other.
    func c6(lead: Double, other: Double, variants: [PruningVariant] = ReportProfile.quick.variants) -> PaperClaim {
        /// The coefficient ratio: flat in ε when pruning helps, ε² (steeper than the baseline's ε) when it hurts.
        func m(_ gain: Double, _ e: Double, ratio: (Double) -> Double) -> [Metric: [Double]] {
            [.maxCosMinority: seeds(0.4 + gain), .specialistsMinority: seeds(4 + 10 * gain),
             .regressionMSEMinority: seeds(0.6 - gain), .coefMinority: seeds(ratio(e)).enumerated().map { $0.element * (1 + 0.01 * Double($0.offset)) },
             .coefMajority: seeds(1)]
        }
        let baseline: (Double) -> Double = { $0 }
        func shaped(_ gain: Double) -> (Double) -> Double { gain > 0 ? { 0.9 + 0.1 * $0 } : (gain < 0 ? { $0 * $0 } : baseline) }
        var points: [AggregatedPoint] = []
        for e in [0.1, 0.3, 1.0] {
            points.append(point(.unpruned(.identity), e, m(0, e, ratio: baseline)))
            points.append(point(.unpruned(.random), e, m(0, e, ratio: baseline)))
            for v in variants {
                let gain = v.key == Figure6.leadKey ? lead : other
                points.append(point(.variant(v.key), e, m(gain, e, ratio: shaped(v.key == Figure6.leadKey ? lead : 0))))
            }
        }
        return Figure6.pruningRestores(SweepResult(id: .pruning, xName: "ε", points: points), variants: variants)
    }

    @Test func c6JudgedOnTheLeadVariantOnly() {
        let pass = c6(lead: 0.2, other: -0.2)
        #expect(pass.verdict == .pass, "\(pass.subTests.map { "\($0.id) \($0.verdict) \($0.statistic)" })")
        #expect(pass.subTests.filter { !$0.exploratory }.map(\.id.rawValue) == [
            "weight90-identity-maxCosMinority-eps-0.1", "weight90-identity-specialistsMinority-eps-0.1",
            "weight90-identity-regressionMSEMinority-eps-0.1", "weight90-identity-decoupling"])
        #expect(pass.subTests.filter(\.exploratory).allSatisfy { $0.verdict == .fail }, "other variants are worse, exploratory")
        let fail = c6(lead: -0.2, other: 0.2)
        #expect(fail.verdict == .fail)
        #expect(fail.subTests.first { $0.id.rawValue == "weight90-identity-decoupling" }?.verdict == .fail)
        let none = c6(lead: 0, other: 0.2)
        #expect(none.verdict != .pass)
        #expect(none.subTests.first { $0.id.rawValue == "weight90-identity-maxCosMinority-eps-0.1" }?.verdict == .inconclusive)
        // Without the lead variant there is no confirmatory sub-test.
        let noLead = c6(lead: 0.2, other: 0.2, variants: Array(ReportProfile.quick.variants.dropFirst()))
        #expect(noLead.verdict == .inconclusive && noLead.note.hasPrefix("The lead variant weight90-identity was not run"))
    }

    // MARK: C1, C2 — Fig 1 traces

    /// A seed's traces on checkpoints [0, 100, 200, 300] with T1 = 100.
    func traces(seed: Int, majority: NeuronTrace?, minority: NeuronTrace?) -> NeuronTrajectorySet {
        NeuronTrajectorySet(seed: UInt64(seed), steps: [0, 100, 200, 300], loss: [1, 1, 1, 1], biasStartStep: 100,
                            biasFreezeStep: 200, majority: majority, minority: minority)
    }
    func trace(_ dom: [Double], _ other: [Double], _ noise: [Double], _ dir: [Double], separation: Int?) -> NeuronTrace {
        NeuronTrace(neuron: 0, feature: 0, dominant: dom, strongestOther: other, noise: noise, noiseDirection: dir,
                    separationStep: separation, stage3Step: nil)
    }
    /// Three stages clearly: dominant grows 10×, noise shrinks, end dominance ≈ 20.
    func good(_ j: Double) -> NeuronTrace {
        trace([0.01, 0.1 * (1 + j), 1, 2 * (1 + j)], [0.01, 0.02, 0.05, 0.1], [0.1, 0.09 * (1 + j / 10), 0.05, 0.1], [0.01, 0.009, 0.005, 0.004],
              separation: 200 + Int(100 * j))
    }
    /// No stages: noise outgrows the dominant projection, another feature wins.
    func bad(_ j: Double) -> NeuronTrace {
        trace([0.01, 0.011, 0.02, 0.05 * (1 + j)], [0.01, 0.05, 0.2, 0.5], [0.1, 1 + j, 2, 3], [0.01, 0.1 + j, 0.2, 0.3], separation: nil)
    }

    @Test func c1PassFailInconclusive() {
        let js = [0.0, 0.1, -0.1, 0.05]
        let pass = Figure1.threeStages(js.enumerated().map { traces(seed: $0.offset, majority: good($0.element), minority: bad($0.element)) },
                                       dominance: 3)
        #expect(pass.subTests.count == 12)
        #expect(LegacyRules.threeStages(js.enumerated().map { traces(seed: $0.offset, majority: good($0.element), minority: bad($0.element)) }, dominance: 3).subTests.count == 8)
        #expect(pass.subTests.filter { !$0.exploratory }.allSatisfy { $0.verdict == .pass }, "\(pass.subTests.map(\.statistic))")
        #expect(pass.subTests.filter(\.exploratory).filter { $0.id.rawValue != "minority-stages-in-order" }.allSatisfy { $0.verdict == .fail },
                "the minority neuron is reported, not judged")
        #expect(pass.verdict == .pass)
        let fail = Figure1.threeStages(js.enumerated().map { traces(seed: $0.offset, majority: bad($0.element), minority: good($0.element)) },
                                       dominance: 3)
        #expect(fail.verdict == .fail)
        // Separated but not dominant enough: convergence fails against a threshold of 100 while separation passes.
        let strict = Figure1.threeStages(js.enumerated().map { traces(seed: $0.offset, majority: good($0.element), minority: nil) },
                                         dominance: 100)
        #expect(strict.subTests.first { $0.id.rawValue == "separation" }?.verdict == .pass)
        #expect(strict.subTests.first { $0.id.rawValue == "convergence" }?.verdict == .fail)
        // One seed: no interval, INCONCLUSIVE.
        let one = Figure1.threeStages([traces(seed: 1, majority: good(0), minority: good(0))], dominance: 3)
        #expect(one.verdict == .inconclusive)
    }

    /// Majority dominant projection reaches half its maximum at the first checkpoint, so the early
    /// window is [0, 100]; the minority grows by `minGrowth`× over it.
    @Test func c2PassFailCensoring() {
        func pair(_ j: Double, majSep: Int?, minSep: Int?, minGrowth: Double) -> NeuronTrajectorySet {
            traces(seed: 1,
                   majority: trace([0.01, 1.2 * (1 + j), 1.5, 2], [0, 0, 0, 0], [1, 1, 1, 0.1], [1, 1, 1, 1], separation: majSep),
                   minority: trace([0.01, 0.01 * minGrowth * (1 + j), 0.5, 1], [0, 0, 0, 0], [1, 1, 1, 0.1], [1, 1, 1, 1], separation: minSep))
        }
        let js = [0.0, 0.05, -0.05, 0.02]
        let later = Figure1.minorityLater(js.enumerated().map { pair($0.element, majSep: 100, minSep: 200 + 10 * $0.offset, minGrowth: 2) },
                                          epsRatio: 0.1)
        #expect(later.subTests.map(\.verdict) == [.pass, .pass], "\(later.subTests.map(\.statistic))")
        #expect(later.subTests[1].statistic.contains("window end t_w = 100 steps"))
        #expect(later.verdict == .pass)
        let earlier = Figure1.minorityLater(js.enumerated().map { pair($0.element, majSep: 200 + 10 * $0.offset, minSep: 100, minGrowth: 1000) },
                                            epsRatio: 0.1)
        #expect(earlier.subTests.map(\.verdict) == [.fail, .fail])
        // Never separating minority neurons are censored at T = 300, and the text says so.
        let censored = Figure1.minorityLater(js.enumerated().map { pair($0.element, majSep: 100 + $0.offset, minSep: nil, minGrowth: 2) },
                                             epsRatio: 0.1)
        #expect(censored.subTests[0].verdict == .pass)
        #expect(censored.subTests[0].statistic.contains("never separated (censored at T): 4 minority, 0 majority of 4"))
    }
}
