/// The text `clreport slurm` prints and submits: an sbatch job array of N shard tasks, and the
/// dependent (`afterok`) render job. A value type, so tests check the exact text.
struct SlurmScript: Equatable {
    /// Absolute path of the `clreport` binary the tasks run.
    var executable: String
    /// Working directory of every task (where templates, `Benchmarks/` and git provenance are found).
    var workingDirectory: String
    var profile: String
    var shards: Int
    var partition: String?
    var time: String?
    var cpusPerTask: Int
    /// Folder of the Slurm log files (`clreport-<profile>-<array>_<task>.out`).
    var logs: String
    /// Report options passed to both `run --shard` and `report --offline` (absolute paths).
    var reportArguments: [String]
    /// Arguments only the shard tasks get (e.g. `--calibration FILE`).
    var runArguments: [String]
    var out: String
    /// Whether the render job renders from the cache only. With the robustness map's readings it does
    /// not: their runs depend on the sharded results (the favourable search), so the render job computes
    /// them itself once every shard has succeeded.
    var renderOffline = true

    /// `sbatch` header lines shared by both jobs.
    private func header(name: String) -> [String] {
        ["--job-name=\(name)"] + (partition.map { ["--partition=\($0)"] } ?? []) + (time.map { ["--time=\($0)"] } ?? [])
            + ["--cpus-per-task=\(cpusPerTask)", "--chdir=\(workingDirectory)"]
    }

    /// The job array: task I of 1…N runs `clreport run --shard I/N`.
    var arrayScript: String {
        let run = ([executable, "run", "--shard", "${SLURM_ARRAY_TASK_ID}/\(shards)"] + reportArguments + runArguments
            + ["--jobs", "\(cpusPerTask)"])
        let command = run.map { $0.hasPrefix("${SLURM") ? "\"\($0)\"" : Self.quote($0) }.joined(separator: " ")
        var lines = ["#!/bin/sh", "# clreport: \(shards) shard\(shards == 1 ? "" : "s") of the \(profile) profile into the result cache."]
        lines += (header(name: "clreport-\(profile)") + ["--array=1-\(shards)", "--output=\(logs)/clreport-\(profile)-%A_%a.out"])
            .map { "#SBATCH \($0)" }
        lines += ["set -eu", "exec \(command)", "",
                  "# Then render once every shard has succeeded (JOBID = this array's job id):",
                  "# " + renderSubmission(dependency: "JOBID").map(Self.quote).joined(separator: " ")]
        return lines.joined(separator: "\n") + "\n"
    }

    /// The shell command line of the render job.
    var renderCommand: String {
        ([executable, "report"] + (renderOffline ? ["--offline"] : []) + reportArguments + ["--out", out])
            .map(Self.quote).joined(separator: " ")
    }

    /// `sbatch` arguments that submit the render job after array job `dependency` succeeded.
    func renderSubmission(dependency: String) -> [String] {
        ["sbatch", "--parsable"] + header(name: "clreport-\(profile)-render")
            + ["--dependency=afterok:\(dependency)", "--output=\(logs)/clreport-\(profile)-render-%j.out",
               "--wrap", renderCommand]
    }

    /// POSIX single-quoting, unless the word needs none.
    static func quote(_ s: String) -> String {
        let safe = s.unicodeScalars.allSatisfy { "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./=:,+@%".unicodeScalars.contains($0) }
        return safe && !s.isEmpty ? s : "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
