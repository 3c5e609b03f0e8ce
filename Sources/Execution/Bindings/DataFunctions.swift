import Autodiff
import Foundation
import Interpreter
import Learning

/// The data functions of DSL.md §11, reading only inside the notebook's folder.
enum DataFunctions {
    /// Every function by name, with paths relative to `folder`.
    static func all(folder: URL) -> [String: NativeFunction] {
        [
            "readCSV": { arguments, _ in
                let args = try Arguments(arguments, function: "readCSV", labels: ["skipRows", "columns", "dtype"])
                try args.expectPositional(1...1)
                let file = try load(args, folder)
                let skip = try ShapingFunctions.optionalInt(args, "skipRows") ?? 0
                let columns = try args.value("columns").map { v throws(NativeError) in try ValueConversion.shape(v, "readCSV") }
                let dtype = try args.value("dtype").map { v throws(NativeError) in try ValueConversion.dtype(v, "readCSV") } ?? .float32
                return ValueConversion.value(try run { try Datasets.readCSV(file, skipRows: skip, columns: columns, dtype: dtype) })
            },
            "readCSVColumn": { arguments, _ in
                let args = try Arguments(arguments, function: "readCSVColumn", labels: ["skipRows", "column"])
                try args.expectPositional(1...1)
                let file = try load(args, folder)
                let skip = try ShapingFunctions.optionalInt(args, "skipRows") ?? 0
                let column = try ValueConversion.int(try ShapingFunctions.required(args, "column"), "readCSVColumn", "column")
                return .array(try run { try Datasets.readCSVColumn(file, skipRows: skip, column: column) }.map(Value.string))
            },
            "trainTestSplit": { arguments, _ in
                let args = try Arguments(arguments, function: "trainTestSplit", labels: ["testFraction", "seed"])
                try args.expectPositional(2...2)
                let x = try ValueConversion.tensor(args.value(at: 0), "trainTestSplit")
                let y = try ValueConversion.tensor(args.value(at: 1), "trainTestSplit")
                let fraction = try args.number("testFraction") ?? 0.25
                let seed = try ShapingFunctions.optionalInt(args, "seed") ?? 0
                let (a, b, c, d) = try run { try Datasets.trainTestSplit(x, y, testFraction: fraction, seed: seed) }
                return .tuple(Tuple([a, b, c, d].map(ValueConversion.value)))
            },
            "batches": { arguments, _ in
                let args = try Arguments(arguments, function: "batches", labels: ["size", "shuffle"])
                try args.expectPositional(2...2)
                let x = try ValueConversion.tensor(args.value(at: 0), "batches")
                let y = try ValueConversion.tensor(args.value(at: 1), "batches")
                let size = try ValueConversion.int(try ShapingFunctions.required(args, "size"), "batches", "size")
                let shuffle = try args.flag("shuffle") ?? true
                let pairs = try run { try Datasets.batches(x, y, size: size, shuffle: shuffle) }
                return .array(pairs.map { .tuple(Tuple([ValueConversion.value($0.0), ValueConversion.value($0.1)])) })
            },
        ]
    }

    private static func load(_ args: Arguments, _ folder: URL) throws -> CSVFile {
        let path = try ValueConversion.string(args.value(at: 0), args.function, "path")
        return try run { try CSVFile(path, in: folder) }
    }

    /// Runs a data operation, turning its errors into the interpreter's.
    private static func run<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DataError {
            throw NativeError(error.message)
        } catch let error as TensorError {
            throw NativeError(error.message)
        }
    }
}
