@testable import Claims
import Foundation
@testable import Results
@testable import RunCache
import Testing
@testable import ReportCLI
@testable import Experiments
import Learning
import Markup
@testable import Reporting
import TestSupport

/// `clreport explain` on a results.json built from constructed sweep values through the real claim
/// code, the exactness of the train commands it prints, its exit statuses, and the ledger's folded copy.
@Suite struct ExplainCommandTests {
    /// Deterministic per-seed values with a clear noise effect on minority max-cosine and MSE.
    static func value(_ m: Metric, _ p: SweepPoint, _ seed: Int) -> Double {
        let jitter = 0.01 * Double((seed * 7 + Int(p.x * 100)) % 5)
        switch m {
        case .maxCosMinority: return 0.3 + 0.4 * p.x - 0.05 * p.config.nsr + (p.config.pruneRatio > 0 ? 0.1 : 0) + jitter
        case .regressionMSEMinority: return 0.8 - 0.3 * p.x + 0.04 * p.config.nsr + jitter
        case .alignedMinority, .specialistsMinority: return Double(Int(10 * p.x) + seed)
        default: return 0.5 + 0.1 * p.x + jitter
        }
    }

    static func results() -> ReportResults {
        let plan = ReportPlan(profile: .quick)
        let sweeps = plan.sweeps.filter { $0.id == .main || $0.id == .pruning || $0.id == .neurons }.map { s in
            SweepResult(id: s.id, xName: s.xName, points: s.points.map { p in
                let perSeed = Dictionary(uniqueKeysWithValues: RunMetrics.measured.map { m in (m, (1...s.seeds).map { value(m, p, $0) }) })
                return AggregatedPoint(series: p.series, x: p.x, seeds: s.seeds, divergedSeeds: 0, metrics: perSeed.mapValues { SeedSummary($0) },
                                       perSeed: perSeed, cacheKeys: (1...s.seeds).map { "k\($0)" })
            })
        }
        return ReportResults(plan: plan, sweeps: sweeps, trajectories: [], longTail: nil,
                             claims: plan.claims(sweeps: sweeps, trajectories: []),
                             provenance: Provenance(tool: "t", gitCommit: "c", swiftVersion: "s", blas: "b", profile: "quick", runs: 0, cacheDigest: "d"))
    }

    static func write(_ r: ReportResults, to dir: String) throws {
        try CanonicalJSON.encode(r).write(to: URL(fileURLWithPath: dir + "/results.json"))
    }

    func explain(_ args: [String]) throws -> String {
        guard let command = try ClReport.parseAsRoot(["explain"] + args) as? ExplainCommand else {
            Issue.record("explain did not parse as ExplainCommand"); return ""
        }
        return try command.output()
    }

    /// The `clreport train` commands in a text, parsed back: (configuration, seed).
    static func trainCommands(_ text: String) throws -> [(EngineConfig, UInt64)] {
        try text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.hasPrefix("clreport train ") }.map { line in
            let args = line.split(separator: " ").dropFirst().map(String.init)
            let command = try #require(try ClReport.parseAsRoot(args) as? TrainCommand)
            return (try ConfigResolver.resolve(preset: command.preset, file: command.config, settings: command.settings), try #require(command.seed))
        }
    }

    @Test func explainsOneSubTestWithRuleValuesIntervalHolmAndCommands() throws {
        let r = Self.results()
        let claim = try #require(r.claims.first { $0.id == .noiseHurtsMinority })
        let sub = try #require(claim.subTests.first { $0.id == SubTestID("maxCosMinority-eps-0.1") })
        #expect(sub.verdict == .pass, "the constructed values make higher noise lower minority max-cosine: \(sub.statistic)")
        try withTemporaryDirectory { dir in
            try Self.write(r, to: dir.path)
            let text = try explain(["noise-hurts-minority", "maxCosMinority-eps-0.1", "--report", dir.path])
            #expect(text.hasPrefix("Claim noise-hurts-minority (Figs 2, 3, 5): \(claim.verdict.rawValue)"))
            #expect(text.contains("  Rule: \(sub.rule)"), "the ledger's rule text")
            // Per-seed values of both arms and the difference, seed 1: NSR 1 and NSR 4 at ε_min = 0.1.
            let p1 = try #require(r.plan.sweep(.main)?.points.first { $0.series == .nsr(1) && $0.x == 0.1 })
            let p4 = try #require(r.plan.sweep(.main)?.points.first { $0.series == .nsr(4) && $0.x == 0.1 })
            let a = Self.value(.maxCosMinority, p1, 1), b = Self.value(.maxCosMinority, p4, 1)
            #expect(text.contains("1     \(NumberFormat.format(a, decimals: 4))  \(NumberFormat.format(b, decimals: 4))  \(NumberFormat.format(b - a, decimals: 4))"), "\(text)")
            let e = try #require(sub.evidence)
            #expect(text.contains("[95% CI \(NumberFormat.format(e.ci95[0], decimals: 3)), \(NumberFormat.format(e.ci95[1], decimals: 3))]"))
            #expect(text.contains("Holm: adjusted p"))
            #expect(text.contains("Why PASS: the Holm-adjusted p"))
            // One command per run read: 2 points × 3 seeds, each giving back the run's configuration.
            let commands = try Self.trainCommands(text)
            #expect(commands.count == 6)
            for (config, seed) in commands { #expect([p1.config, p4.config].contains(config) && (1...3).contains(seed)) }
            #expect(text.contains("clreport train --preset quick --seed 1 --set "))
        }
    }

    @Test func wholeClaimTextIsTheLedgersFoldedBlock() throws {
        let r = Self.results()
        for c in r.claims {
            let text = VerdictExplanation.text(c, in: r)
            let html = ClaimLedger.table(r.claims, explainedBy: r)
            #expect(html.contains("<details class=\"how-computed\">\n<summary>How this verdict was computed</summary>\n<pre class=\"how-computed\">" + Escape.xml(text) + "</pre>"))
        }
        // Every sub-test of the report's claims records what it read (the declared rule reads nothing).
        for c in r.claims { for s in c.subTests { #expect(s.evidence != nil, "\(c.id)/\(s.id) has no evidence") } }
        // A trend sub-test prints one line per x with its seeds.
        let weaker = try #require(r.claims.first { $0.id == .minorityWeakerFewer })
        let text = VerdictExplanation.text(weaker, subTest: SubTestID("aligned-minority-nsr-1"), in: r)
        #expect(text.contains("ε_min = 0.1, nsr-1 [sweep main, series nsr-1, x = 0.1]: s1 2, s2 3, s3 4; mean 3"), "\(text)")
        #expect(text.contains("Spearman ρ = 1.000 [95% bootstrap CI"))
    }

    /// Every run of every profile's plan (and of a plan with a report `--set`): the printed
    /// `--set`s, parsed over the preset by `clreport train`, give back the run's configuration.
    @Test func trainCommandsParseBackToTheRunsConfiguration() throws {
        var plans = ReportProfile.allCases.map { ReportPlan(profile: $0) }
        plans.append(ReportPlan(profile: .quick, base: try ReportProfile.quick.reportBase.setting(assignment: "temperature=0.3")))
        var checked = 0
        for plan in plans {
            for sweep in plan.sweeps { for p in sweep.points {
                let line = ReproduceCommand.train(p.config, preset: plan.profile.preset, seed: UInt64(sweep.seeds))
                let parsed = try Self.trainCommands(line)
                #expect(parsed.count == 1 && parsed[0].0 == p.config && parsed[0].1 == UInt64(sweep.seeds), "\(line)")
                #expect(!line.contains("--set steps=\(plan.profile.preset.config.steps) "), "only keys that differ from the preset")
                checked += 1
            } }
        }
        #expect(checked > 100)
    }

    @Test func longTailRunsGiveTheLongTailCommand() throws {
        let r = Self.results()
        let line = try #require(ReproduceCommand.line(.init(sweep: SubTestEvidence.RunPoint.longTail, series: "with", x: 10), seed: 2, in: r))
        #expect(line == "clreport longtail --profile quick --rho 10 --seed 2 --pruned")
        let command = try #require(try ClReport.parseAsRoot(line.split(separator: " ").dropFirst().map(String.init)) as? LongTailCommand)
        #expect(command.rho == 10 && command.seed == 2 && command.pruned && command.profile == .quick)
    }

    @Test func unknownIdsMissingAndCorruptResultsExitWithTheirStatus() throws {
        try withTemporaryDirectory { dir in
            func status(_ args: [String]) -> (Int32, String)? {
                do { _ = try explain(args); return nil } catch let e as CLIError { return (e.code, e.description) } catch { return (-1, "\(error)") }
            }
            #expect(status(["three-stages", "--report", dir.path])?.0 == 66, "no results.json")
            try "{\"resultsSchema\": 2".write(toFile: dir.path + "/results.json", atomically: true, encoding: .utf8)
            #expect(status(["three-stages", "--report", dir.path])?.0 == 65, "corrupt")
            try Self.write(Self.results(), to: dir.path)
            let unknown = status(["no-such-claim", "--report", dir.path])
            #expect(unknown?.0 == 64)
            #expect(unknown?.1.contains("three-stages, minority-learned-later") == true, "lists the valid ids: \(unknown?.1 ?? "")")
            let badSub = status(["three-stages", "no-such-test", "--report", dir.path])
            #expect(badSub?.0 == 64 && badSub?.1.contains("stage1-noise-shrinks") == true)
            #expect(status(["three-stages", "--report", dir.path + "/results.json"]) == nil, "a results.json file works too")
        }
    }
}
