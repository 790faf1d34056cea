import Foundation
import LinearAlgebra
import Testing
@testable import ReportCLI
import TestSupport

/// The OpenBLAS kernel family is chosen by measurement on the real binary: on an AVX-512 CPU with
/// no OPENBLAS_CORETYPE, the first run calibrates and caches its choice, later runs reuse it; a set
/// OPENBLAS_CORETYPE (or no AVX-512) means no calibration at all.
@Suite(.serialized, .temporaryDirectory(label: "kernels")) struct KernelFamilyCalibrationTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let binary: String? = [URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("clreport").path,
                                  root.appendingPathComponent(".build/release/clreport").path]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Runs a cheap command (`plan`) with `env` changes; returns its stderr.
    func run(_ changes: [String: String?]) throws -> String {
        let binary = try #require(Self.binary, "the clreport binary is not built (make test builds it)")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary)
        p.arguments = ["plan", "--profile", "quick", "--no-long-tail", "--no-readings", "--cache", TemporaryDirectory.current.path + "/cache"]
        var env = ProcessInfo.processInfo.environment
        for (k, v) in changes { env[k] = v }
        p.environment = env
        let err = Pipe()
        p.standardError = err
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "\(text)")
        return text
    }

    func records(_ dir: String) -> [KernelFamilyCalibration.Record] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: dir + "/clreport")) ?? []
        return files.compactMap { try? JSONDecoder().decode(KernelFamilyCalibration.Record.self, from: Data(contentsOf: URL(fileURLWithPath: dir + "/clreport/" + $0))) }
    }

    @Test func calibratesOnceAndCachesTheFasterFamily() throws {
        let dir = try TemporaryDirectory.current.folder()
        let unset: [String: String?] = ["XDG_CACHE_HOME": dir, "OPENBLAS_CORETYPE": nil, BLASCoreChoice.reasonVariable: nil,
                                        KernelFamilyCalibration.switchVariable: nil]
        let first = try run(unset)
        guard BLASCoreChoice.cpuHasAVX512 else {
            #expect(records(dir).isEmpty && !first.contains("calibration"), "no AVX-512: nothing to choose")
            return
        }
        let record = try #require(records(dir).first, "no cached calibration after the first run: \(first)")
        #expect(Set(record.gflops.keys) == Set(BLASCoreChoice.candidates))
        #expect(record.choice == record.gflops.max { $0.value < $1.value }?.key)
        #expect(first.contains("OpenBLAS kernel family by calibration on this CPU") && first.contains("→ \(record.choice)"))
        // The second run reuses the cached choice: no new measurement.
        let second = try run(unset)
        #expect(!second.contains("by calibration"), "\(second)")
        #expect(records(dir) == [record])
    }

    @Test func aSetCoreTypeOrSwitchingItOffMeansNoCalibration() throws {
        for changes: [String: String?] in [["OPENBLAS_CORETYPE": "Haswell"], ["OPENBLAS_CORETYPE": nil, KernelFamilyCalibration.switchVariable: "off"]] {
            let dir = try TemporaryDirectory.current.folder()
            let stderr = try run(changes.merging(["XDG_CACHE_HOME": dir, BLASCoreChoice.reasonVariable: nil]) { a, _ in a })
            #expect(records(dir).isEmpty && !stderr.contains("calibration"), "\(changes): \(stderr)")
        }
    }
}
