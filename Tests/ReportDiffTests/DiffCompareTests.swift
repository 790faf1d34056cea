import Claims
import Experiments
import Foundation
import Learning
@testable import ReportDiff
import Reporting
import Results
import RunCache
import Testing

/// Small `ReportResults` values for the diff tests. `ReportResults` has no public memberwise
/// initialiser, so the fixture is written as JSON in the results.json layout and decoded.
enum DiffFixture {
    struct Point: Encodable {
        var series: String
        var x: Double
        var seeds: Int
        var divergedSeeds = 0
        var metrics: [String: SeedSummary]
        var perSeed: [String: [Double]]
        var cacheKeys: [String] = []
    }

    struct SweepJSON: Encodable {
        var id: String
        var xName: String
        var points: [Point]
    }

    struct ProvenanceJSON: Encodable {
        var tool = "clreport"
        var gitCommit = "abc1234"
        var swiftVersion = "6.3"
        var blas = "openblas"
        var profile = "quick"
        var runs = 12
        var computeSeconds = 42.0
        var cacheDigest = "d1g357"
    }

    struct ResultsJSON: Encodable {
        var resultsSchema = ReportResults.currentSchema
        var profile = ReportProfile.quick
        var plan: ReportPlan
        var sweeps: [SweepJSON]
        var trajectories: [NeuronTrajectorySet] = []
        var claims: [PaperClaim]
        var provenance = ProvenanceJSON()
    }

    static func point(_ series: String, _ x: Double, _ metrics: [String: [Double]]) -> Point {
        Point(series: series, x: x, seeds: metrics.values.first?.count ?? 0,
              metrics: metrics.mapValues { SeedSummary($0) }, perSeed: metrics)
    }

    /// A minimal run: the quick plan cut down to two sweeps, two sweeps of results (main: two
    /// points of one series; ratio: one point), and two claims.
    static func results() -> ReportResults {
        var plan = ReportPlan(profile: .quick)
        plan.sweeps = plan.sweeps.filter { $0.id == .main || $0.id == .ratio }
        plan.sweeps[0].points = plan.sweeps[0].points.filter { $0.series == .nsr(1) && ($0.x == 0.1 || $0.x == 1) }
        plan.sweeps[1].points = Array(plan.sweeps[1].points.prefix(1))
        let json = ResultsJSON(
            plan: plan,
            sweeps: [
                SweepJSON(id: "main", xName: "ε_min", points: [
                    point("nsr-1", 0.1, ["alignedMinority": [0.20, 0.22, 0.21], "alignedMajority": [0.80, 0.82, 0.81]]),
                    point("nsr-1", 1, ["alignedMinority": [0.50, 0.52, 0.51], "alignedMajority": [0.90, 0.91, 0.92]]),
                ]),
                SweepJSON(id: "ratio", xName: "pruning ratio α", points: [
                    point("weight-identity", 0, ["alignedMinority": [0.30, 0.34, 0.32]]),
                ]),
            ],
            claims: [
                PaperClaim(id: ClaimID("minority-fewer-neurons"), section: .fig2, paperSays: "Minority features get fewer neurons.",
                           reference: "Fig 2", subTests: [SubTest(id: SubTestID("trend"), rule: "ρ > 0", statistic: "ρ = 1.000", verdict: .pass)]),
                PaperClaim(id: ClaimID("pruning-helps-minority"), section: .fig6, paperSays: "Pruning helps minority features.",
                           reference: "Fig 6", subTests: [SubTest(id: SubTestID("delta"), rule: "Δ > 0", statistic: "Δ = 0.020", verdict: .inconclusive)]),
            ])
        do {
            return try CanonicalJSON.decoder.decode(ReportResults.self, from: CanonicalJSON.encode(json))
        } catch {
            fatalError("DiffFixture: \(error)")
        }
    }

    static func input(_ label: String, _ r: ReportResults) -> DiffInput {
        DiffInput(label: label, results: r, path: "\(label.lowercased())/results.json")
    }

    /// An input from a JSON tree that need not decode as the current schema.
    static func input(_ label: String, json: DiffJSON) -> DiffInput {
        let data = (try? JSONEncoder().encode(json)) ?? Data()
        let r = try? CanonicalJSON.decoder.decode(ReportResults.self, from: data)
        return DiffInput(label: label, path: "\(label.lowercased())/results.json", json: json, results: r,
                         decodeProblem: r == nil ? "older layout" : nil)
    }

    static func tree(_ r: ReportResults) -> DiffJSON {
        (try? DiffJSON.parse(CanonicalJSON.encode(r))) ?? .null
    }

    /// A copy of `r` where `main / nsr-1 / 0.1 / alignedMinority` is moved far beyond its spread
    /// and the first claim flips from PASS to FAIL.
    static func regressed(_ r: ReportResults) -> ReportResults {
        var b = r
        b.sweeps[0].points[0].metrics[.alignedMinority] = SeedSummary([0.40, 0.41, 0.42])
        b.claims[0].subTests[0].verdict = .fail
        return b
    }
}

/// Sets `value` at a path of object keys inside a JSON tree (nil removes the member).
func diffSetting(_ json: DiffJSON, _ path: [String], _ value: DiffJSON?) -> DiffJSON {
    guard case .object(var o) = json, let head = path.first else { return value ?? json }
    if path.count == 1 {
        o[head] = value
    } else {
        o[head] = diffSetting(o[head] ?? .object([:]), Array(path.dropFirst()), value)
    }
    return .object(o)
}

@Suite struct DiffCompareTests {
    let base = DiffFixture.results()

    @Test func identicalRunsGiveAnEmptyDiff() {
        let d = ReportDiff.compare(DiffFixture.input("A", base), DiffFixture.input("B", base))
        #expect(d.isEmpty)
        #expect(d.changedMetrics.isEmpty)
        #expect(d.metrics.count == 5)
        #expect(d.config.isEmpty)
        #expect(d.onlyIn.isEmpty)
        #expect(d.claims.allSatisfy { $0.kind == .unchanged })
        #expect(d.exitStatus(failOn: .significant) == 0)
        #expect(d.exitStatus(failOn: .flip) == 0)
        #expect(DiffFormatter.summaryLine(d) == "No differences.")
    }

    @Test func significantMetricAndFlippedClaimAreListedFlipsFirst() {
        var b = DiffFixture.regressed(base)
        b.claims.swapAt(0, 1) // the flipped claim is second in B's order, but listed first
        let d = ReportDiff.compare(DiffFixture.input("A", base), DiffFixture.input("B", b))
        #expect(d.flips.map(\.id.rawValue) == ["minority-fewer-neurons"])
        #expect(d.claims.first?.kind == .flipped)
        #expect(d.claims.first?.verdictA == "PASS")
        #expect(d.claims.first?.verdictB == "FAIL")
        let sig = d.significantMetrics
        #expect(sig.count == 1)
        #expect(sig.first?.label == "main / nsr-1 / 0.1 / alignedMinority")
        #expect(abs((sig.first?.delta ?? 0) - 0.2) < 1e-12)
        #expect(abs((sig.first?.deltaPercent ?? 0) - 100 * 0.2 / 0.21) < 1e-9)
        #expect(d.changedMetrics.count == 1)
        #expect(d.exitStatus(failOn: .significant) == 1)
        #expect(d.exitStatus(failOn: .flip) == 1)
        #expect(d.exitStatus(failOn: .never) == 0)
    }

    @Test func failOnFlipIgnoresMetricMoves() {
        var b = base
        b.sweeps[0].points[1].metrics[.alignedMajority] = SeedSummary([0.5, 0.51, 0.52])
        let d = ReportDiff.compare(DiffFixture.input("A", base), DiffFixture.input("B", b))
        #expect(d.significantMetrics.count == 1)
        #expect(d.flips.isEmpty)
        #expect(d.exitStatus(failOn: .significant) == 1)
        #expect(d.exitStatus(failOn: .flip) == 0)
    }

    @Test func changeWithinTheSeedSpreadIsNotSignificant() {
        var b = base
        b.sweeps[0].points[0].metrics[.alignedMajority] = SeedSummary([0.80, 0.83, 0.81])
        let d = ReportDiff.compare(DiffFixture.input("A", base), DiffFixture.input("B", b))
        #expect(d.changedMetrics.count == 1)
        #expect(d.changedMetrics.first?.status == .changed)
        #expect(d.significantMetrics.isEmpty)
        #expect(d.exitStatus(failOn: .significant) == 0)
    }

    @Test func significanceRule() {
        func s(_ mean: Double, _ std: Double, _ n: Int) -> SeedSummary { .init(mean: mean, std: std, n: n, nonFinite: 0) }
        // SE = 0.1/√4 = 0.05 on both sides → tolerance 2·√(2·0.0025) ≈ 0.1414.
        #expect(Statistics.isSignificantChange(s(1, 0.1, 4), s(1.15, 0.1, 4)))
        #expect(!Statistics.isSignificantChange(s(1, 0.1, 4), s(1.14, 0.1, 4)))
        #expect(Statistics.isSignificantChange(s(1.15, 0.1, 4), s(1, 0.1, 4)))
        // Fewer than two seeds on either side: never significant.
        #expect(!Statistics.isSignificantChange(s(1, 0, 1), s(100, 0.1, 4)))
        #expect(!Statistics.isSignificantChange(s(1, 0.1, 4), s(100, 0, 1)))
        // Non-finite means or spreads: not testable.
        #expect(!Statistics.isSignificantChange(s(.nan, 0.1, 4), s(1, 0.1, 4)))
        #expect(!Statistics.isSignificantChange(s(1, .nan, 4), s(2, 0.1, 4)))
        // Zero spread on both sides: any change of the mean is significant.
        #expect(Statistics.isSignificantChange(s(1, 0, 3), s(1.001, 0, 3)))
        // … except floating-point noise below the relative floor.
        #expect(!Statistics.isSignificantChange(s(1, 0, 3), s(1 + 1e-12, 0, 3)))
    }

    @Test func singleSeedChangesAreNotTestable() {
        var a = base, b = base
        a.sweeps[1].points[0].metrics[.alignedMinority] = SeedSummary([0.3])
        b.sweeps[1].points[0].metrics[.alignedMinority] = SeedSummary([0.9])
        let d = ReportDiff.compare(DiffFixture.input("A", a), DiffFixture.input("B", b))
        #expect(d.changedMetrics.count == 1)
        #expect(d.significantMetrics.isEmpty)
        #expect(d.changedMetrics.first?.note == "n < 2: not testable")
        #expect(d.exitStatus(failOn: .significant) == 0)
    }

    @Test func nanMeansThatStayNaNAreUnchanged() {
        var a = base
        a.sweeps[1].points[0].metrics[.alignedMinority] = SeedSummary([.nan, .nan])
        let d = ReportDiff.compare(DiffFixture.input("A", a), DiffFixture.input("B", a))
        #expect(d.isEmpty)
        var b = a
        b.sweeps[1].points[0].metrics[.alignedMinority] = SeedSummary([0.3, .nan])
        let e = ReportDiff.compare(DiffFixture.input("A", a), DiffFixture.input("B", b))
        // NaN → a number is significant (DiffRobustnessTests), whatever n is.
        #expect(e.changedMetrics.first?.status == .becameFinite)
        #expect(e.changedMetrics.first?.note == "n 0 → 1; non-finite 2 → 1")
        #expect(e.changedMetrics.first?.deltaPercent == nil)
    }

    @Test func configKeysAddedRemovedAndChanged() {
        let tree = DiffFixture.tree(base)
        // A is an "older schema": plan.base has no `ridge`; B has a new key and a changed value.
        let a = diffSetting(tree, ["plan", "base", "ridge"], nil)
        var b = diffSetting(tree, ["plan", "base", "futureKnob"], .number(3))
        b = diffSetting(b, ["plan", "base", "steps"], .number(999))
        let d = ReportDiff.compare(DiffFixture.input("A", json: a), DiffFixture.input("B", json: b))
        let base = d.config.filter { $0.scope == "plan.base" }
        #expect(base.contains(.init(scope: "plan.base", key: "ridge", kind: .added, old: nil, new: "0.001")))
        #expect(base.contains(.init(scope: "plan.base", key: "futureKnob", kind: .added, old: nil, new: "3")))
        #expect(base.contains(.init(scope: "plan.base", key: "steps", kind: .changed,
                                    old: String(ReportProfile.quick.preset.config.steps), new: "999")))
        #expect(base.count == 3)
        // Per-point configs are unchanged (only plan.base was edited), so none is listed.
        #expect(d.config.allSatisfy { $0.scope == "plan.base" })
        #expect(d.notes.contains { $0.contains("does not decode") })
        #expect(d.exitStatus(failOn: .significant) == 0)
    }

    @Test func olderConfigsAreFilledWithDefaultsToRedrawFigures() throws {
        let tree = DiffFixture.tree(base)
        #expect(DiffFixture.input("A", json: tree).results == base, "a current-schema tree decodes as is")
        var old = diffSetting(tree, ["plan", "base", "ridge"], nil)
        old = diffSetting(old, ["plan", "base", "stage3Dominance"], nil)
        let filled = try #require(DiffInput.decodeFillingConfigDefaults(old))
        #expect(filled.1 == ["ridge", "stage3Dominance"])
        #expect(filled.0 == base)
        #expect(DiffInput.decodeFillingConfigDefaults(tree) == nil, "nothing to fill")
    }

    @Test func pointConfigsListOnlyWhatTheBaseDoesNotExplain() {
        var b = base
        b.plan.base.steps += 1
        for s in b.plan.sweeps.indices { for p in b.plan.sweeps[s].points.indices { b.plan.sweeps[s].points[p].config.steps += 1 } }
        b.plan.sweeps[0].points[0].config.temperature = 0.25
        let d = ReportDiff.compare(DiffFixture.input("A", base), DiffFixture.input("B", b))
        let pointChanges = d.config.filter { $0.scope != "plan.base" }
        #expect(pointChanges == [.init(scope: "main / nsr-1 / 0.1", key: "temperature", kind: .changed, old: "0.5", new: "0.25")])
        #expect(d.notes.contains("2 sweep point configs differ only as plan.base does (not listed)."))
    }

    @Test func mismatchedSweepsPointsAndMetrics() {
        var b = base
        b.sweeps.removeLast() // ratio only in A
        var extra = b.sweeps[0].points[1]
        extra.x = 0.3
        b.sweeps[0].points.insert(extra, at: 1) // main / nsr-1 / 0.3 only in B
        // A metric this version does not know exists only in B's file (typed results leave it out).
        var tree = try! JSONSerialization.jsonObject(with: CanonicalJSON.encode(b)) as! [String: Any]
        var sweeps = tree["sweeps"] as! [[String: Any]], points = sweeps[0]["points"] as! [[String: Any]]
        var metrics = points[0]["metrics"] as! [String: Any]
        metrics["newMetric"] = ["mean": 1.5, "std": 0.7071067811865476, "n": 2, "nonFinite": 0]
        points[0]["metrics"] = metrics; sweeps[0]["points"] = points; tree["sweeps"] = sweeps
        let json = try! DiffJSON.parse(JSONSerialization.data(withJSONObject: tree))
        let inputB = DiffInput(label: "B", path: "b/results.json", json: json, results: b)
        let d = ReportDiff.compare(DiffFixture.input("A", base), inputB)
        #expect(d.onlyIn == [
            .init(kind: "sweep", item: "ratio", side: "A"),
            .init(kind: "point", item: "main / nsr-1 / 0.3", side: "B"),
            .init(kind: "metric", item: "main / nsr-1 / 0.1 / newMetric", side: "B"),
            .init(kind: "figure", item: "fig6-ratio", side: "A"),
        ])
        #expect(d.metrics.count == 4)
        #expect(!d.isEmpty)
        #expect(d.exitStatus(failOn: .significant) == 0)
    }

    @Test func claimsOnlyInOneRunAreAddedOrRemoved() {
        var b = base
        b.claims[1].id = ClaimID("new-claim")
        let d = ReportDiff.compare(DiffFixture.input("A", base), DiffFixture.input("B", b))
        #expect(d.claims.map(\.kind) == [.added, .removed, .unchanged])
        #expect(d.claims.map(\.id.rawValue) == ["new-claim", "pruning-helps-minority", "minority-fewer-neurons"])
        #expect(d.flips.isEmpty)
        #expect(d.exitStatus(failOn: .significant) == 0)
    }

    @Test func differentSchemasCompareWhatExistsAndSaySoInNotes() {
        var a = DiffFixture.tree(base)
        a = diffSetting(a, ["resultsSchema"], .number(0))
        a = diffSetting(a, ["provenance"], nil)
        var b = DiffFixture.tree(base)
        b = diffSetting(b, ["extraSection"], .array([]))
        let d = ReportDiff.compare(DiffFixture.input("A", json: a), DiffFixture.input("B", json: b))
        #expect(d.notes.contains("resultsSchema differs (A: 0, B: \(ReportResults.currentSchema)); compared the fields both runs have."))
        #expect(d.notes.contains("skipped `provenance`: only in B."))
        #expect(d.notes.contains("skipped `extraSection`: only in B."))
        #expect(d.metrics.count == 5)
        #expect(d.changedMetrics.isEmpty)
    }

    @Test func longTailRowsAreComparedAsAPseudoSweep() {
        func summary(_ v: [Double]) -> DiffJSON { (try? DiffJSON.parse(CanonicalJSON.encode(SeedSummary(v)))) ?? .null }
        func table(_ with: [Double]) -> DiffJSON {
            .object(["dataset": .string("fashion-mnist"), "pruning": .string("weight-identity"), "rows": .array([
                .object(["rho": .number(10), "accuracyWithout": summary([0.70, 0.71, 0.72]), "accuracyWith": summary(with),
                         "trainCounts": .array([.number(5000), .number(500)])]),
            ])])
        }
        let tree = DiffFixture.tree(base)
        let a = diffSetting(tree, ["longTail"], table([0.74, 0.75, 0.76]))
        let b = diffSetting(tree, ["longTail"], table([0.64, 0.65, 0.66]))
        let d = ReportDiff.compare(DiffFixture.input("A", json: a), DiffFixture.input("B", json: b))
        #expect(d.metrics.filter { $0.sweep == "longTail" }.map(\.metric) == ["accuracyWith", "accuracyWithout"])
        #expect(d.significantMetrics.map(\.label) == ["longTail / weight-identity / 10 / accuracyWith"])
        #expect(d.exitStatus(failOn: .significant) == 1)
    }

    @Test func provenanceIsInformational() {
        var b = base
        b.provenance.gitCommit = "def5678"
        let d = ReportDiff.compare(DiffFixture.input("A", base), DiffFixture.input("B", b))
        #expect(d.provenance == [.init(scope: "provenance", key: "gitCommit", kind: .changed, old: "abc1234", new: "def5678")])
        #expect(d.isEmpty)
        #expect(d.exitStatus(failOn: .significant) == 0)
    }

    @Test func jsonTreeReadsCanonicalNonFiniteNumbers() throws {
        let j = try DiffJSON.parse(Data(#"{"a":"nan","b":"-inf","c":1.5,"d":[true,null]}"#.utf8))
        #expect(j["a"]?.number?.isNaN == true)
        #expect(j["b"]?.number == -.infinity)
        #expect(j["c"]?.number == 1.5)
        #expect(j["d"]?.compact == "[true,null]")
        #expect(j.compact == #"{"a":"nan","b":"-inf","c":1.5,"d":[true,null]}"#)
        #expect(DiffJSON.number(.nan).sameValue(as: .string("nan")))
    }
}
