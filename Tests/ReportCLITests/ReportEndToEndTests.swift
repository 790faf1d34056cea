import Foundation
@testable import Results
@testable import RunCache
import Testing
@testable import ReportCLI
@testable import Experiments
@testable import Reporting
import Markup
import FoundationXML
import TestSupport

/// The quick profile end to end through the real pipeline (engine, cache, templates, cmark).
@Suite(.serialized, .temporaryDirectory(label: "e2e")) struct ReportEndToEndTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// The suite's folder (the result cache in it is shared by the tests); removed after the suite.
    static var work: String { TemporaryDirectory.current.path }

    func run(_ args: [String]) throws {
        var command = try ClReport.parseAsRoot(args)
        try command.run()
    }

    /// The long-tail section runs on the real Fashion-MNIST when the Debian package is installed
    /// (`make test` installs it, so CI runs it); elsewhere it is left out.
    static let hasFashionMNIST = FileManager.default.fileExists(atPath: "/usr/share/datasets/fashion-mnist/train-images-idx3-ubyte.gz")

    var common: [String] {
        ["--profile", "quick", "--cache", Self.work + "/cache", "--templates", Self.root.path + "/templates", "--quiet"]
            + (Self.hasFashionMNIST ? [] : ["--no-long-tail"])
    }

    @Test func reportRendersVerifiesAndReloadsFromCache() throws {
        let out = Self.work + "/report"
        try run(["report"] + common + ["--out", out])
        let html = try String(contentsOfFile: out + "/index.html", encoding: .utf8)
        let results = try CanonicalJSON.decoder.decode(ReportResults.self, from: Data(contentsOf: URL(fileURLWithPath: out + "/results.json")))

        // Every figure is present, inline and standalone, and parses as XML.
        let ids = FigureBuilder.charts(results).map(\.id)
        #expect(ids.contains("fig1") && ids.contains("fig6"))
        if Self.hasFashionMNIST {
            #expect(ids.contains("fig7") && ids.contains("fig8"))
            #expect(results.longTail?.rows.map(\.rho) == ReportProfile.quick.longTailRhos)
            #expect(results.claims.contains { $0.id == .longTailPruning })
            // A linear probe on raw Fashion-MNIST pixels is a strong baseline (≈ 0.7–0.8 with 100 images per class).
            #expect((results.longTail?.rawPixelAccuracy?.mean ?? 0) > 0.6)
            #expect((results.longTail?.untrainedEncoderAccuracy?.mean ?? 0) > 0.1)
            // Issue 17: the gates, the per-seed assignment, class names, the whole paper table and the protocol.
            let lt = try #require(results.longTail)
            #expect(lt.encoderBeatsRawPixels != nil && lt.premise != nil)
            #expect(lt.classNames?.first == "T-shirt/top")
            #expect(lt.rows[0].classesByRankPerSeed?.count == lt.rows[0].perSeedAccuracyWith.count && lt.rows[0].classesByRankPerSeed?[0] != lt.rows[0].classesByRankPerSeed?[1])
            for row in ["CIFAR10-LT", "CIFAR100-LT", "ImageNet-LT"] { #expect(html.contains("<td>\(row)</td>") || html.contains(">\(row)<")) }
            #expect(html.contains("<strong>Protocol.</strong>") && html.contains("images per class from the full training"))
            if lt.encoderBeatsRawPixels == false {
                #expect(html.contains("The pruning claims below are not tested."))
                let lt = results.claims.filter { $0.section == .longTail }
                #expect(!lt.isEmpty && lt.allSatisfy { $0.verdict == .inconclusive && $0.subTests.allSatisfy { $0.statistic.hasPrefix("Not tested: ") } })
            }
        }
        for id in ids {
            #expect(html.contains("<figure id=\"fig-\(id)\">"))
            let svg = try Data(contentsOf: URL(fileURLWithPath: "\(out)/figures/\(id).svg"))
            let parser = XMLParser(data: svg)
            #expect(parser.parse(), "figures/\(id).svg is not well-formed XML")
        }
        // Seven paper claims (six without the long-tail data), each with sub-tests; the page shows each
        // claim, its sub-tests and the headline counts claims.
        #expect(results.claims.map(\.id.rawValue) == ["three-stages", "minority-learned-later", "minority-weaker-fewer", "noise-hurts-minority",
                                              "imbalance-hurts-representation", "pruning-restores-minority"]
                    + (Self.hasFashionMNIST ? ["long-tail-pruning"] : []))
        for c in results.claims {
            #expect(!c.subTests.isEmpty, "\(c.id) has no sub-test")
            #expect(html.contains(c.id.rawValue))
            for s in c.subTests { #expect(!s.statistic.isEmpty && html.contains(Escape.xml(s.id.rawValue))) }
        }
        // Each ledger row folds "How this verdict was computed", the text `clreport explain` prints,
        // and every sub-test recorded the runs it read.
        for c in results.claims {
            #expect(html.contains(Escape.xml(VerdictExplanation.text(c, in: results))))
            #expect(c.subTests.allSatisfy { $0.evidence.map { !$0.runs.isEmpty } ?? false }, "\(c.id): a sub-test without runs")
        }
        let passes = results.claims.filter { $0.verdict == .pass }.count
        #expect(html.contains("\(passes) of \(results.claims.count) paper claims reproduce"))
        // Pruned runs carry dense and masked weight metrics; without pruning they are equal.
        let pruning = results.sweeps.first { $0.id == .pruning }!
        #expect(pruning.points.allSatisfy { $0.metrics[.maxCosMinorityMasked] != nil })
        for p in pruning.points where p.series == .unpruned(.identity) {
            #expect(p.values(.maxCosMinority) == p.values(.maxCosMinorityMasked))
        }
        // Self-contained: nothing loaded from the network (no URL but SVG namespaces and the one
        // link a reader may follow to the paper, which loads nothing), no scripts.
        let urls = html.components(separatedBy: "http").dropFirst().filter {
            !$0.hasPrefix("://www.w3.org/") && !$0.hasPrefix("s://arxiv.org/abs/2602.10357\">")
        }
        #expect(urls.isEmpty, "external URLs: \(urls.prefix(3))")
        #expect(!html.contains("src=\"http") && !html.contains("url(http") && !html.contains("@import"))
        #expect(!html.contains("<script"))

        // verify passes, and a second report is served entirely from cache with identical bytes.
        try run(["verify", out, "--cache", Self.work + "/cache", "--templates", Self.root.path + "/templates"])
        let computation = ReportComputation(plan: ReportPlan(profile: .quick),
                                            runner: CachedRunner(cache: ResultCache(directory: Self.work + "/cache"), jobs: 2, offline: true, quiet: true))
        var again = try computation.compute(longTail: Self.hasFashionMNIST ? LongTailReport(profile: .quick) : nil,
                                            gitCommit: results.provenance.gitCommit)
        // The CLI layer adds the commit's date and the modelled compute to the provenance.
        #expect(again.provenance.commitDate == nil && results.provenance.commitDate != nil && results.provenance.modelledCPUHours != nil)
        again.provenance.commitDate = results.provenance.commitDate
        again.provenance.modelledCPUHours = results.provenance.modelledCPUHours
        again.provenance.costCalibration = results.provenance.costCalibration
        #expect(again == results)

        // A report rendered by other code (here: the same pages naming another commit) is verified
        // under the commit it names: identical bytes but for that name pass.
        let commit = results.provenance.gitCommit
        if commit.count == 12, commit.allSatisfy(\.isHexDigit) {
            let other = Self.work + "/other-commit"
            try? FileManager.default.removeItem(atPath: other)
            try FileManager.default.copyItem(atPath: out, toPath: other)
            for file in ["index.html", "results.json"] {
                let text = try String(contentsOfFile: other + "/" + file, encoding: .utf8)
                #expect(text.contains(commit))
                try text.replacingOccurrences(of: commit, with: "0123456789ab").write(toFile: other + "/" + file, atomically: true, encoding: .utf8)
            }
            try run(["verify", other, "--cache", Self.work + "/cache", "--templates", Self.root.path + "/templates"])
            // … and a changed byte anywhere else still fails.
            try "tampered".write(toFile: other + "/figures/fig4.svg", atomically: true, encoding: .utf8)
            #expect(throws: CLIError.self) { try run(["verify", other, "--cache", Self.work + "/cache", "--templates", Self.root.path + "/templates"]) }
        }

        // A tampered page fails verify with the file named.
        try "tampered".write(toFile: out + "/figures/fig2.svg", atomically: true, encoding: .utf8)
        #expect(throws: CLIError.self) { try run(["verify", out, "--cache", Self.work + "/cache", "--templates", Self.root.path + "/templates"]) }
    }

    @Test func embedFillsMarkersAndNamesUnknownOnes() throws {
        let doc = Self.work + "/doc.md", filled = Self.work + "/doc.out.md"
        try FileManager.default.createDirectory(atPath: Self.work, withIntermediateDirectories: true)
        try "# Mine\n\n<!-- clreport:figure fig4 -->\n\nVerdict: <!-- clreport:value claim.minority-weaker-fewer -->\n"
            .write(toFile: doc, atomically: true, encoding: .utf8)
        try run(["embed", doc, "--out", filled] + common)
        let text = try String(contentsOfFile: filled, encoding: .utf8)
        #expect(text.contains("<svg") && text.contains("id=\"fig4-"))
        #expect(text.contains("Verdict: PASS") || text.contains("Verdict: FAIL") || text.contains("Verdict: INCONCLUSIVE"))

        try "<!-- clreport:figure fig99 -->\n".write(toFile: doc, atomically: true, encoding: .utf8)
        do {
            try run(["embed", doc] + common)
            Issue.record("an unknown figure must be an error")
        } catch let e as CLIError {
            #expect(e.description == "\(doc): line 1: unknown figure 'fig99'; known figures: fig1, fig2, fig2-neurons, fig3, fig4, fig5, fig6, fig6-ratio\(Self.hasFashionMNIST ? ", fig7, fig8" : ""), fig9")
        }
    }

    @Test func reportWithSettingIsVerifiedWithTheSameSetting() throws {
        let out = Self.work + "/report-tau"
        let args = ["--profile", "quick", "--cache", Self.work + "/cache", "--templates", Self.root.path + "/templates",
                    "--quiet", "--no-long-tail", "--set", "temperature=0.3"]
        try run(["report"] + args + ["--out", out])
        let results = try CanonicalJSON.decoder.decode(ReportResults.self, from: Data(contentsOf: URL(fileURLWithPath: out + "/results.json")))
        #expect(results.plan.base.temperature == 0.3)
        // Every sweep runs at τ = 0.3, except the sensitivity points that change τ themselves.
        func changesTau(_ p: SweepPoint) -> Bool {
            if case .setting(field: "temperature", _) = p.series { return true }
            return false
        }
        #expect(results.plan.sweeps.allSatisfy { $0.points.allSatisfy { $0.config.temperature == 0.3 || changesTau($0) } })
        #expect(results.plan.sweep(.sensitivity)?.points.first?.config.temperature == 0.3)
        try run(["verify", out, "--cache", Self.work + "/cache", "--templates", Self.root.path + "/templates"])
    }

    @Test func invalidSettingExitsWithUsageCode() throws {
        do {
            try run(["train", "--preset", "quick", "--set", "nsr=-1"])
            Issue.record("expected an error")
        } catch let e as CLIError {
            #expect(e.code == 64)
            #expect(e.description == "invalid configuration: nsr = -1.0 is out of range; allowed: [0.0, 1000.0]")
        }
    }
}
