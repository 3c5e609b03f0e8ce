import Foundation
import NotebookFormat

/// Gathers a cell's outputs in the order they happen, merging consecutive printed text into one stream.
///
/// Printing happens on the interpreter's evaluation thread while the runner waits, so access is locked.
final class OutputCollector: @unchecked Sendable {
    private var outputs: [CellOutput] = []
    private let lock = NSLock()

    /// Appends printed text.
    func write(_ text: String) {
        lock.withLock {
            if case .stream(let previous)? = outputs.last {
                outputs[outputs.count - 1] = .stream(previous + text)
            } else {
                outputs.append(.stream(text))
            }
        }
    }

    /// Appends a picture.
    func show(_ image: PNGImage) {
        lock.withLock { outputs.append(.image(image)) }
    }

    /// Returns everything gathered so far and starts empty again.
    func take() -> [CellOutput] {
        lock.withLock {
            defer { outputs = [] }
            return outputs
        }
    }
}
