import Testing
@testable import Plotting

/// DejaVu Sans found by fontconfig and kerned by FreeType as matplotlib's `FT2Font` kerns it.
struct FreeTypeFontTests {
    /// Glyph ids in DejaVu Sans 2.37: T = 55, r = 85, L = 47, o = 82, a = 68.
    @Test func kernsDejaVuSansPairsOnAnEighthPixelGrid() throws {
        let font = try #require(FreeTypeFont.dejaVuSans)
        #expect(font.file.hasSuffix("DejaVuSans.ttf"))
        // 10 pt at 100 dpi. The `kern` table has -301 units for "Tr" and -36 for "Lo" (2048 per em):
        // -2.04 and -0.24 px, which FreeType grid-fits at 8x horizontal resolution to -2.0 and -0.25.
        let size = 10 * 100 / 72.0
        #expect(font.kerning([55, 85, 47, 82], size: size) == [-2.0, 0, -0.25])
        #expect(font.kerning([85, 55], size: size) == [0])
        #expect(font.kerning([55], size: size).isEmpty)
        // Unknown glyph ids have no pairs rather than failing.
        #expect(font.kerning([1 << 20, 55], size: size) == [0])
    }

    @Test func unknownFamiliesStillResolveToSomeFont() {
        // fontconfig always falls back to an installed font; a name is never an error.
        #expect(FreeTypeFont(family: "No Such Family 12345") != nil)
    }

    @Test func measuredWidthsIncludeKerning() {
        // matplotlib's Agg width of "Training Loss" at 10 pt, 100 dpi is 91.70 px.
        let width = CairoTextMeasurer().extents(of: "Training Loss", size: 10 * 100 / 72.0).width
        #expect(abs(width - 91.70) < 1)
    }
}
