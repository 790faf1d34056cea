import ArgumentParser

/// The file format of `clreport figure --format`: the SVG itself, or a PDF or PNG drawn from it by
/// `rsvg-convert` (`SVGConverter`).
enum FigureFormat: String, CaseIterable, ExpressibleByArgument {
    case svg, pdf, png

    /// `--dpi` when not given: 96, CSS's px per inch, so a PNG has one pixel per SVG unit.
    static let defaultDPI = 96

    /// The format `SVGConverter` draws, nil for SVG (written as it is).
    var converterFormat: SVGConverter.Format? {
        switch self {
        case .svg: nil
        case .pdf: .pdf
        case .png: .png
        }
    }
}
