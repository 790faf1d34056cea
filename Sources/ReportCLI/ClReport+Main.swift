import ArgumentParser
import Datasets
import Experiments
import Foundation
import Learning
import LinearAlgebra
import Reporting

extension ClReport {
    /// Parses the command line and runs it. `CLIError`s and the typed errors of the layers print
    /// "clreport: <message>" to stderr and exit with a sysexits code (README, "Exit status"):
    /// 64 usage (bad option or configuration value), 65 bad data (corrupt data file, template
    /// error), 66 no input (missing data file, run missing with --offline), 73 cannot create (an
    /// output or cache folder), 74 I/O error (a failed write, e.g. a full disk). `diff` keeps its
    /// own 0/1/2. Everything else goes through ArgumentParser.
    public static func runMain() {
        // First, before any work: on AVX-512 CPUs that OpenBLAS 0.3.21 does not know, re-execute with
        // its SkylakeX kernels (BLASCoreChoice; OPENBLAS_CORETYPE set by the user wins).
        BLASCoreChoice.applyForThisCPU()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as CLIError {
            fail(error.description, error.code)
        } catch let error as ConfigError {
            fail(error.description, 64)
        } catch let error as DatasetError {
            fail(error.description, error.exitCode)
        } catch let error as ExperimentError {
            fail(error.description, error.exitCode)
        } catch let error as ReportingError {
            fail(error.description, 65)
        } catch {
            exit(withError: error)
        }
    }

    private static func fail(_ message: String, _ code: Int32) -> Never {
        FileHandle.standardError.write(Data("clreport: \(message)\n".utf8))
        Foundation.exit(code)
    }
}
