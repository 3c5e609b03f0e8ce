import Autodiff
import Foundation
import Learning
import Testing

/// `readCSV`, `readCSVColumn`, `trainTestSplit` and `batches` on real files in a temporary folder.
@Suite struct DatasetsTests {
    /// A fresh folder holding `files` (name → contents).
    private func folder(_ files: [String: String]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("nbrun-data-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url.appendingPathComponent("data"), withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return url
    }

    @Test func readsNumbersAndTextColumns() throws {
        let root = try folder(["data/t.csv": "a,b,name\n1,2.5,\"x, y\"\n-3, 4e1 ,z\n"])
        let file = try CSVFile("data/t.csv", in: root)
        let t = try Datasets.readCSV(file, skipRows: 1, columns: [0, 1], dtype: .float64)
        #expect(t.shape == [2, 2] && t.doubles == [1, 2.5, -3, 40])
        #expect(try Datasets.readCSVColumn(file, skipRows: 1, column: 2) == ["x, y", "z"])
        #expect(try Datasets.readCSV(file, skipRows: 1, columns: [1]).dtype == .float32)
    }

    @Test func badNumbersAreLocated() throws {
        let root = try folder(["bad.csv": "a,b\n1,2\n3,\"q\",oops\n5,x7\n", "short.csv": "1,2\n3\n"])
        let file = try CSVFile("bad.csv", in: root)
        #expect(throws: DataError("bad.csv:3:3: cannot read \"q\" as a number")) { try Datasets.readCSV(file, skipRows: 1, columns: [0, 1]) }
        #expect(throws: DataError("bad.csv:4:3: cannot read \"x7\" as a number")) { try Datasets.readCSV(file, skipRows: 3, columns: [1]) }
        #expect(throws: DataError("short.csv:2:1: the row has 1 fields, no column 1")) {
            try Datasets.readCSV(try CSVFile("short.csv", in: root))
        }
    }

    @Test func malformedCSVIsALocatedError() throws {
        let root = try folder(["q.csv": "1,2\n3,\"4\"5\n"])
        #expect(throws: DataError.self) { try CSVFile("q.csv", in: root) }
        do {
            _ = try CSVFile("q.csv", in: root)
        } catch let error as DataError {
            #expect(error.message.hasPrefix("q.csv:2:1: malformed CSV: "))
        }
    }

    @Test func pathsCannotLeaveTheFolder() throws {
        let root = try folder(["data/in.csv": "1\n"])
        let outside = root.deletingLastPathComponent().appendingPathComponent("nbrun-outside-\(UUID().uuidString).csv")
        try "1\n".write(to: outside, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("data/link.csv"), withDestinationURL: outside)
        #expect(throws: DataError("../x.csv: a data path may not leave the notebook's folder ('..')")) { try CSVFile("../x.csv", in: root) }
        #expect(throws: DataError("/etc/passwd: a data path must be relative to the notebook's folder")) { try CSVFile("/etc/passwd", in: root) }
        #expect(throws: DataError("data/link.csv: a data path may not lead outside the notebook's folder")) {
            try CSVFile("data/link.csv", in: root)
        }
        #expect(throws: DataError("data/none.csv: cannot read the file (missing, or not UTF-8 text)")) { try CSVFile("data/none.csv", in: root) }
        #expect(try CSVFile("data/in.csv", in: root).records == [["1"]])
    }

    @Test func splitsAndBatchesKeepRowsTogether() throws {
        let x = try reshape(try Tensor.range(0, 20), [10, 2])
        let y = try Tensor.range(0, 10)
        let (xTrain, xTest, yTrain, yTest) = try Datasets.trainTestSplit(x, y, testFraction: 0.25, seed: 3)
        #expect(xTest.shape == [3, 2] && xTrain.shape == [7, 2] && yTest.shape == [3])
        // Each row of x is [2k, 2k + 1] for label k: the pairs stay together.
        let evens = try slice(xTrain, begin: [0, 0], size: [7, 1]).reshaped([7])
        #expect(try (evens / 2).doubles == yTrain.doubles)
        #expect(Set(yTrain.doubles + yTest.doubles) == Set((0..<10).map(Double.init)))
        let again = try Datasets.trainTestSplit(x, y, testFraction: 0.25, seed: 3)
        #expect(again.3.doubles == yTest.doubles)
        setSeed(1)
        let parts = try Datasets.batches(x, y, size: 4)
        #expect(parts.map(\.0.shape) == [[4, 2], [4, 2], [2, 2]])
        #expect(Set(parts.flatMap(\.1.doubles)) == Set(y.doubles))
        #expect(try Datasets.batches(x, y, size: 4, shuffle: false)[0].1.doubles == [0, 1, 2, 3])
    }
}
