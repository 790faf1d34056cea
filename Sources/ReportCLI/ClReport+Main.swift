import ArgumentParser
import Foundation

extension ClReport {
    /// Parses the command line and runs it. `CLIError`s print "clreport: <message>" to stderr and exit
    /// with their code (64 for invalid input); everything else goes through ArgumentParser.
    public static func runMain() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as CLIError {
            FileHandle.standardError.write(Data("clreport: \(error.description)\n".utf8))
            Foundation.exit(error.code)
        } catch {
            exit(withError: error)
        }
    }
}
