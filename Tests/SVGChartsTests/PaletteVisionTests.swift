import Foundation
import Testing
@testable import SVGCharts

/// The series palette stays distinguishable under a deuteranopia simulation (Machado, Oliveira &
/// Fernandes 2009, severity 1, applied to linear sRGB) and in dark mode, measured as CIELAB ΔE₇₆.
@Suite struct PaletteVisionTests {
    /// Machado 2009 deuteranopia matrix (severity 1.0) on linear RGB.
    static let deuteranopia: [[Double]] = [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413],
                                           [-0.011820, 0.042940, 0.968881]]

    static func rgb(_ hex: String) -> [Double] {
        let v = Int(hex.dropFirst(), radix: 16)!
        return [Double((v >> 16) & 255) / 255, Double((v >> 8) & 255) / 255, Double(v & 255) / 255]
    }

    static func linear(_ c: Double) -> Double { c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }
    static func gamma(_ c: Double) -> Double {
        let c = min(1, max(0, c))
        return c <= 0.0031308 ? 12.92 * c : 1.055 * pow(c, 1 / 2.4) - 0.055
    }

    /// The colour as seen with deuteranopia (back in sRGB, clamped).
    static func simulated(_ c: [Double]) -> [Double] {
        let l = c.map(linear)
        return deuteranopia.map { row in gamma(zip(row, l).reduce(0) { $0 + $1.0 * $1.1 }) }
    }

    static func lab(_ c: [Double]) -> [Double] {
        let l = c.map(linear)
        let x = (0.4124 * l[0] + 0.3576 * l[1] + 0.1805 * l[2]) / 0.95047
        let y = 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2]
        let z = (0.0193 * l[0] + 0.1192 * l[1] + 0.9505 * l[2]) / 1.08883
        func f(_ t: Double) -> Double { t > 0.008856 ? cbrt(t) : 7.787 * t + 16.0 / 116 }
        return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))]
    }

    static func deltaE(_ a: [Double], _ b: [Double]) -> Double {
        let p = lab(a), q = lab(b)
        return sqrt(zip(p, q).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) })
    }

    /// The palette as drawn in light or dark mode (dark-mode replacements applied).
    static func palette(dark: Bool) -> [[Double]] {
        ChartStyle.palette.indices.map { rgb(dark ? ChartStyle.darkPalette[$0] ?? ChartStyle.palette[$0] : ChartStyle.palette[$0]) }
    }

    /// Indices 0…7 without yellow (4), the colours a figure uses before its eighth series.
    static let used = ChartStyle.preferenceOrder.filter { $0 != 4 }

    @Test(arguments: [false, true])
    func colorsOfDifferentFamiliesStayApart(dark: Bool) {
        let p = Self.palette(dark: dark)
        for (i, a) in Self.used.enumerated() {
            for b in Self.used[(i + 1)...] {
                let normal = Self.deltaE(p[a], p[b])
                #expect(normal >= 20, "\(dark ? "dark" : "light"): colours \(a) and \(b) ΔE \(normal)")
                guard StyleTable.family[a] ?? a != StyleTable.family[b] ?? b else { continue }
                let deut = Self.deltaE(Self.simulated(p[a]), Self.simulated(p[b]))
                #expect(deut >= 20, "\(dark ? "dark" : "light"), deuteranopia: colours \(a) and \(b) ΔE \(deut)")
            }
        }
    }

    @Test(arguments: [false, true])
    func everyColorStandsOffTheBackground(dark: Bool) {
        let bg = Self.rgb(dark ? "#1B1B1B" : "#FFFFFF")
        for i in Self.used {
            let c = Self.palette(dark: dark)[i]
            #expect(Self.deltaE(c, bg) >= 35, "colour \(i) on \(dark ? "dark" : "light")")
            #expect(Self.deltaE(Self.simulated(c), Self.simulated(bg)) >= 35, "colour \(i) on \(dark ? "dark" : "light"), deuteranopia")
        }
    }

    /// The pairs the old dark palette collapsed: blue became #4FA3E0, ΔE 8 from sky blue.
    @Test func darkBlueIsNotSkyBlue() {
        let p = Self.palette(dark: true)
        #expect(Self.deltaE(p[5], p[2]) > 40)
        #expect(Self.deltaE(Self.rgb("#4FA3E0"), p[2]) < 10, "the simulation reproduces the old collapse")
    }
}
