import Markup
import Testing

@Suite struct NumberFormatTests {
    @Test func neverPrintsNegativeZero() {
        #expect(NumberFormat.format(-0.0, decimals: 2) == "0.00")
        #expect(NumberFormat.format(-0.0001, decimals: 2) == "0.00")
        #expect(NumberFormat.format(-0.4, decimals: 0) == "0")
        #expect(NumberFormat.trimmed(-0.001, decimals: 2) == "0")
        #expect(NumberFormat.format(-0.006, decimals: 2) == "-0.01")
    }

    @Test func roundsToFixedDecimals() {
        #expect(NumberFormat.format(2.345678, decimals: 3) == "2.346")
        #expect(NumberFormat.format(1234.5678, decimals: 0) == "1235")
        #expect(NumberFormat.format(0.1 + 0.2, decimals: 2) == "0.30")
        #expect(NumberFormat.format(7, decimals: 2) == "7.00")
        #expect(NumberFormat.format(-3.14159, decimals: 1) == "-3.1")
    }

    @Test func spellsOutNonFiniteValues() {
        #expect(NumberFormat.format(.nan, decimals: 2) == "NaN")
        #expect(NumberFormat.format(.infinity, decimals: 2) == "∞")
        #expect(NumberFormat.format(-.infinity, decimals: 2) == "-∞")
        #expect(NumberFormat.compact(.nan) == "NaN")
        #expect(NumberFormat.trimmed(.infinity, decimals: 2) == "∞")
    }

    @Test func trimmedAndCompact() {
        #expect(NumberFormat.trimmed(12.5, decimals: 2) == "12.5")
        #expect(NumberFormat.trimmed(3.0, decimals: 2) == "3")
        #expect(NumberFormat.trimmed(0.126, decimals: 2) == "0.13")
        #expect(NumberFormat.compact(0.012345) == "0.01235" || NumberFormat.compact(0.012345) == "0.01234")
        #expect(NumberFormat.compact(1234.5) == "1235" || NumberFormat.compact(1234.5) == "1234")
        #expect(NumberFormat.compact(0) == "0")
        #expect(NumberFormat.compact(-0.5) == "-0.5")
    }

    @Test func everyFormatterSpellsNonFiniteValuesTheSameWay() {
        let formatters: [(Double) -> String] = [{ NumberFormat.format($0, decimals: 3) }, { NumberFormat.compact($0) },
                                                NumberFormat.short, NumberFormat.shortSigned,
                                                { NumberFormat.signed($0, decimals: 2) }, { NumberFormat.trimmed($0, decimals: 2) }]
        for f in formatters {
            #expect(f(.nan) == "NaN")
            #expect(f(.infinity) == "∞")
            #expect(f(-.infinity) == "-∞")
        }
    }

    @Test func fixedDecimalsNeverPrintMinusZero() {
        #expect(NumberFormat.format(-0.0004, decimals: 3) == "0.000")
        #expect(NumberFormat.format(-0.0006, decimals: 3) == "-0.001")
        #expect(NumberFormat.format(2.5, decimals: 0) == "2")
    }

    @Test func signedAddsPlusToPositiveValuesOnly() {
        #expect(NumberFormat.signed(0.0123, decimals: 2) == "+0.01")
        #expect(NumberFormat.signed(-0.5, decimals: 2) == "-0.50")
        #expect(NumberFormat.signed(0.001, decimals: 2) == "0.00")
        #expect(NumberFormat.shortSigned(0.012) == "+0.012")
        #expect(NumberFormat.shortSigned(-3.1) == "-3.1")
        #expect(NumberFormat.shortSigned(0) == "0")
    }

    @Test func shortKeepsFourSignificantDigits() {
        #expect(NumberFormat.short(0.81234) == "0.8123")
        #expect(NumberFormat.short(123456) == "1.235e+05")
        #expect(NumberFormat.short(0.0001234) == "1.234e-04")
        #expect(NumberFormat.short(-0.00001) == "-1.000e-05")
        #expect(NumberFormat.short(3) == "3")
    }
}
