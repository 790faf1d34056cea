import Foundation
#if canImport(Glibc)
import Glibc
import RunCache
#endif

/// PDF and PNG copies of a standalone SVG figure, drawn from the same SVG text by librsvg's
/// `rsvg-convert` (Debian package `librsvg2-bin`) run as a subprocess: `clreport figure --format
/// pdf|png` and `clreport embed --image png`.
///
/// - PDF: vector, one page the SVG's size (a 720-unit-wide chart is 720 px × 72/96 = 540 pt wide);
///   cairo embeds a subset of every font it draws with. The charts ask for
///   `system-ui, -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif`; fontconfig resolves
///   Helvetica/Arial to Liberation Sans (`fonts-liberation`, installed by `make deps`), so that is the
///   embedded font on Debian (DejaVu Sans where Liberation is missing).
/// - PNG: `width × dpi/96` by `height × dpi/96` pixels (rounded, at least 1), where width and height
///   are the SVG's size in px (its `width`/`height` attributes, else its `viewBox`): at the default
///   96 dpi one pixel per SVG unit.
///
/// The SVG is handed over and the result taken back through scratch files in the target's folder
/// named like `AtomicFile`'s temporary files (`TemporaryName`, prefix `.clreport-tmp.`), removed on
/// every path (a killed conversion's leftovers are removed by the next write into that folder);
/// the target itself is written with `AtomicFile`, so it is never half-written. The conversion
/// inherits the environment: with `SOURCE_DATE_EPOCH` set, the PDF's creation date is that time
/// and the PDF is byte-identical from run to run.
struct SVGConverter {
    /// The program and the Debian package that provides it.
    static let program = "rsvg-convert"
    static let package = "librsvg2-bin"

    /// The output formats it draws.
    enum Format: String { case pdf, png }

    /// Absolute path of `rsvg-convert`.
    let executable: String

    /// Finds `rsvg-convert` on `searchPath` (a `PATH`-style list; default: this process's `PATH`).
    ///
    /// - Throws: `CLIError` with exit status 69 (EX_UNAVAILABLE) naming the program and its package.
    static func locate(searchPath: String? = ProcessInfo.processInfo.environment["PATH"]) throws -> SVGConverter {
        for dir in (searchPath ?? "").split(separator: ":", omittingEmptySubsequences: true) {
            let candidate = "\(dir)/\(program)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return SVGConverter(executable: candidate) }
        }
        throw CLIError(
            "\(program) not found on PATH; PDF and PNG figures are drawn by librsvg's \(program): install the "
                + "Debian package \(package) (`sudo apt-get install \(package)`, or `make deps`), or write SVG with --format svg",
            code: ExitStatus.unavailable)
    }

    /// The SVG's size in px: the root element's `width` and `height` (unitless or `px`) when both
    /// are given, else the last two numbers of its `viewBox`; nil when neither is there.
    static func size(ofSVG svg: String) -> (width: Double, height: Double)? {
        guard let open = svg.range(of: "<svg"), let close = svg[open.upperBound...].firstIndex(of: ">") else { return nil }
        let tag = svg[open.upperBound..<close]
        func attribute(_ name: String) -> String? {
            guard let r = tag.range(of: " \(name)=\"") else { return nil }
            guard let end = tag[r.upperBound...].firstIndex(of: "\"") else { return nil }
            return String(tag[r.upperBound..<end])
        }
        func pixels(_ text: String?) -> Double? {
            guard var t = text?.trimmingCharacters(in: .whitespaces) else { return nil }
            if t.hasSuffix("px") { t.removeLast(2) }
            guard let v = Double(t), v.isFinite, v > 0 else { return nil }
            return v
        }
        if let w = pixels(attribute("width")), let h = pixels(attribute("height")) { return (w, h) }
        let box = (attribute("viewBox") ?? "").split(whereSeparator: { $0 == " " || $0 == "," }).compactMap { Double($0) }
        guard box.count == 4, box[2].isFinite, box[3].isFinite, box[2] > 0, box[3] > 0 else { return nil }
        return (box[2], box[3])
    }

    /// The PNG's size in pixels at `dpi`: the SVG's px size × dpi/96, rounded, at least 1.
    static func pngSize(ofSVG svg: String, dpi: Int) -> (width: Int, height: Int)? {
        guard let s = size(ofSVG: svg) else { return nil }
        let scale = Double(dpi) / 96
        return (max(1, Int((s.width * scale).rounded())), max(1, Int((s.height * scale).rounded())))
    }

    /// Draws `svg` as `format` and writes it to `path` atomically. `dpi` only matters for PNG.
    ///
    /// - Throws: `CLIError` 69 when `rsvg-convert` cannot be run or fails (its message quoted),
    ///   65 for an SVG without a size, and `AtomicFile`'s errors (73/74) for the scratch files and
    ///   the target.
    func write(_ svg: String, as format: Format, dpi: Int, to path: String) throws {
        let target = try UserPath(path, what: "output file")
        let folder = target.parent
        try folder.makeDirectories(for: target.path)
        var arguments = ["--format", format.rawValue]
        if format == .png {
            guard let px = Self.pngSize(ofSVG: svg, dpi: dpi) else {
                throw CLIError("\(path): the SVG has no width/height or viewBox, so its PNG size is unknown", code: ExitStatus.dataError)
            }
            arguments += ["--width", String(px.width), "--height", String(px.height)]
        }
        let input = folder.appending(TemporaryName.make(for: target.lastComponent + ".svg")).path
        let output = folder.appending(TemporaryName.make(for: target.lastComponent)).path
        defer {
            unlink(input)
            unlink(output)
        }
        try AtomicFile.write(svg, to: URL(fileURLWithPath: input))
        try run(arguments + ["--output", output, input], for: path)
        guard let bytes = FileManager.default.contents(atPath: output), !bytes.isEmpty else {
            throw CLIError("\(Self.program) wrote nothing for \(path); run `\(executable) --version` to check the installation", code: ExitStatus.unavailable)
        }
        try AtomicFile.write(bytes, to: URL(fileURLWithPath: target.path))
    }

    /// Runs `rsvg-convert ARGS`; its standard error is kept for the message of a failure.
    private func run(_ arguments: [String], for path: String) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable)
        p.arguments = arguments
        let err = Pipe()
        p.standardInput = FileHandle.nullDevice
        p.standardOutput = FileHandle.nullDevice
        p.standardError = err
        do { try p.run() } catch {
            throw CLIError("cannot run \(executable): \(error.localizedDescription); reinstall \(Self.package)", code: ExitStatus.unavailable)
        }
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        p.waitUntilExit()
        guard p.terminationReason == .exit, p.terminationStatus == 0 else {
            let how = p.terminationReason == .exit ? "status \(p.terminationStatus)" : "signal \(p.terminationStatus)"
            throw CLIError("\(Self.program) failed (\(how)) drawing \(path)\(message.isEmpty ? "" : ": \(message)")", code: ExitStatus.unavailable)
        }
    }
}
