import Foundation
import Testing
@testable import ReportCLI
@testable import Experiments
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
        #expect(!FileManager.default.fileExists(atPath: work + "/cache"), "a usage error writes nothing")
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

    // diff keeps 0/1/2.
    @Test func diffKeepsItsOwnCodes() {
        expect(["diff", work + "/a", work + "/b", "--out", work + "/d"], 2, "diff: cannot read \(work)/a: no such file or folder")
    }
}
