import Autodiff
import Foundation

/// DSL.md §11: tables from CSV files, train/test splits and mini-batches.
public enum Datasets {
    /// The numeric `columns` of the records after the first `skipRows`, as a `[rows, columns]` tensor.
    /// - Throws: `DataError` naming the file, line and column of a field that is missing or not a number.
    public static func readCSV(_ file: CSVFile, skipRows: Int = 0, columns: [Int]? = nil, dtype: DType = .float32) throws -> Tensor {
        let records = Array(file.records.dropFirst(skipRows))
        let wanted = columns ?? Array(0..<(records.first?.count ?? 0))
        var values: [Double] = []
        values.reserveCapacity(records.count * wanted.count)
        for (offset, record) in records.enumerated() {
            let index = offset + skipRows
            for column in wanted {
                guard column >= 0, column < record.count else {
                    throw DataError("\(file.location(record: index, field: record.count - 1)): the row has \(record.count) fields, no column \(column)")
                }
                // Most fields are bare numbers; only the others are trimmed, because Foundation's
                // trimming bridges each field to NSString (a tenth of reading the digits).
                let field = record[column]
                guard let number = Double(field) ?? Double(field.trimmingCharacters(in: .whitespaces)) else {
                    throw DataError("\(file.location(record: index, field: column)): cannot read \"\(record[column])\" as a number")
                }
                values.append(number)
            }
        }
        return try Tensor(shape: [records.count, wanted.count], scalars: values, dtype: dtype)
    }

    /// The text of one column of the records after the first `skipRows`.
    /// - Throws: `DataError` for a row without that column.
    public static func readCSVColumn(_ file: CSVFile, skipRows: Int = 0, column: Int) throws -> [String] {
        try file.records.enumerated().dropFirst(skipRows).map { index, record in
            guard column >= 0, column < record.count else {
                throw DataError("\(file.location(record: index, field: record.count - 1)): the row has \(record.count) fields, no column \(column)")
            }
            return record[column]
        }
    }

    /// Rows of `x` and `y` split into `(xTrain, xTest, yTrain, yTest)`: the rows are shuffled by a
    /// generator seeded with `seed`, the first `ceil(testFraction · n)` go to the test set
    /// (scikit-learn's rule for the count).
    /// - Throws: `TensorError` for differing row counts or a fraction outside `(0, 1)`.
    public static func trainTestSplit(_ x: Tensor, _ y: Tensor, testFraction: Double = 0.25, seed: Int = 0) throws
        -> (Tensor, Tensor, Tensor, Tensor)
    {
        let n = try rowCount(x, y, "trainTestSplit")
        guard testFraction > 0, testFraction < 1 else {
            throw TensorError("trainTestSplit: testFraction must be between 0 and 1, got \(testFraction)")
        }
        let testCount = Int((testFraction * Double(n)).rounded(.up))
        let order = try randomPermutation(n, using: RandomGenerator(seed: UInt64(bitPattern: Int64(seed))))
        let test = try rows(order, 0..<testCount)
        let train = try rows(order, testCount..<n)
        return (try gather(x, indices: train), try gather(x, indices: test), try gather(y, indices: train), try gather(y, indices: test))
    }

    /// `(x, y)` in batches of `size` rows (the last may be smaller), the rows shuffled by the seeded
    /// generator first when `shuffle` is true.
    /// - Throws: `TensorError` for differing row counts or a size below 1.
    public static func batches(_ x: Tensor, _ y: Tensor, size: Int, shuffle: Bool = true) throws -> [(Tensor, Tensor)] {
        let n = try rowCount(x, y, "batches")
        guard size >= 1 else { throw TensorError("batches: size must be at least 1, got \(size)") }
        let order = shuffle ? try randomPermutation(n) : try Tensor.range(0, Double(n), dtype: .int32)
        return try stride(from: 0, to: n, by: size).map { start in
            let picked = try rows(order, start..<min(start + size, n))
            return (try gather(x, indices: picked), try gather(y, indices: picked))
        }
    }

    private static func rowCount(_ x: Tensor, _ y: Tensor, _ function: String) throws -> Int {
        guard x.rank >= 1, y.rank >= 1, x.shape[0] == y.shape[0] else {
            throw TensorError("\(function): x of shape \(x.shape) and y of shape \(y.shape) need the same number of rows")
        }
        return x.shape[0]
    }
}
