import Testing
@testable import Execution

@Suite struct PixelComparisonTests {
    /// `count` RGBA pixels of one colour.
    private func image(_ pixel: [UInt8], count: Int) -> [UInt8] {
        Array([[UInt8]](repeating: pixel, count: count).joined())
    }

    @Test func identicalImagesHaveNoDifferingPixels() {
        let a = image([10, 20, 30, 255], count: 16)
        #expect(PixelComparison.countDifferingPixels(a, a, threshold: 0) == 0)
    }

    @Test func thresholdDecidesWhetherASmallChangeCounts() {
        var a = image([255, 255, 255, 255], count: 4)
        var b = a
        b[0] = 250  // one pixel slightly less red
        #expect(PixelComparison.countDifferingPixels(a, b, threshold: 0) == 1)
        #expect(PixelComparison.countDifferingPixels(a, b, threshold: 0.1) == 0)
        a[4...7] = [0, 0, 0, 255]  // black against white: a distance of 0.97 (pixelmatch scales by a larger maximum)
        #expect(PixelComparison.countDifferingPixels(a, b, threshold: 0.9) == 1)
        #expect(PixelComparison.countDifferingPixels(a, b, threshold: 1) == 0)
    }

    @Test func transparentPixelsAreComparedOverWhite() {
        let clear = image([0, 0, 0, 0], count: 1)
        let white = image([255, 255, 255, 255], count: 1)
        #expect(PixelComparison.countDifferingPixels(clear, white, threshold: 0) == 0)
    }

    @Test func differenceImageMarksDifferingPixelsRed() {
        let a = image([255, 255, 255, 255], count: 2)
        var b = a
        b[4...6] = [0, 0, 255]
        let picture = PixelComparison.differenceImage(a, b, threshold: 0.1)
        #expect(Array(picture[4...7]) == [255, 0, 0, 255])
        #expect(Array(picture[0...3]) == [255, 255, 255, 255])
    }
}
