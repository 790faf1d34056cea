import Foundation
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
        var command = try ClReport.parseAsRoot(args)
        try command.run()
    }

    func expectUsage(_ args: [String], code: Int32 = 64, _ message: String) {
        do {
            try run(args)
            Issue.record("expected an error from \(args)")
        } catch let e as CLIError {
            #expect(e.code == code)
            #expect(e.description == message)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func badShardsAreUsageErrors() {
        let cache = Self.work + "/bad-cache"
        let common = ["--profile", "quick", "--no-long-tail", "--cache", cache]
        expectUsage(["run", "--shard", "5/4"] + common, "--shard 5/4: the shard index I must be between 1 and 4")
        expectUsage(["run", "--shard", "0/0"] + common, "--shard 0/0: the shard count N must be at least 1")
        expectUsage(["run", "--shard", "0/4"] + common, "--shard 0/4: the shard index I must be between 1 and 4")
        expectUsage(["run", "--shard", "two"] + common, "--shard two: expected I/N, e.g. --shard 2/4 (shard I of N, 1 ≤ I ≤ N)")
        expectUsage(["slurm", "--shards", "0"] + common, "--shards must be at least 1, got 0")
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
            #SBATCH --job-name=clreport-paper
            #SBATCH --partition=cpu
            #SBATCH --time=04:00:00
            #SBATCH --cpus-per-task=2
            #SBATCH --chdir=/home/u/clreport
            #SBATCH --array=1-32
            #SBATCH --output=/scratch/logs/clreport-paper-%A_%a.out
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
                    "cache merge: source \(Self.work)/missing does not exist; give cache folders (with runs/)")
    }
}
