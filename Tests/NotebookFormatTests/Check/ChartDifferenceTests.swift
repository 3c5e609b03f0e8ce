import Testing
@testable import NotebookFormat

@Suite struct ChartDifferenceTests {
    private let image = PNGImage(data: [1], width: 1500, height: 500)

    @Test func summaryNamesCountsAndThresholds() {
        let chart = ChartDifference(chartIndex: 1, expected: image, actual: image,
                                    verdict: .pixels(count: 1204, limit: 0, threshold: 0.1), difference: nil)
        #expect(chart.summary(cellAt: "gradient_tape.md:299")
            == "chart 1 of cell at gradient_tape.md:299: 1,204 pixels differ (limit 0, threshold 0.1)")
    }

    @Test func sizeChangeShowsBothSizes() {
        let chart = ChartDifference(
            chartIndex: 2, expected: image, actual: image,
            verdict: .size(expected: .init(width: 1500, height: 500), actual: .init(width: 640, height: 480)),
            difference: nil)
        #expect(chart.summary(cellAt: "n.md:3") == "chart 2 of cell at n.md:3: size differs: snapshot 1500x500, now 640x480")
    }

    @Test(arguments: [(0, "0"), (999, "999"), (1000, "1,000"), (1_234_567, "1,234,567"), (-1204, "-1,204")])
    func groupsDigits(_ number: Int, _ text: String) {
        #expect(ChartDifference.grouped(number) == text)
    }
}
