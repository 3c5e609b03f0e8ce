import Foundation
import NotebookFormat

/// The HTML of one cell output: printed text, a picture as a data URI, or an error with its caret.
struct OutputView {
    let output: CellOutput
    let fileName: String
    /// The error belongs to a `raises` cell that failed as it should: styled as expected, not as a failure.
    let expected: Bool

    var node: HTMLNode {
        switch output {
        case .stream(let text):
            return .el("pre", [("class", "stream")], [.text(text)])
        case .image(let image):
            let size = "\(image.width)x\(image.height)"
            return .el("figure", [("class", "figure")], [
                .el("img", [
                    ("src", "data:image/png;base64," + Data(image.data).base64EncodedString()),
                    ("width", String(image.width)), ("height", String(image.height)), ("alt", "Figure \(size)"),
                ]),
            ])
        case .error(let error):
            let label = expected ? "Expected error" : "Error"
            return .el("div", [("class", expected ? "error expected" : "error")], [
                .el("div", [("class", "error-label")], [.text(label)]),
                .el("pre", [], [.text(error.formatted(file: fileName))]),
            ])
        }
    }
}
