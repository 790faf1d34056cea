import PackagePlugin

/// The build-tool plugin that gathers a target's figure units: it runs `FigureUnitsTool` on the
/// target's `Figures/*.swift`, which writes one Swift file listing the units (the types there that
/// conform to the target's unit protocol) in file-number order. Applied to `Experiments`
/// (`PaperFigure` → `PaperFigureUnits.all`) and `Reporting` (`ReportFigure` → `ReportFigureUnits.all`).
@main
struct FigureUnits: BuildToolPlugin {
    /// The unit protocol of each target the plugin is applied to.
    static let protocols = ["Experiments": "PaperFigure", "Reporting": "ReportFigure"]

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let module = target as? SourceModuleTarget, let unit = Self.protocols[target.name] else {
            throw PluginError("FigureUnits applies to \(Self.protocols.keys.sorted().joined(separator: " and ")), not to \(target.name)")
        }
        let files = module.sourceFiles(withSuffix: "swift").map(\.url)
            .filter { $0.deletingLastPathComponent().lastPathComponent == "Figures" }
            .sorted { $0.path < $1.path }
        let output = context.pluginWorkDirectoryURL.appending(path: "\(unit)Units.swift")
        return [.buildCommand(displayName: "Gathering the \(unit) units of \(target.name)/Figures",
                              executable: try context.tool(named: "FigureUnitsTool").url,
                              arguments: ["--protocol", unit, "--output", output.path] + files.map(\.path),
                              inputFiles: files, outputFiles: [output])]
    }
}

struct PluginError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
