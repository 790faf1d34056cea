import ArgumentParser
import Foundation
import LinearAlgebra
@testable import Readings
@testable import RunCache
import Testing
@testable import ReportCLI
@testable import Experiments
import TestSupport

/// `plan`, `run --shard`, `slurm` and `cache merge` (issue 16), on the quick profile without the
/// long-tail part (the cluster test in `scripts/cluster-test.sh` runs everything on a real Slurm).
@Suite(.serialized, .temporaryDirectory(label: "cluster")) struct ClusterCommandsTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// The suite's folder (the result cache in it is shared by the tests); removed after the suite.
    static var work: String { TemporaryDirectory.current.path }

    func run(_ args: [String]) throws {
        let outcome = ClReport.outcome(args)
        guard case .success = outcome else { throw CLIError("\(args.joined(separator: " ")): exit \(outcome.status): \(outcome.message ?? "")") }
    }

    /// Runs `args` in process through `ClReport.outcome` (what `runMain` exits with) and checks
    /// the exit status and that the message contains `message`.
    func expectUsage(_ args: [String], code: Int32 = 64, _ message: String) {
        let outcome = ClReport.outcome(args)
        #expect(outcome.status == code, "\(args): \(outcome.message ?? "")")
        #expect(outcome.message?.contains(message) == true, "\(args): \(outcome.message ?? "(no message)")")
    }

    @Test func badShardsAreUsageErrors() {
        let cache = Self.work + "/bad-cache"
        let common = ["--profile", "quick", "--no-long-tail", "--cache", cache]
        expectUsage(["run", "--shard", "5/4"] + common, "--shard 5/4: the shard index I must be between 1 and 4")
        expectUsage(["run", "--shard", "0/0"] + common, "--shard 0/0: the shard count N is out of range; allowed: 1…10000")
        expectUsage(["run", "--shard", "0/4"] + common, "--shard 0/4: the shard index I must be between 1 and 4")
        expectUsage(["run", "--shard", "two"] + common, "--shard two: expected I/N, e.g. --shard 2/4 (shard I of N, 1 ≤ I ≤ N)")
        expectUsage(["slurm", "--shards", "0"] + common, "--shards 0 is out of range; allowed: 1…1000")
        expectUsage(["slurm", "--shards", "2", "--time", "2h"] + common, "--time 2h: expected HH:MM:SS or D-HH:MM:SS, e.g. --time 02:00:00")
        #expect(!FileManager.default.fileExists(atPath: cache), "a usage error must write nothing")
    }

    @Test func submitWithoutSbatchIsUnavailableAndWritesNothing() throws {
        let logs = Self.work + "/no-sbatch-logs"
        expectUsage(["slurm", "--profile", "quick", "--no-long-tail", "--shards", "4", "--cache", Self.work + "/c", "--logs", logs, "--submit",
                     "--sbatch", "/nonexistent/sbatch"],
                    code: 69, "--submit: /nonexistent/sbatch not found; install Slurm's client commands (Debian: slurm-client) or run without --submit and submit the printed script yourself")
        #expect(!FileManager.default.fileExists(atPath: logs))
        #expect(!FileManager.default.fileExists(atPath: Self.work + "/c"))
    }

    @Test func slurmScriptIsAnArrayOfShardRunsAndAnAfterokRender() {
        let s = SlurmScript(executable: "/opt/clreport", workingDirectory: "/home/u/clreport", profile: "paper", shards: 32,
                            partition: "cpu", time: "04:00:00", cpusPerTask: 2, logs: "/scratch/logs",
                            reportArguments: ["--profile", "paper", "--cache", "/scratch/my cache"], runArguments: ["--calibration", "/b.json"],
                            out: "/scratch/out")
        #expect(s.arrayScript == """
            #!/bin/sh
            # clreport: 32 shards of the paper profile into the result cache.
            #SBATCH --job-name="clreport-paper"
            #SBATCH --partition="cpu"
            #SBATCH --time="04:00:00"
            #SBATCH --cpus-per-task="2"
            #SBATCH --chdir="/home/u/clreport"
            #SBATCH --array="1-32"
            #SBATCH --output="/scratch/logs/clreport-paper-%A_%a.out"
            # OpenBLAS's kernel family is not pinned (this machine's is unnamed): give every task nodes of one CPU family.
            set -eu
            exec /opt/clreport run --shard "${SLURM_ARRAY_TASK_ID}/32" --profile paper --cache '/scratch/my cache' --calibration /b.json --jobs 2

            # Then render once every shard has succeeded (JOBID = this array's job id):
            # sbatch --parsable --job-name=clreport-paper-render --partition=cpu --time=04:00:00 --cpus-per-task=2 --chdir=/home/u/clreport --dependency=afterok:JOBID --output=/scratch/logs/clreport-paper-render-%j.out --wrap '/opt/clreport report --offline --profile paper --cache '\\''/scratch/my cache'\\'' --out /scratch/out'

            """)
    }

    @Test func shardsCoverThePlanAndTheOfflineReportRendersFromThem() throws {
        let cache = Self.work + "/shared", common = ["--profile", "quick", "--no-long-tail", "--no-readings", "--quiet", "--cache", cache]
        var options = try ReportOptions.parse(common)
        let workload = try ReportWorkload(options: options, model: .uncalibrated)
        // The plan is the report's runs: its keys give the report's cache digest.
        #expect(Set(workload.items.map(\.key)).count == workload.items.count)
        #expect(workload.items.count == ReportPlan(profile: .quick).uniqueRuns.count)
        for n in [1, 3, 4] {
            let shardOf = ShardPlanner.assign(costs: workload.items.map(\.cost), shards: n)
            #expect(Set(shardOf) == Set(0..<n))
        }
        // Three shards (last first: finish order does not matter) fill the cache; the offline report then needs nothing else.
        for i in [3, 1, 2] { try run(["run", "--shard", "\(i)/3", "--jobs", "2"] + common) }
        #expect(workload.items.allSatisfy { $0.missReason(in: ResultCache(directory: cache)) == nil })
        options.offline = true
        let results = try options.results()
        #expect(results.provenance.cacheDigest == StableHash.hex(workload.items.map(\.key).sorted().joined(separator: ",")))
        try run(["report", "--offline", "--templates", Self.root.path + "/templates", "--out", Self.work + "/out"] + common)
        #expect(FileManager.default.fileExists(atPath: Self.work + "/out/index.html"))

        // Merging the shared cache into an empty one copies everything; merging again is a no-op.
        let merged = Self.work + "/merged"
        try run(["cache", "merge", cache, "--into", merged])
        try run(["cache", "merge", cache, "--into", merged])
        let a = try FileManager.default.contentsOfDirectory(atPath: cache + "/runs").filter { $0.hasSuffix(".json") }.sorted()
        let b = try FileManager.default.contentsOfDirectory(atPath: merged + "/runs").sorted()
        #expect(a == b && a.count == workload.items.count)
        expectUsage(["cache", "merge", Self.work + "/missing", "--into", merged], code: 66,
                    "cache merge: \(Self.work)/missing does not exist; give result-cache folders (each with a runs/ folder)")
    }

    /// Issue 27 item 8: `plan`, `run --shard` and the Slurm array share `ReportWorkload`, which must
    /// hold the robustness map's search runs (every reading on the search seeds, for the request's own
    /// base configuration) besides the synthetic runs; else `plan` says "0.0 s still to compute" after
    /// every shard and the render job computes the map. Only the confirmation runs (chosen from the
    /// search results) are left to the report.
    @Test func theWorkloadHoldsTheMapsSearchRunsSoShardsCoverThem() throws {
        for settings in [[String](), ["--set", "steps=300"]] {
            let common = ["--profile", "quick", "--no-long-tail", "--cache", Self.work + "/map-plan"] + settings
            let request = try ReportOptions.parse(common).request()
            #expect(request.readings, "the map is part of a report unless --no-readings")
            let workload = try ReportWorkload(options: try ReportOptions.parse(common), model: .uncalibrated)
            let keys = workload.items.map(\.key)
            #expect(Set(keys).count == keys.count, "a run is planned once")
            let synthetic = Set(ReportPlan(profile: .quick, base: request.base).uniqueRuns.map { ResultCache.key($0) })
            let search = try ReadingsComputation.plannedRuns(profile: .quick, base: request.base)
            let searchKeys = Set(search.map { ResultCache.key($0.spec) })
            let mapOnly = searchKeys.subtracting(synthetic)
            #expect(!mapOnly.isEmpty)
            #expect(Set(keys) == synthetic.union(searchKeys), "settings \(settings): the workload is the synthetic runs and the map's search runs")
            #expect(workload.items.filter { $0.identity.contains("/reading=") }.count == mapOnly.count)
            // --no-readings leaves exactly the map's own runs out.
            let without = try ReportWorkload(options: try ReportOptions.parse(common + ["--no-readings"]), model: .uncalibrated)
            #expect(Set(without.items.map(\.key)) == synthetic)
        }
    }

    /// sbatch's reading of one `#SBATCH` line (Slurm's `get_argument`): words split at blanks, a
    /// backslash escapes the next character, '…' or "…" group, an unquoted # starts a comment.
    static func sbatchWords(_ line: String) -> [String] {
        var words: [String] = [], word = "", inWord = false, quote: Character? = nil, escape = false
        for c in line.dropFirst("#SBATCH".count) {
            if escape { word.append(c); escape = false; inWord = true; continue }
            if c == "\\" { escape = true; inWord = true; continue }
            if let q = quote { if c == q { quote = nil } else { word.append(c) }; continue }
            if c == "\"" || c == "'" { quote = c; inWord = true; continue }
            if c == "#" { break }
            if c == " " || c == "\t" { if inWord { words.append(word); word = ""; inWord = false }; continue }
            word.append(c); inWord = true
        }
        if inWord { words.append(word) }
        return words
    }

    @Test func everySbatchValueIsQuotedSoSpacesQuotesAndHashesSurvive() {
        let s = SlurmScript(executable: "/opt/clreport", workingDirectory: "/home/u/my clreport", profile: "paper", shards: 4,
                            partition: #"cpu "a" #1"#, time: nil, cpusPerTask: 1, logs: "/scratch/my logs",
                            reportArguments: [], runArguments: [], out: "/scratch/out", blasCore: "Haswell")
        let lines = s.arrayScript.split(separator: "\n").map(String.init).filter { $0.hasPrefix("#SBATCH ") }
        let words = lines.map(Self.sbatchWords)
        #expect(words.allSatisfy { $0.count == 1 }, "\(words)")
        #expect(words.map { $0.first ?? "" } == ["--job-name=clreport-paper", #"--partition=cpu "a" #1"#, "--cpus-per-task=1",
                                                 "--chdir=/home/u/my clreport", "--export=ALL,OPENBLAS_CORETYPE=Haswell",
                                                 "--array=1-4", "--output=/scratch/my logs/clreport-paper-%A_%a.out"])
        #expect(s.arrayScript.contains("# Every task runs OpenBLAS's Haswell kernels (this machine's): the kernel family is part of each cache key, so the nodes' CPUs must support them."))
        // The render job gets the same kernels (sbatch arguments, not a script: no quoting).
        #expect(s.renderSubmission(dependency: "7").contains("--export=ALL,OPENBLAS_CORETYPE=Haswell"))
    }

    @Test func slurmPinsThisMachinesKernelFamilyCreatesTheLogFolderAndCapsTheArray() throws {
        let logs = Self.work + "/slurm logs/a"
        let common = ["--profile", "quick", "--no-long-tail", "--cache", Self.work + "/slurm-cache"]
        let command = try SlurmCommand.parse(["--shards", "3", "--logs", logs] + common)
        let script = try command.makeScript()
        #expect(script.blasCore == SlurmCommand.pinnableCore(ResultCache.blasCore))
        if let core = script.blasCore {
            // The reason travels with the pin, so the tasks' provenance says what a report made here says.
            let tag = BLASCoreChoice.reasonTag.map { ",\(BLASCoreChoice.reasonVariable)=\($0)" } ?? ""
            #expect(script.arrayScript.contains("#SBATCH --export=\"ALL,OPENBLAS_CORETYPE=\(core)\(tag)\"\n"))
        }
        #expect(SlurmCommand.pinnableCore("unknown") == nil && SlurmCommand.pinnableCore("SkylakeX") == "SkylakeX")
        // Printed, not submitted: the log folder exists all the same (Slurm does not create it).
        try run(["slurm", "--shards", "3", "--logs", logs] + common)
        var isDir: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: logs, isDirectory: &isDir) && isDir.boolValue)
        // The array stays below MaxArraySize (default 1001: indices up to 1000).
        expectUsage(["slurm", "--shards", "1001"] + common, "--shards 1001 is out of range; allowed: 1…1000")
        expectUsage(["slurm", "--shards", "1500", "--max-array", "1200"] + common, "--shards 1500 is out of range; allowed: 1…1199")
        try run(["slurm", "--shards", "1000"] + common + ["--logs", logs])
        try run(["slurm", "--shards", "1500", "--max-array", "2000"] + common + ["--logs", logs])
    }

    @Test func withTheMapASecondArrayRunsTheConfirmationAfterTheFirst() {
        let s = SlurmScript(executable: "/opt/clreport", workingDirectory: "/w", profile: "paper", shards: 32,
                            partition: nil, time: nil, cpusPerTask: 1, logs: "/l",
                            reportArguments: ["--profile", "paper"], runArguments: [], out: "/o", confirmationShards: 8)
        let confirm = s.confirmationSubmission(dependency: "41") ?? []
        #expect(confirm.contains("--array=1-8") && confirm.contains("--dependency=afterok:41"))
        #expect(confirm.last == "exec /opt/clreport run --phase confirmation --shard \"${SLURM_ARRAY_TASK_ID}/8\" --profile paper --jobs 1")
        // The render job waits for the last array and renders from the cache only.
        #expect(s.arrayScript.contains("--dependency=afterok:JOBID --output=/l/clreport-paper-confirm-%A_%a.out"))
        #expect(s.arrayScript.contains("--dependency=afterok:CONFIRMID --output=/l/clreport-paper-render-%j.out --wrap '/opt/clreport report --offline"))
        var none = s
        none.confirmationShards = 0
        #expect(none.confirmationSubmission(dependency: "41") == nil && !none.arrayScript.contains("confirm"))
    }

    /// The map's confirmation is chosen from the search's cached results: before the main phase it
    /// is refused (66) and `plan` shows its bound; after it, its runs are exact, shard like the
    /// others, and the offline report then needs nothing else.
    @Test func theConfirmationPhaseRunsAfterTheSearchAndCompletesTheCache() throws {
        let cache = Self.work + "/map", common = ["--profile", "quick", "--no-long-tail", "--quiet", "--cache", cache]
        let options = try ReportOptions.parse(common)
        let main = try ReportWorkload(options: options, model: .uncalibrated)
        let bound = try #require(main.confirmationBound)
        #expect(bound.runs == MapClaims.specs.count * 4 * MapDesign.forProfile(.quick).searchSeeds)
        expectUsage(["run", "--phase", "confirmation", "--shard", "1/2"] + common, code: 66,
                    "the confirmation phase chooses its readings from the robustness map's search runs")
        for i in [2, 1] { try run(["run", "--shard", "\(i)/2", "--jobs", "2"] + common) }
        let confirmation = try ReportWorkload(options: options, model: .uncalibrated, phase: .confirmation)
        #expect(!confirmation.items.isEmpty && confirmation.items.count <= bound.runs)
        #expect(Set(confirmation.items.map(\.key)).isDisjoint(with: main.items.map(\.key)))
        #expect(confirmation.items.allSatisfy { $0.missReason(in: confirmation.cache) != nil })
        for i in [1, 2] { try run(["run", "--phase", "confirmation", "--shard", "\(i)/2", "--jobs", "2"] + common) }
        #expect(confirmation.items.allSatisfy { $0.missReason(in: confirmation.cache) == nil })
        try run(["report", "--offline", "--templates", Self.root.path + "/templates", "--out", Self.work + "/map-out"] + common)
    }
}

/// The Slurm jobs get the report's options from the one option model: every `ReportOptions` field
/// (those of its shared option groups included: cache, jobs, templates, data) round-trips through
/// `passedOn()` (parsed back by ArgumentParser) or is declared as left to each process; a new field
/// fails here until the scripts carry it.
@Suite struct SlurmOptionRoundTripTests {
    static func fields(_ o: Any) -> [String: String] {
        var out: [String: String] = [:]
        for child in Mirror(reflecting: o).children {
            guard let label = child.label else { continue }
            if let group = child.value as? any OptionGroupValue {   // an @OptionGroup: its fields, flattened
                out.merge(fields(group.groupValue)) { a, _ in a }
                continue
            }
            out[label.hasPrefix("_") ? String(label.dropFirst()) : label] = String(describing: child.value)
        }
        return out
    }

    @Test func everyOptionReachesTheJobsOrIsDeclaredLocal() throws {
        let long = try ReportOptions.parse(["--profile", "paper", "--cache", "/c", "--jobs", "3", "--templates", "/t", "--offline",
                                            "--data-dir", "/d", "--dataset", "cifar10", "--no-readings", "--quiet",
                                            "--set", "steps=100", "--set", "nsr=2"])
        let short = try ReportOptions.parse(["--no-long-tail", "--cache", "/c"])
        for o in [long, short] {
            let back = try ReportOptions.parse(o.passedOn())
            let a = Self.fields(o), b = Self.fields(back)
            #expect(Set(a.keys) == Set(b.keys) && a.count >= 11)
            for key in a.keys.sorted() where !ReportOptions.notPassedOn.contains(key) {
                // Without the long-tail part its dataset is irrelevant and not passed on.
                if o.noLongTail && (key == "dataset" || key == "dataDir") { continue }
                if key == "quiet" { #expect(back.quiet); continue }
                #expect(a[key] == b[key], "\(key): \(a[key] ?? "") → \(b[key] ?? "")")
            }
        }
        #expect(ReportOptions.notPassedOn.isSubset(of: Set(Self.fields(long).keys)))
    }
}

/// The value an `@OptionGroup` holds, for flattening `ReportOptions` by reflection.
protocol OptionGroupValue { var groupValue: Any { get } }
extension OptionGroup: OptionGroupValue { var groupValue: Any { wrappedValue } }
