import Foundation
import Testing
@testable import ReportCLI
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// README's exit-status table, command by command (issue 27): each error path is run in process
/// through `ClReport.outcome` — what `runMain` exits with — and its status and message checked.
/// None of these computes a run: every error is found before.
@Suite(.serialized, .temporaryDirectory(label: "exit")) struct ExitStatusTableTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let templates = root.path + "/templates"
    /// A fresh folder per test inside the suite's temporary directory (removed with it).
    let work: String = (try? TemporaryDirectory.current.folder()) ?? TemporaryDirectory.current.path

    func expect(_ args: [String], _ code: Int32, _ message: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let outcome = ClReport.outcome(args)
        #expect(outcome.status == code, "\(args.joined(separator: " ")): \(outcome.message ?? "")", sourceLocation: sourceLocation)
        #expect(outcome.message?.contains(message) == true, "\(args.joined(separator: " ")): \(outcome.message ?? "(no message)")",
                sourceLocation: sourceLocation)
    }

    func write(_ text: String, _ name: String) -> String {
        let path = work + "/" + name
        FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        return path
    }

    var quick: [String] { ["--profile", "quick", "--no-long-tail", "--quiet", "--templates", Self.templates, "--cache", work + "/cache"] }

    // 64: usage — bad options, counts (with the allowed range), settings and configuration values.
    @Test func usageErrorsExit64() {
        expect(["run", "--shard", "1/1000000000000"] + quick, 64, "--shard 1/1000000000000: the shard count N is out of range; allowed: 1…10000")
        expect(["plan", "--workers", "1000000000000"] + quick, 64, "--workers 1000000000000 is out of range; allowed: 1…10000")
        expect(["plan", "--jobs", "0"] + quick, 64, "--jobs 0 is out of range; allowed: 1…4096")
        expect(["train", "--seeds", "1000000000000"], 64, "--seeds 1000000000000 is out of range; allowed: 1…10000")
        expect(["train", "--seeds", "0"], 64, "--seeds 0 is out of range; allowed: 1…10000")
        expect(["slurm", "--shards", "1000000000000"] + quick, 64, "--shards 1000000000000 is out of range; allowed: 1…1000")
        expect(["slurm", "--shards", "4", "--max-array", "1"] + quick, 64, "--max-array 1 is out of range; allowed: 2…4000001")
        expect(["slurm", "--shards", "4", "--cpus-per-task", "0"] + quick, 64, "--cpus-per-task 0 is out of range; allowed: 1…4096")
        expect(["bench", "--repeats", "0"], 64, "--repeats 0 is out of range; allowed: 1…1000")
        expect(["report", "--out", ""] + quick, 64, "the output folder is an empty path")
        expect(["figure", "fig99"] + quick, 64, "unknown figure 'fig99'; known figures: ")
        expect(["figure", "fig2", "--out", ""] + quick, 64, "the output file is an empty path")
        expect(["longtail", "--profile", "quick", "--set", "neurons"], 64, "--set expects key=value")
        expect(["train", "--set", "nsr=-1"], 64, "invalid configuration: nsr = -1.0 is out of range; allowed: [0.0, 1000.0]")
        expect(["train", "--set", "nsr"], 64, "--set expects key=value, got 'nsr'")
        expect(["train", "--config", write(#"{"steps": 10, "steps": 20}"#, "dup.json")], 64,
               "invalid configuration file: the key steps appears more than once; give each field once")
        expect(["train", "--config", write(#"{"nsr": 1e400}"#, "huge.json")], 64,
               "nsr is a number too large for a 64-bit float (beyond ±1.8e308) in the configuration file")
        expect(["report", "--frobnicate"] + quick, 64, "Unknown option '--frobnicate'")
        expect(["train", "--config", write(#"{"steps": true}"#, "bool.json")], 64,
               "invalid configuration: steps is a boolean in the configuration file; it must be an integer number")
        expect(["report", "--set", "steps=-5", "--out", work + "/out"] + quick, 64, "invalid configuration: steps = -5 is out of range; allowed: 1…")
        expect(["run", "--shard", "1/2", "--set", "steps=-5"] + quick, 64, "invalid configuration: steps = -5 is out of range; allowed: 1…")
        expect(["figure", "fig2", "--set", "nsr=-1", "--out", work + "/fig/fig2.svg"] + quick, 64, "invalid configuration: nsr = -1.0 is out of range")
        // Argument checks of `validate()` (issue 23): the dataset name, a merge without sources, an
        // #SBATCH value with a line break, the encoder; nothing is read or written before them.
        expect(["longtail", "--profile", "quick", "--dataset", "mnist"], 64, "unknown dataset \"mnist\"; use one of fashion-mnist, cifar10, cifar100.")
        expect(["report", "--dataset", "mnist", "--out", work + "/out"] + quick, 64, "unknown dataset \"mnist\"")
        expect(["cache", "merge", "--into", work + "/merged"], 64, "Missing expected argument '<sources> ...'")
        expect(["slurm", "--shards", "2", "--partition", "a\nb", "--logs", work + "/logs"] + quick, 64, "--partition \"a\\nb\" contains a line break")
        expect(["longtail", "--encoder", "rnn"], 64, "--encoder is transformer or conv, got \"rnn\"")
        expect(["verify", work + "/report", "--dataset", "cifar10"], 64, "Unknown option '--dataset'")
        #expect(!FileManager.default.fileExists(atPath: work + "/cache"), "a usage error writes nothing")
        #expect(!FileManager.default.fileExists(atPath: work + "/merged") && !FileManager.default.fileExists(atPath: work + "/logs"))
        #expect(!FileManager.default.fileExists(atPath: work + "/out") && !FileManager.default.fileExists(atPath: work + "/fig"),
                "a usage error creates no output folder")
    }

    // 65: bad data.
    @Test func badDataExits65() throws {
        var bytes = Data("# Doc\n".utf8); bytes.append(contentsOf: [0xFF, 0xFE, 0x00, 0xC3])
        let doc = work + "/latin1.md"
        try bytes.write(to: URL(fileURLWithPath: doc))
        expect(["embed", doc] + quick, 65, "\(doc) is not UTF-8 text")
        try FileManager.default.createDirectory(atPath: work + "/bad-report", withIntermediateDirectories: true)
        _ = write("{", "bad-report/results.json")
        expect(["verify", work + "/bad-report"], 65, "is not a results.json of this clreport version")
        // Template errors, found before any run (nothing is written: no cache, no output folder).
        let broken: [(String, [String: String], String)] = [
            ("syntax", ["report.md": "{{#unclosed}}\n"], "section 'unclosed' is never closed"),
            ("cycle", ["report.md": "{{> loop}}\n", "loop.md": "x {{> loop}}\n"], "partial 'loop' includes itself: loop → loop"),
            ("figure", ["report.md": "{{{figures.fig99}}}\n"], "unknown figure 'fig99' in {{figures.fig99}}; known figures: "),
        ]
        for (name, files, message) in broken {
            let dir = work + "/templates-" + name
            try FileManager.default.copyItem(atPath: Self.templates, toPath: dir)
            for (file, text) in files {   // appended to the file (or a new one)
                let old = (try? String(contentsOfFile: dir + "/" + file, encoding: .utf8)) ?? ""
                try Data((old + text).utf8).write(to: URL(fileURLWithPath: dir + "/" + file))
            }
            expect(["report", "--profile", "quick", "--no-long-tail", "--quiet", "--templates", dir, "--cache", work + "/tcache",
                    "--out", work + "/tout"], 65, message)
        }
        #expect(!FileManager.default.fileExists(atPath: work + "/tcache") && !FileManager.default.fileExists(atPath: work + "/tout"))
        // A corrupt data file.
        let data = work + "/cifar"
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
        for f in ["data_batch_1.bin", "data_batch_2.bin", "data_batch_3.bin", "data_batch_4.bin", "data_batch_5.bin", "test_batch.bin"] {
            _ = write("xx", "cifar/" + f)
        }
        expect(["longtail", "--profile", "quick", "--dataset", "cifar10", "--data-dir", data], 65,
               "\(data)/data_batch_1.bin is truncated or not a CIFAR binary file")
    }

    // 66: no input.
    @Test func missingInputExits66() throws {
        expect(["report", "--templates", work + "/no-templates", "--out", work + "/out"] + quick.filter { $0 != Self.templates && $0 != "--templates" },
               66, "template folder \(work)/no-templates does not exist")
        expect(["train", "--config", work + "/missing.json"], 66, "cannot read configuration file \(work)/missing.json: no such file")
        expect(["embed", work + "/missing.md"] + quick, 66, "cannot read \(work)/missing.md: no such file")
        expect(["verify", work + "/no-report"], 66, "cannot read \(work)/no-report/results.json")
        expect(["report", "--offline", "--out", work + "/offline"] + quick, 66, "--offline: ")
        expect(["plan", "--calibration", work + "/none.json"] + quick, 66, "--calibration \(work)/none.json: no such file")
        expect(["longtail", "--profile", "quick", "--dataset", "cifar10", "--data-dir", work + "/no-data"], 66, "CIFAR-10 file(s) data_batch_1.bin, ")
        _ = write("x", "plain")
        try FileManager.default.createDirectory(atPath: work + "/noruns", withIntermediateDirectories: true)
        expect(["cache", "merge", work + "/plain", "--into", work + "/merged"], 66, "cache merge: \(work)/plain is not a folder")
        expect(["cache", "merge", work + "/noruns", "--into", work + "/merged"], 66, "cache merge: \(work)/noruns is not a result cache: it has no runs/ folder")
        expect(["cache", "merge", work + "/none", "--into", work + "/merged"], 66, "cache merge: \(work)/none does not exist")
        #expect(!FileManager.default.fileExists(atPath: work + "/merged/runs"), "nothing merged from an unusable source")
    }

    // 73: cannot create.
    @Test func cannotCreateExits73() {
        _ = write("x", "file")
        expect(["report", "--out", work + "/out", "--profile", "quick", "--no-long-tail", "--templates", Self.templates, "--cache", work + "/file"],
               73, "\(work)/file exists and is not a folder")
        expect(["report", "--out", work + "/file/sub"] + quick, 73, "\(work)/file exists and is not a folder")
        expect(["run", "--shard", "1/2", "--profile", "quick", "--no-long-tail", "--cache", work + "/file"], 73, "\(work)/file exists and is not a folder")
        expect(["slurm", "--shards", "2", "--logs", work + "/file/logs"] + quick, 73, "\(work)/file exists and is not a folder")
    }

    // verify: 1 for a difference, including a temporary file a killed write left in the folder.
    @Test func verifyReportsALeftoverTemporaryFile() throws {
        let dir = work + "/report"
        try FileManager.default.createDirectory(atPath: dir + "/figures", withIntermediateDirectories: true)
        _ = write("{}", "report/results.json")
        let leftover = ".fig9.svg.2147483000.\(UUID().uuidString).tmp"
        _ = write("<svg", "report/figures/" + leftover)
        expect(["verify", dir], 1, "verify: \(dir)/figures/\(leftover) is a temporary file left by an interrupted write")
    }

    // 69: `slurm --submit` cannot run sbatch.
    @Test func unavailableSbatchExits69() {
        expect(["slurm", "--shards", "2", "--submit", "--sbatch", work + "/no-sbatch", "--logs", work + "/logs"] + quick, 69,
               "--submit: \(work)/no-sbatch not found")
    }

    // cache merge: 1 for a key whose entry holds a different result (left alone).
    @Test func cacheMergeConflictExits1() throws {
        let key = "k-conflict"
        for (source, result) in [("one", 0.5), ("two", 0.25)] {
            try FileManager.default.createDirectory(atPath: "\(work)/\(source)/runs", withIntermediateDirectories: true)
            _ = write(#"{"key":"\#(key)","result":\#(result),"schema":4,"seconds":1}"#, "\(source)/runs/\(key).json")
        }
        #expect(ClReport.outcome(["cache", "merge", work + "/one", "--into", work + "/merged"]).status == 0)
        #expect(ClReport.outcome(["cache", "merge", work + "/two", "--into", work + "/merged"]).status == 1)
        let kept = try String(contentsOfFile: "\(work)/merged/runs/\(key).json", encoding: .utf8)
        #expect(kept.contains("0.5"), "the entry already there is left alone: \(kept)")
    }

    // diff keeps 0/1/2: 0 no difference, 1 a flip (here only in the robustness map, issue 27 item 9),
    // 2 an unreadable input, a page that cannot be written, or a usage error (not 64).
    @Test func diffKeepsItsOwnCodes() throws {
        expect(["diff", work + "/a", work + "/b", "--out", work + "/d"], 2, "diff: cannot read \(work)/a: no such file or folder")
        expect(["diff", work + "/a", work + "/b", "--fail-on", "sometimes"], 2, "The value 'sometimes' is invalid for '--fail-on <fail-on>'")
        expect(["diff", "--frobnicate", work + "/a", work + "/b"], 2, "Unknown option '--frobnicate'")
        let reference = Self.root.path + "/output/reference/results.json"
        #expect(ClReport.outcome(["diff", reference, reference, "--out", work + "/same"]).status == 0)
        _ = write("x", "file")
        expect(["diff", reference, reference, "--out", work + "/file/page"], 2, "diff: ")
        // B: the reference with every PASS sub-test of the robustness map made FAIL (nothing else changed;
        // same length, so replaced in place between the "readings" and "resultsSchema" keys).
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: reference)))
        func find(_ text: String, from: Int) -> Int? {
            let needle = [UInt8](text.utf8)
            guard bytes.count >= needle.count else { return nil }
            return (from...(bytes.count - needle.count)).first { i in needle.indices.allSatisfy { bytes[i + $0] == needle[$0] } }
        }
        let start = try #require(find("\"readings\" : {", from: 0)), end = try #require(find("\"resultsSchema\" : ", from: start))
        let pass = [UInt8]("\"verdict\" : \"PASS\"".utf8), fail = [UInt8]("\"verdict\" : \"FAIL\"".utf8)
        var replaced = 0, i = start
        while let at = find("\"verdict\" : \"PASS\"", from: i), at < end {
            bytes.replaceSubrange(at..<(at + pass.count), with: fail)
            replaced += 1; i = at + fail.count
        }
        #expect(replaced > 0, "the reference map has a passing sub-test")
        let b = work + "/flipped.json"
        try Data(bytes).write(to: URL(fileURLWithPath: b))
        #expect(ClReport.outcome(["diff", reference, b, "--out", work + "/flip", "--fail-on", "flip"]).status == 1)
        #expect(ClReport.outcome(["diff", reference, b, "--out", work + "/flip", "--fail-on", "never"]).status == 0)
    }
}
