import ArgumentParser
import Datasets
import Experiments
import Foundation
import Learning
import Reporting

/// The one table from an error to the exit status and message of `clreport` (sysexits; README,
/// "Exit status"). Every command's errors end here (`ClReport.runMain`); commands throw the typed
/// errors of the layers and never pick a code of their own for them.
///
/// 64 usage (a bad option, count, `--set` or configuration-file value), 65 bad data (a corrupt data
/// file or cache source entry, a template error, a document that is not UTF-8), 66 no input (a
/// missing data file, document, `--config`, `--templates` folder or cache source; a run missing
/// with `--offline`), 69 unavailable (a program clreport runs is missing or fails: `sbatch` for
/// `slurm --submit`, `rsvg-convert` for PDF/PNG figures), 73 cannot create (a folder or file in the way, permission, read-only),
/// 74 I/O error (a failed write, e.g. the disk is full). `diff` keeps 0/1/2; `verify` and
/// `cache merge` exit 1 for a difference or a conflict.
enum ExitStatus {
    static let usage: Int32 = 64
    static let dataError: Int32 = 65
    static let noInput: Int32 = 66
    static let unavailable: Int32 = 69
    static let cannotCreate: Int32 = 73
    static let ioError: Int32 = 74

    /// The message (without the "clreport: " prefix) and exit status of `error`.
    static func of(_ error: Error) -> (message: String, code: Int32) {
        switch error {
        case let e as CLIError: return (e.description, e.code)
        case let e as ConfigError: return (e.description, usage)
        case let e as CountLimitError: return (e.description, usage)
        case let e as ValidationError: return (e.message, usage)
        case let e as DatasetError: return (e.description, e.exitCode)
        case let e as ExperimentError: return (e.description, e.exitCode)
        case let e as ReportingError: return (e.description, dataError)
        default:
            // Foundation's file errors (none is expected: the layers throw typed errors).
            let ns = error as NSError
            let posix = ns.domain == NSPOSIXErrorDomain ? Int32(ns.code)
                : (ns.userInfo[NSUnderlyingErrorKey] as? NSError).flatMap { $0.domain == NSPOSIXErrorDomain ? Int32($0.code) : nil }
            switch posix {
            case ENOENT?: return (ns.localizedDescription, noInput)
            case EACCES?, EPERM?, EROFS?, ENOTDIR?, EEXIST?: return (ns.localizedDescription, cannotCreate)
            default: return (ns.localizedDescription, ioError)
            }
        }
    }
}

extension CountLimit {
    /// `check` as a usage error of ArgumentParser's `validate()` (exit 64 with the usage line).
    func validate(_ value: Int) throws {
        do { try check(value) } catch let e as CountLimitError { throw ValidationError(e.description) }
    }
}
