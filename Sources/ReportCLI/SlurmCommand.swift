import ArgumentParser
import Foundation
import LinearAlgebra
import RunCache

/// `clreport slurm`: prints (or, with `--submit`, submits) a Slurm job array computing a report's
/// runs in N shards, with the robustness map a second `afterok` array for its confirmation runs,
/// and the `afterok` job rendering the report `--offline` from the shared cache.
struct SlurmCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "slurm",
        abstract: "Write an sbatch job array (one task per shard), the map's confirmation array and the dependent render job; --submit submits them.")

    @OptionGroup var options: ReportOptions
    @Option(help: "Number of shards (array tasks).") var shards: Int
    @Option(help: "Slurm partition.") var partition: String?
    @Option(help: "Time limit per task, HH:MM:SS (or D-HH:MM:SS).") var time: String?
    @Option(help: "CPUs per task (runs in parallel within a task).") var cpusPerTask: Int = 1
    @Option(help: "Report output folder of the render job.") var out: String = "output/report"
    @Option(help: "Folder for the Slurm log files (created here: Slurm does not create it).") var logs: String = "slurm-logs"
    @Option(help: "The cluster's MaxArraySize (`scontrol show config | grep MaxArraySize`); array indices go up to one less.")
    var maxArray: Int = 1001
    @Option(help: "`clreport bench --json` output to calibrate costs (default: Benchmarks/baseline.json if present).")
    var calibration: String?
    @Flag(help: "Submit the jobs with sbatch and print their job ids.") var submit = false
    @Option(help: "The sbatch command used by --submit (a name looked up on PATH, or a path).") var sbatch: String = "sbatch"

    func validate() throws {
        try CountLimit.maxArray.validate(maxArray)
        guard (1...min(CountLimit.shards.range.upperBound, maxArray - 1)).contains(shards) else {
            throw ValidationError("--shards \(shards) is out of range; allowed: 1…\(min(CountLimit.shards.range.upperBound, maxArray - 1))"
                                  + " (array indices 1…N must stay below --max-array \(maxArray), Slurm's MaxArraySize; the default is 1001)")
        }
        try CountLimit.cpusPerTask.validate(cpusPerTask)
        if let time, !Self.isSlurmTime(time) {
            throw ValidationError("--time \(time): expected HH:MM:SS or D-HH:MM:SS, e.g. --time 02:00:00")
        }
        for (name, value) in [("--partition", partition ?? ""), ("--logs", logs), ("--out", out)]
        where value.contains("\n") || value.contains("\r") {
            throw ValidationError("\(name) \(value.debugDescription) contains a line break, which an #SBATCH line cannot hold")
        }
    }

    func run() throws {
        let script = try makeScript()
        let sbatchPath = submit ? Self.which(sbatch) : nil
        if submit, sbatchPath == nil {
            throw CLIError("--submit: \(sbatch) not found\(sbatch.contains("/") ? "" : " on PATH"); install Slurm's client commands (Debian: slurm-client) or run without --submit and submit the printed script yourself", code: 69)
        }
        // Slurm does not create the folder of --output: without it every task fails unseen.
        do { try UserPath(script.logs, what: "log folder (--logs)").makeDirectories() }
        catch let e as ExperimentError { throw ExperimentError("\(e.description) (the Slurm log folder; choose another with --logs)", exitCode: e.exitCode) }
        guard let sbatchPath else {
            print(script.arrayScript, terminator: "")
            return
        }
        let array = try Self.sbatch(sbatchPath, ["--parsable"], input: script.arrayScript)
        print("array job: \(array)")
        var last = array
        if let confirm = script.confirmationSubmission(dependency: array) {
            last = try Self.sbatch(sbatchPath, Array(confirm.dropFirst()), input: nil)
            print("confirmation job: \(last)")
        }
        let render = try Self.sbatch(sbatchPath, Array(script.renderSubmission(dependency: last).dropFirst()), input: nil)
        print("render job: \(render)")
    }

    func makeScript() throws -> SlurmScript {
        // The working directory is this process's, not an argument (the options are checked in `validate()`).
        let cwd = FileManager.default.currentDirectoryPath
        if cwd.contains("\n") || cwd.contains("\r") {
            throw CLIError("working directory \(cwd.debugDescription) contains a line break, which an #SBATCH line cannot hold")
        }
        let model = try CostCalibration.model(calibration)   // fails early on a bad --calibration
        let workload = try ReportWorkload(options: options, model: model)  // fails early on bad report options
        func abs(_ p: String) -> String { URL(fileURLWithPath: p).standardizedFileURL.path }
        let args = options.passedOn()
        let runArgs = CostCalibration.resolvedPath(calibration).map { ["--calibration", $0] } ?? []
        return SlurmScript(executable: Self.executablePath(), workingDirectory: cwd,
                           profile: options.profile.rawValue, shards: shards, partition: partition, time: time,
                           cpusPerTask: cpusPerTask, logs: abs(logs), reportArguments: args, runArguments: runArgs, out: abs(out),
                           confirmationShards: min(shards, workload.confirmationBound?.runs ?? 0),
                           blasCore: Self.pinnableCore(ResultCache.blasCore), blasReasonTag: BLASCoreChoice.reasonTag)
    }

    /// The OpenBLAS kernel family to pin in every task (`OPENBLAS_CORETYPE`), so tasks on nodes
    /// with other CPUs compute with the same kernels and write the same cache keys as this
    /// machine; nil when OpenBLAS does not name it.
    static func pinnableCore(_ name: String) -> String? {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.lowercased() != "unknown", trimmed.allSatisfy({ $0.isLetter || $0.isNumber }) else { return nil }
        return trimmed
    }

    /// This binary's absolute path (Linux: /proc/self/exe).
    static func executablePath() -> String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
    }

    static func which(_ name: String) -> String? {
        if name.contains("/") { return FileManager.default.isExecutableFile(atPath: name) ? name : nil }
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let p = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: p) { return p }
        }
        return nil
    }

    static func isSlurmTime(_ t: String) -> Bool {
        let parts = t.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count <= 2, parts.count == 1 || Int(parts[0]) != nil else { return false }
        let hms = parts.last!.split(separator: ":", omittingEmptySubsequences: false)
        return hms.count == 3 && hms.allSatisfy { $0.count >= 1 && $0.count <= 2 && Int($0) != nil }
    }

    /// Runs `sbatch ARGS` (script on stdin when given) and returns the job id of `--parsable` output.
    static func sbatch(_ path: String, _ args: [String], input: String?) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: path)
        p.arguments = args
        let out = Pipe(), err = Pipe(), inp = Pipe()
        p.standardOutput = out; p.standardError = err; p.standardInput = inp
        do { try p.run() } catch { throw CLIError("cannot run \(path): \(error.localizedDescription)", code: 69) }
        if let input { inp.fileHandleForWriting.write(Data(input.utf8)) }
        try? inp.fileHandleForWriting.close()
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        let id = stdout.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) } ?? ""
        guard p.terminationStatus == 0, !id.isEmpty, id.allSatisfy(\.isNumber) else {
            throw CLIError("sbatch failed (status \(p.terminationStatus)): \(stderr.trimmingCharacters(in: .whitespacesAndNewlines)); check the cluster with `sinfo`", code: 69)
        }
        return id
    }
}
