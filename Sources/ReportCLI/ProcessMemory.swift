import Foundation
import Learning
import LinearAlgebra

/// VmHWM and VmRSS of this process (kB), from /proc/self/status; getrusage's ru_maxrss as fallback.
struct ProcessMemory {
    var hwmKB: Int
    var rssKB: Int

    static var current: ProcessMemory {
        var hwm = 0, rss = 0
        if let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) {
            for line in text.split(separator: "\n") {
                let parts = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
                guard parts.count >= 2, let v = Int(parts[1]) else { continue }
                if parts[0] == "VmHWM:" { hwm = v } else if parts[0] == "VmRSS:" { rss = v }
            }
        }
        if hwm == 0 {
            var usage = rusage()
            getrusage(RUSAGE_SELF.rawValue, &usage)
            hwm = Int(usage.ru_maxrss)
        }
        return ProcessMemory(hwmKB: hwm, rssKB: rss)
    }
}
