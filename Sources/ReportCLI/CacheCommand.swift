import ArgumentParser
import Experiments
import Foundation

/// `clreport cache merge SRC… --into DIR`.
struct CacheCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cache", abstract: "Result-cache maintenance.", subcommands: [Merge.self])

    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "merge",
            abstract: "Merge result-cache folders (e.g. node-local caches) into one.",
            discussion: "Exit status 0 = merged; 1 = some key has a different result in SRC and DIR (reported, DIR left alone).")

        @Argument(help: "Cache folders to merge from.") var sources: [String]
        @Option(help: "Destination cache folder (created if missing).") var into: String

        func run() throws {
            guard !sources.isEmpty else { throw CLIError("cache merge: give at least one source folder: clreport cache merge SRC… --into DIR") }
            for s in sources where !FileManager.default.fileExists(atPath: s) {
                throw CLIError("cache merge: source \(s) does not exist; give cache folders (with runs/)", code: 66)
            }
            let merger = CacheMerger(into: into)
            var summary = CacheMerger.Summary()
            do { for s in sources { try merger.merge(s, into: &summary) } }
            catch let e as ExperimentError { throw CLIError("cache merge: \(e.description)", code: 73) }
            for u in summary.unreadable { FileHandle.standardError.write(Data("clreport: cache merge: \(u)\n".utf8)) }
            for c in summary.conflicts { FileHandle.standardError.write(Data("clreport: cache merge: conflict: \(c)\n".utf8)) }
            print("cache merge into \(into): \(summary.copied) copied, \(summary.identical) identical, \(summary.sameResult) same result (other compute time), \(summary.repaired) repaired, \(summary.conflicts.count) conflicts, \(summary.unreadable.count) unreadable skipped")
            if !summary.conflicts.isEmpty { throw ExitCode(1) }
        }
    }
}
