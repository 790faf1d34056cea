@testable import FigureUnitsTool
import Foundation
import TestSupport
import Testing

/// The tool of the `FigureUnits` plugin: which declarations are units, their order, and the build
/// failure for a unit file that declares no unit or two.
@Suite struct FigureUnitsToolTests {
    @Test func unitsAreTopLevelConformances() {
        let source = #"""
            let first = 1
            // struct Commented: PaperFigure {}
            /* struct Block: PaperFigure { /* nested */ } */
            let text = "struct InString: PaperFigure {"
            let interpolated = "\(f("struct Inner: PaperFigure {"))"
            let multi = """
                struct InMultiLine: PaperFigure {
                """
            public struct Figure10: Equatable,
                                    PaperFigure {
                struct Nested: PaperFigure {}
                func f() -> String { "}" }
            }
            extension Other: Experiments.PaperFigure where T: Sendable {}
            struct NotAUnit: PaperFigureLike {}
            protocol Sub: PaperFigure {}
            """#
        let found = FigureUnitsTool.conformances(in: source, to: "PaperFigure")
        #expect(found.map(\.type) == ["Figure10", "Other"])
        #expect(found.map(\.line) == [9, 14])
    }

    @Test func filesAreInNumberOrder() {
        let files = ["F/RobustnessFigure.swift", "F/Figure10.swift", "F/Figure9.swift", "F/Figure1.swift"]
        #expect(files.sorted { FigureUnitsTool.order($0) < FigureUnitsTool.order($1) }
            == ["F/Figure1.swift", "F/Figure9.swift", "F/Figure10.swift", "F/RobustnessFigure.swift"])
    }

    @Test func theListIsWrittenAndAFileWithoutOneUnitFails() throws {
        try withTemporaryDirectory { dir in
            try "struct Figure2: PaperFigure { let figure = FigureID.fig2 }\n".write(toFile: dir.file("Figure2.swift"), atomically: true, encoding: .utf8)
            try "struct Figure10: PaperFigure {}\n".write(toFile: dir.file("Figure10.swift"), atomically: true, encoding: .utf8)
            try FigureUnitsTool.run(["--protocol", "PaperFigure", "--output", dir.file("out.swift"), dir.file("Figure10.swift"), dir.file("Figure2.swift")])
            let out = try String(contentsOfFile: dir.file("out.swift"), encoding: .utf8)
            #expect(out.contains("enum PaperFigureUnits {\n    static let all: [any PaperFigure] = [\n        Figure2(),  // Figures/Figure2.swift\n        Figure10(),  // Figures/Figure10.swift\n    ]\n}\n"))

            try "// Figure 11\nstruct Helper {}\n".write(toFile: dir.file("Figure11.swift"), atomically: true, encoding: .utf8)
            try "struct A: PaperFigure {}\n\nstruct B: PaperFigure {}\n".write(toFile: dir.file("Figure12.swift"), atomically: true, encoding: .utf8)
            #expect {
                try FigureUnitsTool.run(["--protocol", "PaperFigure", "--output", dir.file("out.swift"), dir.file("Figure11.swift"), dir.file("Figure12.swift")])
            } throws: { error in
                "\(error)" == dir.file("Figure11.swift") + ":1: error: declares no PaperFigure (every file in Figures/ is one figure unit: `struct FigureN: PaperFigure`)\n"
                    + dir.file("Figure12.swift") + ":3: error: declares 2 PaperFigure units (A, B); a file in Figures/ is one unit"
            }
        }
    }
}
