import Foundation
import LinearAlgebra
import RunCache

/// Chooses OpenBLAS's kernel family by measurement, not by assumption: on a CPU with AVX-512 and no
/// `OPENBLAS_CORETYPE` set, each candidate family (`BLASCoreChoice.candidates`) runs a short
/// single-thread SGEMM in a child process (OpenBLAS reads the variable only when it loads), twice,
/// alternating; the family with the higher best rate wins and the program re-executes itself with
/// it. The result is cached per CPU model and OpenBLAS build in
/// `${XDG_CACHE_HOME:-~/.cache}/clreport/`, so a machine decides once and its runs keep one cache
/// key. `OPENBLAS_CORETYPE=…` chooses yourself; `CLREPORT_BLAS_CALIBRATION=off` keeps OpenBLAS's own
/// choice. Without AVX-512 there is nothing to choose.
enum KernelFamilyCalibration {
    /// The argument that makes `clreport` measure SGEMM with its loaded kernels and exit.
    static let childArgument = "--calibrate-blas-kernels"
    static let switchVariable = "CLREPORT_BLAS_CALIBRATION"
    /// n of the n × n × n SGEMM timed, and trials per child (best rate by thread CPU time).
    static let size = 384, trials = 40

    /// One machine's calibration, as cached.
    struct Record: Codable, Equatable {
        var cpu: String
        var openBLAS: String
        /// Best SGEMM rate per family, GFLOP/s of thread CPU time.
        var gflops: [String: Double]
        var choice: String
    }

    /// The first call of `ClReport.runMain`: answers a calibration child, or re-executes with the
    /// chosen family (does not return then), or returns with the kernels OpenBLAS loaded.
    static func applyForThisCPU() {
        let args = CommandLine.arguments
        if args.count == 2, args[1] == childArgument { childMain() }
        guard BLASCoreChoice.pinned == nil, BLASCoreChoice.cpuHasAVX512,
              ProcessInfo.processInfo.environment[switchVariable] != "off",
              let record = cached() ?? calibrate() else { return }
        BLASCoreChoice.reexec(core: record.choice, reason: "calibration")
    }

    /// Prints "<core name> <GFLOP/s>" for the kernels this process loaded and exits.
    static func childMain() -> Never {
        BLAS.setThreads(1)
        let peak = Benchmark.peakSGEMM(size: size, trials: trials)
        print("\(BLAS.coreName) \(peak.cpuGflops)")
        exit(0)
    }

    static var cacheFile: URL {
        let env = ProcessInfo.processInfo.environment
        let base = env["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? ((env["HOME"] ?? NSHomeDirectory()) + "/.cache")
        let machine = MachineInfo.current
        return URL(fileURLWithPath: base + "/clreport/blas-kernels-" + StableHash.hex(machine.cpuModel + "|" + machine.blasConfig).prefix(16) + ".json")
    }

    /// This machine's earlier calibration, when it is readable and names a candidate.
    static func cached() -> Record? {
        guard let data = try? Data(contentsOf: cacheFile), let r = try? JSONDecoder().decode(Record.self, from: data),
              BLASCoreChoice.candidates.contains(r.choice) else { return nil }
        return r
    }

    /// Measures every candidate (nil if none could be measured), caches and reports the choice.
    static func calibrate() -> Record? {
        var best: [String: Double] = [:]
        for _ in 0..<2 {
            for core in BLASCoreChoice.candidates {
                if let rate = measure(core) { best[core] = max(best[core] ?? 0, rate) }
            }
        }
        guard let choice = best.max(by: { $0.value < $1.value })?.key else { return nil }
        let machine = MachineInfo.current
        let record = Record(cpu: machine.cpuModel, openBLAS: machine.blasConfig, gflops: best, choice: choice)
        let file = cacheFile
        var stored = "cached in \(file.path)"
        do {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            let e = JSONEncoder()
            e.outputFormatting = [.prettyPrinted, .sortedKeys]
            try AtomicFile.write(try e.encode(record), to: file)
        } catch { stored = "not cached: \(error.localizedDescription)" }
        let rates = best.sorted { $0.key < $1.key }.map { "\($0.key) \(String(format: "%.1f", $0.value))" }.joined(separator: ", ")
        FileHandle.standardError.write(Data("clreport: OpenBLAS kernel family by calibration on this CPU (SGEMM GFLOP/s, one thread): \(rates) → \(choice) (\(stored); OPENBLAS_CORETYPE=… or \(switchVariable)=off to choose otherwise)\n".utf8))
        return record
    }

    /// One child's rate with `core`'s kernels, or nil when it failed or OpenBLAS loaded another family.
    static func measure(_ core: String) -> Double? {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/proc/self/exe")
        p.arguments = [childArgument]
        var env = ProcessInfo.processInfo.environment
        env["OPENBLAS_CORETYPE"] = core
        p.environment = env
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        do { try p.run() } catch { return nil }
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        let words = text.split(whereSeparator: \.isWhitespace)
        guard p.terminationStatus == 0, words.count == 2, words[0].lowercased() == core.lowercased(),
              let rate = Double(words[1]), rate.isFinite, rate > 0 else { return nil }
        return rate
    }
}
