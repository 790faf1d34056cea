import ArgumentParser
import Reporting
import RunCache

/// `--templates`: the Mustache template folder, declared once for every command that renders
/// (`report` and the commands sharing `ReportOptions`, `verify`, `bench`).
struct TemplateOptions: ParsableArguments {
    @Option(help: "Folder of Mustache templates (default: ./templates).") var templates: String?

    /// The templates of `--templates` (nil: ./templates), or exit 66 naming the folder.
    func templateSet() throws -> TemplateSet {
        let dir = ReportBuilder.templateDirectory(templates)
        guard UserPath.isDirectory(dir) != nil else {
            throw CLIError("template folder \(dir) does not exist; give a folder with report.md (--templates) or run from the clreport checkout", code: ExitStatus.noInput)
        }
        return try TemplateSet(directory: dir)
    }
}
