import Foundation
import LinearAlgebra

public struct MachineInfo: Codable, Sendable {
    public var cpuModel: String
    public var cores: Int
    public var blasCore: String
    public var blasConfig: String
    /// Why this kernel family (`BLASCoreChoice.reason`); absent in files written before it was recorded.
    public var blasReason: String?

    static var current: MachineInfo {
        var model = "unknown"
        if let text = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
           let line = text.split(separator: "\n").first(where: { $0.hasPrefix("model name") }),
           let colon = line.firstIndex(of: ":") {
            model = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return MachineInfo(cpuModel: model, cores: ProcessInfo.processInfo.activeProcessorCount,
                           blasCore: BLAS.coreName, blasConfig: BLAS.configString, blasReason: BLASCoreChoice.reason)
    }
}
