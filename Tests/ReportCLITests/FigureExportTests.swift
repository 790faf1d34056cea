import Foundation
import Testing
@testable import ReportCLI
@testable import Reporting
import SVGCharts
import TestSupport

/// `clreport figure --format pdf|png`, `embed --image png` and `--version` (issue 25, item 9) on
/// constructed charts: PDF and PNG drawn by the real `rsvg-convert`, checked with poppler's
/// `pdfinfo`/`pdffonts` and the PNG's IHDR chunk. (The same through the quick profile's figures:
/// `ReportEndToEndTests+FigureExport.swift`.)
@Suite struct FigureExportTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Whether `program` is on this process's PATH.
    static func installed(_ program: String) -> Bool {
        (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
            .contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(program)") }
    }
    static let hasRsvg = installed("rsvg-convert")
    static let hasPoppler = installed("pdfinfo") && installed("pdffonts")

    /// A small constructed two-series chart with a non-ASCII title (the font must carry it).
    static let chart = Chart.line(LineChart(
        id: "tiny", title: "Aligned neurons vs ε_min", description: "A constructed chart for the export tests.",
        xAxis: Axis(title: "ε_min", scale: .log10), yAxis: Axis(title: "neurons", min: 0),
        series: [Series(key: "a", label: "NSR = 1", points: [DataPoint(x: 0.1, y: 3, lower: 2, upper: 4), DataPoint(x: 1, y: 8, lower: 7, upper: 9)]),
                 Series(key: "b", label: "NSR = 4", points: [DataPoint(x: 0.1, y: 1), DataPoint(x: 1, y: 5)])],
        bandDescription: "shaded band: ±1 std over 3 seeds"))

    /// Runs `program args` and returns its exit status and standard output.
    static func run(_ program: String, _ args: [String], environment: [String: String]? = nil) throws -> (status: Int32, out: String, err: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: program.hasPrefix("/") ? program : "/usr/bin/env")
        p.arguments = program.hasPrefix("/") ? args : [program] + args
        if let environment { p.environment = environment }
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        try p.run()
        // stderr is small here (a message or nothing); stdout is read to its end first.
        let o = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let e = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        return (p.terminationStatus, o, e)
    }

    /// The value of `key` in pdfinfo's `Key:   value` lines, trimmed.
    static func field(_ key: String, of pdfinfo: String) -> String? {
        pdfinfo.split(separator: "\n").first { $0.hasPrefix(key + ":") }
            .map { $0.dropFirst(key.count + 1).trimmingCharacters(in: .whitespaces) }
    }

    /// Width and height from a PNG file's IHDR chunk (bytes 16–23, big-endian), nil if it is not a PNG.
    static func pngSize(_ path: String) -> (width: Int, height: Int)? {
        guard let d = FileManager.default.contents(atPath: path), d.count >= 24,
              Array(d.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A],
              String(decoding: d[12..<16], as: UTF8.self) == "IHDR" else { return nil }
        func be(_ at: Int) -> Int { d[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (be(16), be(20))
    }

    // MARK: - Sizes

    @Test func svgSizeComesFromWidthHeightElseViewBox() throws {
        #expect(SVGConverter.size(ofSVG: #"<?xml version="1.0"?><svg xmlns="x" viewBox="0 0 720 326" class="svgc">"#)! == (720, 326))
        #expect(SVGConverter.size(ofSVG: #"<svg width="200px" height="100" viewBox="0 0 720 326">"#)! == (200, 100))
        #expect(SVGConverter.size(ofSVG: #"<svg viewBox="0,0,10.5,3">"#)! == (10.5, 3))
        #expect(SVGConverter.size(ofSVG: #"<svg xmlns="x">"#) == nil)
        #expect(SVGConverter.size(ofSVG: #"<svg viewBox="0 0 0 3">"#) == nil)
        let svg = ChartRenderer.standalone(Self.chart)
        let size = try #require(SVGConverter.size(ofSVG: svg))
        #expect(SVGConverter.pngSize(ofSVG: svg, dpi: 96)! == (Int(size.width.rounded()), Int(size.height.rounded())))
        #expect(SVGConverter.pngSize(ofSVG: svg, dpi: 150)! == (Int((size.width * 150 / 96).rounded()), Int((size.height * 150 / 96).rounded())))
        #expect(SVGConverter.pngSize(ofSVG: #"<svg viewBox="0 0 1 1">"#, dpi: 24)! == (1, 1), "at least one pixel")
    }

    // MARK: - PDF and PNG through rsvg-convert

    @Test(.enabled(if: hasRsvg, "rsvg-convert is not installed (Debian librsvg2-bin; make deps installs it)"),
          .enabled(if: hasPoppler, "pdfinfo/pdffonts are not installed (Debian poppler-utils; make deps installs it)"))
    func pdfOpensWithPdfinfoAndEmbedsEveryFont() throws {
        try withTemporaryDirectory(label: "pdf") { dir in
            let svg = ChartRenderer.standalone(Self.chart)
            let path = dir.file("out/tiny.pdf")
            try SVGConverter.locate().write(svg, as: .pdf, dpi: 96, to: path)

            let info = try Self.run("pdfinfo", [path])
            #expect(info.status == 0, "pdfinfo: \(info.err)")
            #expect(Self.field("Pages", of: info.out) == "1", "\(info.out)")
            // One page the SVG's size: px × 72/96 pt.
            let size = try #require(SVGConverter.size(ofSVG: svg))
            let pts = "\(NumberFormatter.pt(size.width * 0.75)) x \(NumberFormatter.pt(size.height * 0.75)) pts"
            #expect(Self.field("Page size", of: info.out) == pts, "expected \(pts) in \(info.out)")

            let fonts = try Self.run("pdffonts", [path])
            #expect(fonts.status == 0, "pdffonts: \(fonts.err)")
            let rows = fonts.out.split(separator: "\n").dropFirst(2)   // header and rule
            #expect(!rows.isEmpty, "the PDF draws its text with fonts, so it must list at least one")
            for row in rows {
                // name type encoding emb sub uni object ID: emb is the 5th column from the end.
                let cols = row.split(separator: " ", omittingEmptySubsequences: true)
                #expect(cols.count >= 7 && cols[cols.count - 5] == "yes", "font not embedded: \(row)")
            }
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir.file("out")) == ["tiny.pdf"], "no scratch file is left")
        }
    }

    @Test(.enabled(if: hasRsvg, "rsvg-convert is not installed (Debian librsvg2-bin; make deps installs it)"))
    func pngHasTheRequestedPixelSize() throws {
        try withTemporaryDirectory(label: "png") { dir in
            let svg = ChartRenderer.standalone(Self.chart)
            let size = try #require(SVGConverter.size(ofSVG: svg))
            let converter = try SVGConverter.locate()
            for dpi in [96, 48, 150] {
                let path = dir.file("tiny-\(dpi).png")
                try converter.write(svg, as: .png, dpi: dpi, to: path)
                let px = try #require(Self.pngSize(path), "not a PNG: \(path)")
                #expect(px.width == Int((size.width * Double(dpi) / 96).rounded()) && px.height == Int((size.height * Double(dpi) / 96).rounded()),
                        "dpi \(dpi): \(px) for an SVG of \(size)")
            }
            #expect(Self.pngSize(dir.file("tiny-96.png"))! == (Int(size.width), Int(size.height)), "96 dpi: one pixel per SVG unit")
        }
    }

    // MARK: - rsvg-convert missing or failing

    @Test func missingRsvgConvertNamesThePackage() throws {
        try withTemporaryDirectory(label: "nopath") { dir in
            do {
                _ = try SVGConverter.locate(searchPath: dir.path + ":" + dir.file("missing"))
                Issue.record("a PATH without rsvg-convert must be an error")
            } catch let e as CLIError {
                #expect(e.code == 69)
                #expect(e.description.hasPrefix("rsvg-convert not found on PATH;"))
                #expect(e.description.contains("install the Debian package librsvg2-bin"))
                #expect(ExitStatus.of(e) == (e.description, 69))
            }
        }
    }

    /// A broken `rsvg-convert` (exit 1 with a message): the error quotes it, exits 69, and leaves
    /// neither the target nor a scratch file.
    @Test func failingRsvgConvertIsQuotedAndLeavesNothing() throws {
        try withTemporaryDirectory(label: "badrsvg") { dir in
            let bin = try dir.folder("bin")
            let fake = bin + "/rsvg-convert"
            try "#!/bin/sh\necho 'Error reading SVG: boom' >&2\nexit 1\n".write(toFile: fake, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake)
            let converter = try SVGConverter.locate(searchPath: bin)
            #expect(converter.executable == fake)
            let out = try dir.folder("out")
            do {
                try converter.write(ChartRenderer.standalone(Self.chart), as: .png, dpi: 96, to: out + "/tiny.png")
                Issue.record("a failing rsvg-convert must be an error")
            } catch let e as CLIError {
                #expect(e.code == 69)
                #expect(e.description == "rsvg-convert failed (status 1) drawing \(out)/tiny.png: Error reading SVG: boom")
            }
            #expect(try FileManager.default.contentsOfDirectory(atPath: out).isEmpty)
        }
    }

    /// The real binary with a PATH that lacks rsvg-convert: exit 69 with the message, before any
    /// run is computed (no cache folder is created).
    @Test func figureCommandWithoutRsvgConvertExits69BeforeComputing() throws {
        let candidates = [URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("clreport").path,
                          Self.root.appendingPathComponent(".build/release/clreport").path]
        guard let binary = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            Issue.record("the clreport binary is not built; run `swift build -c release` (make test does)")
            return
        }
        try withTemporaryDirectory(label: "nopath-cli") { dir in
            for (format, flag) in [("pdf", "--format"), ("png", "--image")] {
                let args = flag == "--format"
                    ? ["figure", "fig2", "--format", format, "--out", dir.file("fig2.pdf")]
                    : ["embed", Self.root.path + "/README.md", "--image", "png", "--out", dir.file("doc.md")]
                var env = ProcessInfo.processInfo.environment
                env["PATH"] = dir.file("no-bin")
                let r = try Self.run(binary, args + ["--profile", "quick", "--quiet", "--cache", dir.file("cache")], environment: env)
                #expect(r.status == 69, "\(args): \(r.err)")
                #expect(r.err.hasPrefix("clreport: rsvg-convert not found on PATH;") && r.err.contains("librsvg2-bin"), "\(r.err)")
            }
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty, "nothing computed or written")
        }
    }

    // MARK: - Usage errors

    @Test func dpiIsValidatedWithItsRange() {
        func expect(_ args: [String], _ message: String, sourceLocation: SourceLocation = #_sourceLocation) {
            let outcome = ClReport.outcome(args)
            #expect(outcome.status == 64, "\(args): \(outcome.message ?? "")", sourceLocation: sourceLocation)
            #expect(outcome.message?.contains(message) == true, "\(outcome.message ?? "(no message)")", sourceLocation: sourceLocation)
        }
        expect(["figure", "fig2", "--format", "png", "--dpi", "0"], "--dpi 0 is out of range; allowed: 24…600")
        expect(["figure", "fig2", "--format", "png", "--dpi", "100000"], "--dpi 100000 is out of range; allowed: 24…600")
        expect(["figure", "fig2", "--format", "pdf", "--dpi", "300"], "--dpi applies to --format png only")
        expect(["figure", "fig2", "--dpi", "300"], "--dpi applies to --format png only")
        expect(["figure", "fig2", "--format", "jpeg"], "'jpeg'")
        expect(["embed", "doc.md", "--image", "png", "--dpi", "10"], "--dpi 10 is out of range; allowed: 24…600")
        expect(["embed", "doc.md", "--dpi", "300"], "--dpi applies to --image png only")
        expect(["embed", "doc.md", "--image", "pdf"], "'pdf'")
    }

    // MARK: - --version

    @Test func versionPrintsTheVersionAndTheSourceTreesCommit() throws {
        #expect(ClReport.outcome(["--version"]).status == 0)
        #expect(ClReport.outcome([]).status == 0, "no arguments still prints the help")
        let text = GitProvenance.versionText(tool: "0.1.0")
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 3 && lines[2].isEmpty, "two lines and a final newline: \(text)")
        #expect(lines[0] == "clreport 0.1.0")
        let commit = try #require(lines[1].split(separator: " ").dropFirst().first.map(String.init), "\(text)")
        #expect(lines[1].hasPrefix("commit "))
        // The test runs in the checkout it was built from: the commit is a real one of it, and the
        // one a report's provenance records there.
        #expect(commit.count == 12 && commit.allSatisfy(\.isHexDigit), "\(text)")
        #expect(try Self.run("git", ["-C", Self.root.path, "cat-file", "-t", commit]).out == "commit\n")
        #expect(commit == GitProvenance.commit(in: Self.root.path))
        #expect(lines[1].contains("in \(Self.root.path), read with git at run time"))
    }

    // MARK: - Embed's figure list

    @Test func figureIDsListsMarkersOnceOutsideFences() throws {
        let md = "a <!-- clreport:figure fig2 --> b <!-- clreport:value x -->\n```\n<!-- clreport:figure fig1 -->\n```\n"
            + "<!-- clreport:figure fig4 -->\n<!--clreport:figure fig2-->\n"
        #expect(try EmbedProcessor.figureIDs(in: md) == ["fig2", "fig4"])
        #expect(try EmbedProcessor.figureIDs(in: "no markers") == [])
        #expect(throws: ReportingError.self) { try EmbedProcessor.figureIDs(in: "<!-- clreport:figure -->") }
    }
}

extension NumberFormatter {
    /// A length in pt as pdfinfo prints it ("540", "244.5"): up to three decimals, no trailing zeros.
    fileprivate static func pt(_ v: Double) -> String {
        var s = String(format: "%.3f", v)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }
}
