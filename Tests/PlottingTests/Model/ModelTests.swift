import Testing
@testable import Plotting

/// Colour specifications, format strings, line styles, legend locations and histogram binning.
struct ModelTests {
    @Test func parsesMatplotlibColours() throws {
        #expect(try Color.parse("r") == Color(red: 1, green: 0, blue: 0))
        #expect(try Color.parse("C1") == Color(rgb: 0xFF7F0E))
        #expect(try Color.parse("red") == Color(red: 1, green: 0, blue: 0))
        #expect(try Color.parse("SteelBlue") == Color(rgb: 0x4682B4))
        #expect(try Color.parse("tab:green") == Color(rgb: 0x2CA02C))
        #expect(try Color.parse("#1f77b4") == Color(rgb: 0x1F77B4))
        #expect(try Color.parse("#f00") == Color(red: 1, green: 0, blue: 0))
        #expect(try Color.parse("#ff000080").alpha == Double(0x80) / 255)
        #expect(try Color.parse("0.5") == Color(red: 0.5, green: 0.5, blue: 0.5))
        for bad in ["", "#12", "#gggggg", "1.5", "nope"] {
            #expect(throws: PlotError.unknownColor(bad)) { try Color.parse(bad) }
        }
    }

    @Test func parsesFormatStrings() throws {
        #expect(try FormatString.parse("r--") == FormatString(color: Color.letter("r"), lineStyle: .dashed))
        #expect(try FormatString.parse("g-.") == FormatString(color: Color.letter("g"), lineStyle: .dashDot))
        #expect(try FormatString.parse("k:") == FormatString(color: .black, lineStyle: .dotted))
        #expect(try FormatString.parse("o-") == FormatString(lineStyle: .solid, marker: .circle))
        #expect(try FormatString.parse("^C2") == FormatString(color: Color.cycle(2), marker: .triangleUp))
        #expect(try FormatString.parse("x") == FormatString(marker: .cross))
        #expect(try FormatString.parse("") == FormatString())
        for bad in ["--:", "oo", "rb", "q", "C"] {
            #expect(throws: PlotError.unknownFormat(bad)) { try FormatString.parse(bad) }
        }
    }

    @Test func lineStylesAndDashPatterns() throws {
        #expect(try LineStyle.parse("dashed") == .dashed)
        #expect(try LineStyle.parse("--").dashPattern == [3.7, 1.6])
        #expect(try LineStyle.parse(":").dashPattern == [1, 1.65])
        #expect(try LineStyle.parse("-.").dashPattern == [6.4, 1.6, 1, 1.6])
        #expect(try LineStyle.parse("-").dashPattern.isEmpty)
    }

    @Test func legendLocations() throws {
        #expect(try LegendLocation.parse("Upper Left") == .upperLeft)
        #expect(try LegendLocation.parse("best") == .best)
        #expect(LegendLocation.allCases.count == LegendLocation.names.count)
    }

    @Test func histogramMatchesNumPy() {
        // numpy.histogram([1, 2, 2, 3, 3, 3, 4], bins=4) → [1, 2, 3, 1], edges 1, 1.75, 2.5, 3.25, 4.
        let h = Histogram(values: [1, 2, 2, 3, 3, 3, 4, .nan], bins: 4)
        #expect(h.counts == [1, 2, 3, 1])
        #expect(h.edges == [1, 1.75, 2.5, 3.25, 4])
        let constant = Histogram(values: [5, 5], bins: 2)
        #expect(constant.edges == [4.5, 5, 5.5])
        #expect(constant.counts == [0, 2])
        #expect(Histogram(values: [], bins: 3).counts == [0, 0, 0])
    }

    @Test func legendSkipsUnlabeledAndUnderscoreSeries() {
        let line = LineSeries(x: [], y: [], color: .black, width: 1, style: .solid, label: "_hidden")
        #expect(Series.line(line).legendLabel == nil)
        #expect(Series.scatter(ScatterSeries(x: [], y: [], color: .black, area: 36, label: "pts")).legendLabel == "pts")
    }
}
