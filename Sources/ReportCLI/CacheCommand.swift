import ArgumentParser
import Foundation
import RunCache

/// `clreport cache merge SRC… --into DIR`.
struct CacheCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cache", abstract: "Result-cache maintenance.", subcommands: [Merge.self])

    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "merge",
            abstract: "Merge result-cache folders (e.g. node-local caches) into one.",
            discussion: "Exit status 0 = merged; 1 = some key has a different result in SRC and DIR (reported, DIR left alone); 66 = a SRC is not a cache folder (nothing merged); 73/74 = DIR cannot be created / written (e.g. a full disk: 74).")

        @Argument(help: "Cache folders to merge from.") var sources: [String]
        @Option(help: "Destination cache folder (created if missing).") var into: String

        func run() throws {
            let merger = CacheMerger(into: into)
            var summary = CacheMerger.Summary()
            // Every source is checked before anything is copied (66: not a cache folder), and the
            // destination is probed (73 cannot create, 74 full disk); codes from ExitStatus.
            do {
                for s in sources { try merger.checkSource(s) }
                try ResultCache(directory: into).probeWritable()
                for s in sources { try merger.merge(s, into: &summary) }
            } catch let e as ExperimentError {
                throw ExperimentError("cache merge: \(e.description)", exitCode: e.exitCode)
            }
            for u in summary.unreadable { FileHandle.standardError.write(Data("clreport: cache merge: \(u)\n".utf8)) }
            for c in summary.conflicts { FileHandle.standardError.write(Data("clreport: cache merge: conflict: \(c)\n".utf8)) }
            print("cache merge into \(into): \(summary.copied) copied, \(summary.identical) identical, \(summary.sameResult) same result (other compute time), \(summary.repaired) repaired, \(summary.conflicts.count) conflicts, \(summary.unreadable.count) unreadable skipped")
            if !summary.conflicts.isEmpty { throw ExitCode(ExitStatus.difference) }
        }
    }
}
