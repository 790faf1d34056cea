import ArgumentParser
import Datasets
import Foundation
import Learning
import LinearAlgebra
import Reporting

extension ClReport {
    /// Parses the command line and runs it. Every error of a command prints "clreport: <message>"
    /// to stderr and exits with the code of the one table, `ExitStatus` (README, "Exit status").
    /// Parse and `validate()` errors go through ArgumentParser (64, with the usage line).
    public static func runMain() {
        // First, before any work: on AVX-512 CPUs, re-execute with the faster OpenBLAS kernel family
        // of this machine's calibration (OPENBLAS_CORETYPE set by the user wins).
        KernelFamilyCalibration.applyForThisCPU()
        switch outcome(nil) {
        case .success: return
        case .argumentParser(let error): exit(withError: error)
        case .failure(let message, let code): fail(message, code)
        }
    }

    /// How a command line ended, before the process exits.
    enum Outcome {
        case success
        /// A parse or `validate()` error (64, with the usage line), `--help` (0), or a command's own
        /// `ExitCode` (diff 0/1/2, verify 1, merge conflict 1): ArgumentParser prints and exits.
        case argumentParser(Error)
        /// Any other error, mapped by `ExitStatus`.
        case failure(message: String, code: Int32)

        /// The exit status the process ends with.
        var status: Int32 {
            switch self {
            case .success: 0
            case .argumentParser(let e): ClReport.exitCode(for: e).rawValue
            case .failure(_, let code): code
            }
        }

        /// The message printed on stderr (nil on success).
        var message: String? {
            switch self {
            case .success: nil
            case .argumentParser(let e): ClReport.message(for: e)
            case .failure(let m, _): m
            }
        }
    }

    /// Parses and runs `arguments` (nil: the process's); every error goes through `ExitStatus`.
    static func outcome(_ arguments: [String]?) -> Outcome {
        var command: ParsableCommand
        do {
            command = try parseAsRoot(arguments)
        } catch {
            // `diff` keeps 0/1/2 (README): its usage errors exit 2, not 64, with the same message.
            if (arguments ?? Array(CommandLine.arguments.dropFirst())).first == DiffCommand.configuration.commandName,
               exitCode(for: error) == .validationFailure {
                let text = fullMessage(for: error)
                return .failure(message: text.hasPrefix("Error: ") ? String(text.dropFirst("Error: ".count)) : text, code: 2)
            }
            // A `validate()` that threw something else than `ValidationError` (ArgumentParser would
            // exit 1, which means "a difference" in this tool): a usage error all the same.
            if exitCode(for: error) == .failure {
                let text = fullMessage(for: error)
                return .failure(message: text.hasPrefix("Error: ") ? String(text.dropFirst("Error: ".count)) : text,
                                code: ExitStatus.usage)
            }
            return .argumentParser(error)
        }
        do {
            try command.run()
            return .success
        } catch let code as ExitCode {
            return .argumentParser(code)
        } catch let clean as CleanExit {
            return .argumentParser(clean)
        } catch where String(reflecting: type(of: error)).hasPrefix("ArgumentParser.") {
            // `clreport --help` and `clreport help X` parse to ArgumentParser's own help command,
            // whose `run()` throws its internal request to print help: ArgumentParser prints it (0).
            return .argumentParser(error)
        } catch {
            let (message, code) = ExitStatus.of(error)
            return .failure(message: message, code: code)
        }
    }

    private static func fail(_ message: String, _ code: Int32) -> Never {
        FileHandle.standardError.write(Data("clreport: \(message)\n".utf8))
        Foundation.exit(code)
    }
}
