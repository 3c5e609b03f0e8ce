import Foundation
import NotebookFormat

/// One changed chart on the review page: its summary, the expected, actual and difference pictures side
/// by side, and a slider that wipes from the expected chart to the actual one.
struct ChartReview {
    let chart: ChartDifference
    /// `file.md:LINE` of the chart's cell.
    let cell: String

    var node: HTMLNode {
        var pictures = [
            figure("Expected (snapshot)", chart.expected),
            figure("Actual (this run)", chart.actual),
        ]
        if let difference = chart.difference { pictures.append(figure("Difference", difference)) }
        var children: [HTMLNode] = [
            .el("p", [("class", "note")], [.text(chart.summary(cellAt: cell))]),
            .el("div", [("class", "chart-row")], pictures),
        ]
        // The wipe only makes sense for pictures of one size.
        if case .pixels = chart.verdict { children.append(wipe) }
        return .el("div", [("class", "chart-review")], children)
    }

    private func figure(_ caption: String, _ image: PNGImage) -> HTMLNode {
        .el("figure", [("class", "chart")], [
            .el("img", [("src", dataURI(image)), ("alt", caption)]),
            .el("figcaption", [], [.text("\(caption), \(image.width)x\(image.height)")]),
        ])
    }

    /// The actual chart laid over the expected one and clipped at the slider's position.
    private var wipe: HTMLNode {
        .el("div", [("class", "wipe")], [
            .el("div", [("class", "wipe-stage")], [
                .el("img", [("src", dataURI(chart.expected)), ("alt", "Expected")]),
                .el("img", [("class", "wipe-top"), ("src", dataURI(chart.actual)), ("alt", "Actual")]),
            ]),
            .el("label", [], [
                .text("expected "),
                .el("input", [("type", "range"), ("min", "0"), ("max", "100"), ("value", "50"),
                              ("class", "wipe-slider"), ("aria-label", "Wipe from expected to actual")]),
                .text(" actual"),
            ]),
        ])
    }

    private func dataURI(_ image: PNGImage) -> String {
        "data:image/png;base64," + Data(image.data).base64EncodedString()
    }
}
