import Testing
@testable import Plotting

/// Kerning pairs read from DejaVu Sans' `kern` table, and robustness against malformed font data.
struct FontKerningTests {
    @Test func readsDejaVuSansPairs() {
        // Glyph ids in DejaVu Sans 2.37: T = 55, r = 85, L = 47, o = 82 (kern values -301 and -36 units).
        let kerning = FontKerning.dejaVuSans
        let size = 10 * 100 / 72.0
        #expect(kerning.kerning(55, 85, size: size) == (-301 * size / 2048 * 8).rounded() / 8)
        #expect(kerning.kerning(47, 82, size: size) == -0.25)
        #expect(kerning.kerning(85, 55, size: size) == 0)
        #expect(kerning.kerning(1 << 20, 55, size: size) == 0)
    }

    @Test func malformedFontsHaveNoPairs() {
        let garbage = FontKerning(font: [0, 1, 0, 0, 0, 200] + [UInt8](repeating: 0xFF, count: 40))
        #expect(garbage.kerning(55, 85, size: 14) == 0)
        #expect(FontKerning(font: []).kerning(0, 0, size: 14) == 0)
        #expect(FontKerning(path: "/nonexistent/font.ttf").kerning(55, 85, size: 14) == 0)
    }

    @Test func measuredWidthsIncludeKerning() {
        // matplotlib's Agg width of "Training Loss" at 10 pt, 100 dpi is 91.70 px.
        let width = CairoTextMeasurer().extents(of: "Training Loss", size: 10 * 100 / 72.0).width
        #expect(abs(width - 91.70) < 1)
    }
}
