import Dispatch
import Foundation
import Testing
@testable import Plotting

/// PNG encoding and decoding through cairo: determinism, pixel content and bad input.
struct CairoBackendTests {
    @Test func sameFigureGivesIdenticalBytes() throws {
        let first = Pyplot()
        try SeedFigures.polynomial(first)
        let second = Pyplot()
        try SeedFigures.polynomial(second)
        let a = try #require(try first.show().first)
        let b = try #require(try second.show().first)
        #expect(a.png == b.png)
        #expect((a.width, a.height) == (1490, 490))
    }

    @Test func rendersConcurrentlyWithIdenticalResults() throws {
        final class Results: @unchecked Sendable {
            let lock = NSLock()
            var pngs: [[UInt8]] = []
            func add(_ png: [UInt8]) {
                lock.lock()
                pngs.append(png)
                lock.unlock()
            }
        }
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            let plt = Pyplot()
            guard (try? SeedFigures.linearRegression(plt)) != nil, let png = try? plt.show().first?.png else { return }
            results.add(png)
        }
        #expect(results.pngs.count == 4)
        #expect(Set(results.pngs).count == 1)
    }

    @Test func decodesWhatItEncodes() throws {
        let plt = Pyplot()
        try plt.figure(figsize: (2, 1))
        try plt.axhline(y: 0, color: "r", linewidth: 10)
        let rendered = try #require(try plt.show().first)
        let image = try PNGCodec.decode(rendered.png)
        #expect((image.width, image.height) == (rendered.width, rendered.height))
        #expect(image.rgba.count == image.width * image.height * 4)
        // The top-left corner is the white background; the thick line has pure red pixels.
        #expect(Array(image.rgba[0..<4]) == [255, 255, 255, 255])
        let red = stride(from: 0, to: image.rgba.count, by: 4).filter { Array(image.rgba[$0..<$0 + 4]) == [255, 0, 0, 255] }
        #expect(red.count > 100)
        #expect(PNGCodec.rmsDifference(image, image) == 0)
    }

    @Test func rejectsBadPNG() {
        #expect(throws: PlotError.self) { try PNGCodec.decode([]) }
        #expect(throws: PlotError.self) { try PNGCodec.decode([0x89, 0x50, 0x4E, 0x47, 1, 2, 3]) }
    }

    @Test func rmsNeedsEqualSizes() {
        let a = (width: 1, height: 1, rgba: [UInt8](repeating: 0, count: 4))
        let b = (width: 1, height: 1, rgba: [UInt8](repeating: 255, count: 4))
        #expect(PNGCodec.rmsDifference(a, b) == 255)
        #expect(PNGCodec.rmsDifference(a, (width: 2, height: 1, rgba: [UInt8](repeating: 0, count: 8))) == nil)
    }

    @Test func measuresRealGlyphs() {
        let m = CairoTextMeasurer()
        let size = 10 * 100 / 72.0
        // matplotlib's Agg metrics for DejaVu Sans 10 pt at 100 dpi: "0" is 9 px wide, "−1.00" 43 px.
        #expect(abs(m.extents(of: "0", size: size).width - 9) < 1e-6)
        #expect(abs(m.extents(of: "−1.00", size: size).width - 43) < 1e-6)
        #expect(m.extents(of: "lp", size: size).ascent == 11)
        #expect(m.extents(of: "λ²", size: size).width > 0)
    }
}
