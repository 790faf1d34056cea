import LinearAlgebra

/// The text `clreport slurm` prints and submits: an sbatch job array of N shard tasks (the runs known
/// up front), with the robustness map a second array of M tasks for its confirmation runs (chosen
/// from the first array's results, so it starts `afterok` on it), and the render job, `afterok` on
/// the last array, rendering `--offline` from the shared cache. A value type, so tests check the
/// exact text.
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
    /// Tasks of the confirmation array (`run --phase confirmation`); 0: no robustness map, no second array.
    var confirmationShards = 0
    /// OpenBLAS kernel family of the submitting machine, exported to every task as
    /// `OPENBLAS_CORETYPE` (the kernel family is part of every cache key); nil: not pinned.
    var blasCore: String? = nil
    /// Why this machine runs that family (`BLASCoreChoice.reasonTag`), exported with it so the tasks'
    /// provenance says the same as a report made here.
    var blasReasonTag: String? = nil

    /// `sbatch` options shared by both jobs, as (option, value).
    private func header(name: String) -> [(String, String)] {
        [("--job-name", name)] + (partition.map { [("--partition", $0)] } ?? []) + (time.map { [("--time", $0)] } ?? [])
            + [("--cpus-per-task", "\(cpusPerTask)"), ("--chdir", workingDirectory)]
            + (blasCore.map { [("--export", "ALL,OPENBLAS_CORETYPE=\($0)" + (blasReasonTag.map { ",\(BLASCoreChoice.reasonVariable)=\($0)" } ?? ""))] } ?? [])
    }

    /// Options as `sbatch` arguments (argv: no quoting).
    private static func arguments(_ options: [(String, String)]) -> [String] { options.map { "\($0.0)=\($0.1)" } }

    /// Options as `#SBATCH` lines, every value quoted (`sbatchQuote`).
    private static func directives(_ options: [(String, String)]) -> [String] {
        options.map { "#SBATCH \($0.0)=\(sbatchQuote($0.1))" }
    }

    /// The job array: task I of 1…N runs `clreport run --shard I/N`.
    var arrayScript: String {
        let run = [executable, "run", "--shard", "${SLURM_ARRAY_TASK_ID}/\(shards)"] + reportArguments + runArguments + ["--jobs", "\(cpusPerTask)"]
        let command = run.map { $0.hasPrefix("${SLURM") ? "\"\($0)\"" : Self.quote($0) }.joined(separator: " ")
        var lines = ["#!/bin/sh", "# clreport: \(shards) shard\(shards == 1 ? "" : "s") of the \(profile) profile into the result cache."]
        lines += Self.directives(header(name: "clreport-\(profile)") + [("--array", "1-\(shards)"), ("--output", "\(logs)/clreport-\(profile)-%A_%a.out")])
        lines += [blasCore.map { "# Every task runs OpenBLAS's \($0) kernels (this machine's): the kernel family is part of each cache key, so the nodes' CPUs must support them." }
                  ?? "# OpenBLAS's kernel family is not pinned (this machine's is unnamed): give every task nodes of one CPU family."]
        lines += ["set -eu", "exec \(command)", ""]
        if let confirm = confirmationSubmission(dependency: "JOBID") {
            lines += ["# Then the robustness map's confirmation runs, chosen from this array's results (JOBID = this array's job id):",
                      "# " + confirm.map(Self.quote).joined(separator: " "),
                      "# and render once they have succeeded (CONFIRMID = the confirmation array's job id):",
                      "# " + renderSubmission(dependency: "CONFIRMID").map(Self.quote).joined(separator: " ")]
        } else {
            lines += ["# Then render once every shard has succeeded (JOBID = this array's job id):",
                      "# " + renderSubmission(dependency: "JOBID").map(Self.quote).joined(separator: " ")]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `sbatch` arguments of the confirmation array (nil without the map): task J of 1…M runs
    /// `clreport run --phase confirmation --shard J/M` after array job `dependency` succeeded.
    func confirmationSubmission(dependency: String) -> [String]? {
        guard confirmationShards > 0 else { return nil }
        let run = [executable, "run", "--phase", "confirmation", "--shard", "${SLURM_ARRAY_TASK_ID}/\(confirmationShards)"]
            + reportArguments + runArguments + ["--jobs", "\(cpusPerTask)"]
        let command = run.map { $0.hasPrefix("${SLURM") ? "\"\($0)\"" : Self.quote($0) }.joined(separator: " ")
        return ["sbatch", "--parsable"] + Self.arguments(header(name: "clreport-\(profile)-confirm"))
            + ["--array=1-\(confirmationShards)", "--dependency=afterok:\(dependency)",
               "--output=\(logs)/clreport-\(profile)-confirm-%A_%a.out", "--wrap", "exec " + command]
    }

    /// The shell command line of the render job: every run is in the cache by then.
    var renderCommand: String {
        ([executable, "report", "--offline"] + reportArguments + ["--out", out]).map(Self.quote).joined(separator: " ")
    }

    /// `sbatch` arguments that submit the render job after job `dependency` (the last array) succeeded.
    func renderSubmission(dependency: String) -> [String] {
        ["sbatch", "--parsable"] + Self.arguments(header(name: "clreport-\(profile)-render"))
            + ["--dependency=afterok:\(dependency)", "--output=\(logs)/clreport-\(profile)-render-%j.out",
               "--wrap", renderCommand]
    }

    /// A value of an `#SBATCH` line, always in double quotes: sbatch splits these lines at blanks,
    /// groups "…" and takes a backslash as an escape (so `\`, `"` and `#` are escaped).
    static func sbatchQuote(_ s: String) -> String {
        var out = "\""
        for c in s {
            if c == "\\" || c == "\"" || c == "#" { out.append("\\") }
            out.append(c)
        }
        return out + "\""
    }

    /// POSIX single-quoting, unless the word needs none.
    static func quote(_ s: String) -> String {
        let safe = s.unicodeScalars.allSatisfy { "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./=:,+@%".unicodeScalars.contains($0) }
        return safe && !s.isEmpty ? s : "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
