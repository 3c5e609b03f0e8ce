import Foundation
import NotebookFormat
import Plotting

/// Compares a freshly executed notebook with its stored snapshot, cell by cell: text exactly,
/// images by decoded pixels within a small tolerance (PNG bytes may differ across library versions).
public enum SnapshotComparison {
    /// The largest root-mean-square difference of 8-bit RGBA channels at which two images count as equal
    /// (matplotlib's `compare_images` convention, over RGB).
    public static let imageTolerance = 2.0

    /// The cells whose outputs or status differ; empty when the notebook renders exactly as its snapshot.
    public static func differences(fresh: Notebook, stored: [SnapshotCell]) -> [CellDifference] {
        let cells = fresh.codeCells
        var differences: [CellDifference] = []
        for (offset, cell) in cells.enumerated() {
            let index = offset + 1
            guard offset < stored.count else {
                differences.append(CellDifference(cellIndex: index, fenceLine: cell.fenceLine,
                                                  details: ["the snapshot has no such cell (it has \(stored.count))"]))
                continue
            }
            let details = compare(cell, with: stored[offset])
            if !details.isEmpty {
                differences.append(CellDifference(cellIndex: index, fenceLine: cell.fenceLine, details: details))
            }
        }
        if stored.count > cells.count {
            differences.append(CellDifference(
                cellIndex: cells.count + 1, fenceLine: cells.last?.endLine ?? 1,
                details: ["the snapshot has \(stored.count) cells but the notebook has \(cells.count)"]))
        }
        return differences
    }

    private static func compare(_ cell: CodeCell, with stored: SnapshotCell) -> [String] {
        var details: [String] = []
        if cell.status != stored.status {
            details.append("status: snapshot \(stored.status.rawValue), now \(cell.status.rawValue)")
        }
        let fresh = cell.outputs
        let old = stored.outputs
        if fresh.map(kindName) != old.map(kindName) {
            details.append("outputs: snapshot [\(old.map(kindName).joined(separator: ", "))], "
                + "now [\(fresh.map(kindName).joined(separator: ", "))]")
        }
        for (position, pair) in zip(old, fresh).enumerated() {
            details += compare(pair.0, pair.1, position: position + 1)
        }
        return details
    }

    private static func compare(_ old: CellOutput, _ new: CellOutput, position: Int) -> [String] {
        switch (old, new) {
        case (.stream(let expected), .stream(let actual)):
            return LineDiff.lines(from: expected, to: actual)
        case (.error(let expected), .error(let actual)):
            let before = expected.formatted(file: "")
            let after = actual.formatted(file: "")
            return LineDiff.lines(from: before, to: after)
        case (.image(let expected), .image(let actual)):
            return compareImages(expected, actual, position: position)
        default:
            return []
        }
    }

    private static func compareImages(_ expected: PNGImage, _ actual: PNGImage, position: Int) -> [String] {
        guard expected.data != actual.data else { return [] }
        do {
            let before = try PNGCodec.decode(expected.data)
            let after = try PNGCodec.decode(actual.data)
            guard before.width == after.width, before.height == after.height else {
                return ["output \(position) (image): size was \(before.width)x\(before.height), "
                    + "now \(after.width)x\(after.height)"]
            }
            guard let rms = PNGCodec.rmsDifference(before, after), rms > imageTolerance else { return [] }
            return ["output \(position) (image): pixels differ, RMS \(String(format: "%.2f", rms)) "
                + "(tolerance \(imageTolerance))"]
        } catch {
            return ["output \(position) (image): cannot be decoded: \(error)"]
        }
    }

    private static func kindName(_ output: CellOutput) -> String {
        switch output {
        case .stream: "text"
        case .image: "image"
        case .error: "error"
        }
    }
}
