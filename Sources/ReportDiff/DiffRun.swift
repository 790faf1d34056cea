import Foundation
import Reporting

/// Everything `clreport diff` does, minus argument parsing: read both runs, compare, format,
/// render the page. ``DiffCommand`` only maps the result to stdout, `DIR/index.html` and the exit status.
public struct DiffRun: Sendable {
    /// What goes to stdout, in the chosen format.
    public var output: String
    /// The HTML page (`DIR/index.html`).
    public var page: String
    public var diff: ReportDiff
    /// 0 no significant change, 1 a reason under `--fail-on` (status 2 is a thrown ``DiffInputError``).
    public var status: Int32

    /// Compares two report folders (or `results.json` files).
    ///
    /// - Throws: ``DiffInputError`` naming the unreadable file (exit status 2).
    public static func run(_ pathA: String, _ pathB: String, format: DiffFormat = .text, all: Bool = false,
                           failOn: DiffFailOn = .significant) throws -> DiffRun {
        let a = try DiffInput.load(pathA, label: "A")
        let b = try DiffInput.load(pathB, label: "B")
        return run(a, b, format: format, all: all, failOn: failOn)
    }

    /// Compares two loaded runs.
    public static func run(_ a: DiffInput, _ b: DiffInput, format: DiffFormat = .text, all: Bool = false,
                           failOn: DiffFailOn = .significant) -> DiffRun {
        var d = ReportDiff.compare(a, b)
        let figures = DiffFigures.overlays(a, b)
        d.notes += figures.notes
        return DiffRun(output: DiffFormatter.format(d, as: format, all: all, failOn: failOn),
                       page: DiffPage.render(d, figures: figures.figures, all: all, failOn: failOn),
                       diff: d, status: d.exitStatus(failOn: failOn))
    }
}
