import ArgumentParser
import Datasets
import Foundation
import Learning
import Reporting
import RunCache

/// The one table from an error to the exit status and message of `clreport` (sysexits; README,
/// "Exit status"). Every command's errors end here (`ClReport.runMain`); commands throw the typed
/// errors of the layers and never pick a code of their own for them.
///
/// 64 usage (a bad option, count, `--set` or configuration-file value), 65 bad data (a corrupt data
/// file or cache source entry, a template error, a document that is not UTF-8), 66 no input (a
/// missing data file, document, `--config`, `--templates` folder or cache source; a run missing
/// with `--offline`), 69 unavailable (a program clreport runs is missing or fails: `sbatch` for
/// `slurm --submit`, `rsvg-convert` for PDF/PNG figures), 73 cannot create (a folder or file in the way, permission, read-only),
/// 74 I/O error (a failed write, e.g. the disk is full). Exit status 1 (`difference`) means one
/// thing per command and only in three: `verify` — the folder differs from a re-render; `cache
/// merge` — a key holds a different result in SRC and DIR; `diff` (which keeps 0/1/2) — a claim
/// flipped or a metric changed significantly. No other command exits 1: every `validate()` throws
/// `ValidationError` only (`ValidationError.checking`), since ArgumentParser exits 1 on anything else.
enum ExitStatus {
    /// 1: the one "found a difference" of `verify`, `cache merge` and `diff` (above).
    static let difference: Int32 = 1
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

extension ValidationError {
    /// Runs an argument check (no I/O) whose errors are usage errors, turning each into
    /// ArgumentParser's usage error (64, with the usage line). A `validate()` must throw only
    /// `ValidationError`: ArgumentParser exits 1 on any other error thrown there.
    static func checking<T>(_ check: () throws -> T) throws -> T {
        do {
            return try check()
        } catch let e as ValidationError {
            throw e
        } catch {
            throw ValidationError(ExitStatus.of(error).message)
        }
    }
}

extension CountLimit {
    /// `check` as a usage error of ArgumentParser's `validate()` (exit 64 with the usage line).
    func validate(_ value: Int) throws {
        do { try check(value) } catch let e as CountLimitError { throw ValidationError(e.description) }
    }
}
