import Foundation
import Testing
@testable import Reporting
import TestSupport

extension TemporaryDirectory {
    /// A fresh temporary directory holding the given files; removed by `remove()`.
    init(files: [String: String]) throws {
        try self.init(label: "reporting-tests")
        do {
            for (name, text) in files { try Data(text.utf8).write(to: url.appendingPathComponent(name)) }
        } catch {
            remove()
            throw error
        }
    }
}

@Suite struct TemplateSetTests {
    @Test func variablesSectionsAndPartialsFromADirectory() throws {
        let dir = try TemporaryDirectory(files: [
            "report.md": """
            # {{title}}

            {{#claims}}
            {{> claim-badge}}
            {{/claims}}
            {{^claims}}
            No claims.
            {{/claims}}
            """,
            "claim-badge.md": "- {{name}}: {{{badge}}}\n",
            "notes.txt": "not a template {{",
        ])
        defer { dir.remove() }
        let templates = try TemplateSet(directory: dir.path)
        #expect(templates.names == ["claim-badge", "report"])

        let context: [String: Any] = [
            "title": "Results",
            "claims": [
                ["name": "sparsity", "badge": "CLREPORTBLOCK0001X"],
                ["name": "accuracy", "badge": "CLREPORTBLOCK0002X"],
            ],
        ]
        #expect(try templates.render("report", context: context) == """
        # Results

        - sparsity: CLREPORTBLOCK0001X
        - accuracy: CLREPORTBLOCK0002X

        """)
        #expect(try templates.render("report", context: ["title": "Empty", "claims": [Any]()]) == """
        # Empty

        No claims.

        """)
    }

    @Test func variablesAreInsertedAsTextAndTripleMustacheAsMarkdown() throws {
        let templates = try TemplateSet(templates: ["t": "{{v}} | {{{v}}}"])
        let markdown = try templates.render("t", context: ["v": "a_b *c* <d> & [e]"])
        #expect(markdown == #"a\_b \*c\* \<d\> \& \[e\] | a_b *c* <d> & [e]"#)
        let html = MarkdownRenderer.html(fromMarkdown: markdown)
        #expect(html == "<p>a_b *c* &lt;d&gt; &amp; [e] | a_b <em>c</em> <!-- raw HTML omitted --> &amp; [e]</p>\n")
    }

    @Test func numbersAndBoolsRender() throws {
        let templates = try TemplateSet(templates: ["t": "{{n}} {{x}}{{#ok}} yes{{/ok}}"])
        #expect(try templates.render("t", context: ["n": 3, "x": 0.5, "ok": true]) == "3 0.5 yes")
    }

    @Test func unclosedSectionNamesFileAndLine() throws {
        let dir = try TemporaryDirectory(files: [
            "report.md": "# Report\n\n{{#claims}}\n- {{name}}\n",
        ])
        defer { dir.remove() }
        #expect(throws: ReportingError(
            "\(dir.path)/report.md:3:1: section 'claims' is never closed; add {{/claims}} where it should end")) {
            try TemplateSet(directory: dir.path)
        }
    }

    @Test func mismatchedCloseNamesFileLineAndColumn() throws {
        let dir = try TemporaryDirectory(files: [
            "ok.md": "fine\n",
            "report.md": "# Report\n{{#a}}\nx\n    {{/b}}\n",
        ])
        defer { dir.remove() }
        #expect(throws: ReportingError(
            "\(dir.path)/report.md:4:5: {{/b}} does not match the open section 'a' (opened at line 2); "
            + "close it with {{/a}} first")) {
            try TemplateSet(directory: dir.path + "/")
        }
    }

    @Test func otherSyntaxErrorsUseTheParsersLocation() {
        #expect(throws: ReportingError(
            "report:2:1: unknown pragma; only CONTENT_TYPE (MARKDOWN, TEXT or HTML) is supported")) {
            try TemplateSet(templates: ["report": "line one\n{{% FOO: BAR}}\n"])
        }
    }

    @Test func errorsOnTheFirstLineAreNotShiftedByThePrelude() {
        #expect(throws: ReportingError(
            "t:1:3: malformed tag; names may use letters, digits and . - _ ? ( ) *, and the tag must end with }}")) {
            try TemplateSet(templates: ["t": "x {{a b}}\n"])
        }
        #expect(throws: ReportingError("t:1:1: {{/a}} closes a section that was never opened; remove it or add {{#a}} before it")) {
            try TemplateSet(templates: ["t": "{{/a}}"])
        }
    }

    @Test func standaloneTagsOnTheFirstLineLeaveNoBlankLine() throws {
        let templates = try TemplateSet(templates: ["t": "{{#a}}\nx\n{{/a}}\ny\n"])
        #expect(try templates.render("t", context: ["a": true]) == "x\ny\n")
        #expect(try templates.render("t", context: [:]) == "y\n")
    }

    @Test func missingPartialIsReportedAtLoadTime() {
        #expect(throws: ReportingError(
            "report:2:3: partial 'claim-badg' not found; known templates: claim-badge, report "
            + "(a partial {{> name}} is the file name.md without its extension)")) {
            try TemplateSet(templates: ["report": "x\n  {{> claim-badg}}\n", "claim-badge": "b"])
        }
    }

    @Test func missingDirectory() {
        #expect(throws: ReportingError(
            "template directory '/nonexistent/clreport/templates' does not exist; create it with a report.md "
            + "(Mustache + Markdown) or point clreport at an existing template directory")) {
            try TemplateSet(directory: "/nonexistent/clreport/templates")
        }
    }

    @Test func directoryWithoutTemplates() throws {
        let dir = try TemporaryDirectory(files: ["readme.txt": "hi"])
        defer { dir.remove() }
        #expect(throws: ReportingError(
            "template directory '\(dir.path)' has no templates; add a report.md "
            + "(templates are Mustache + Markdown files named <name>.md)")) {
            try TemplateSet(directory: dir.path)
        }
    }

    @Test func unknownTemplateNameListsKnownOnes() throws {
        let templates = try TemplateSet(templates: ["report": "r", "appendix": "a"])
        #expect(throws: ReportingError("no template named 'reprot'; known templates: appendix, report")) {
            try templates.render("reprot", context: [:])
        }
    }

    @Test func renderingIsDeterministic() throws {
        let templates = try TemplateSet(templates: ["t": "{{#rows}}{{k}}={{v}};{{/rows}}"])
        let context: [String: Any] = ["rows": (0..<50).map { ["k": "k\($0)", "v": $0] }]
        let first = try templates.render("t", context: context)
        #expect(try templates.render("t", context: context) == first)
        #expect(first.hasPrefix("k0=0;k1=1;"))
    }
}
