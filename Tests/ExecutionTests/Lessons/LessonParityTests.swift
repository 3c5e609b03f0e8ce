import NotebookFormat
import Testing

/// Every course lesson run by the real runner: no cell fails, and every labelled number it prints
/// (`label: numbers…`) is the number TensorFlow computes for the same data and initial weights.
@Suite struct LessonParityTests {
    static let lessons = ["01_tensors", "03_linear_regression", "04_models", "05_logistic_regression",
                          "06_softmax_regression", "07_mlp", "08_optimizers", "09_custom_gradients"]

    @Test func everyLessonHasReferenceNumbers() throws {
        let reference = try LessonReference.load()
        #expect(Set(reference.lessons.keys) == Set(Self.lessons))
        for lesson in Self.lessons {
            #expect((reference.lessons[lesson]?.count ?? 0) >= 8, "\(lesson) checks too few numbers")
        }
    }

    @Test(arguments: lessons)
    func printedNumbersMatchTensorFlow(_ lesson: String) throws {
        let expected = try #require(try LessonReference.load().lessons[lesson])
        let executed = LessonReference.run(try LessonReference.notebook(lesson))
        for cell in executed.codeCells {
            #expect([.succeeded, .failedAsExpected].contains(cell.status),
                    "\(lesson).md:\(cell.fenceLine): \(cell.status) \(cell.outputs)")
        }
        let lines = LessonReference.printedLines(executed).map { $0.trimmingCharacters(in: .whitespaces) }
        for (label, reference) in expected.sorted(by: { $0.key < $1.key }) {
            let matching = lines.filter { $0.hasPrefix(label + ":") }
            guard matching.count == 1, let line = matching.first else {
                Issue.record("\(lesson): \(matching.count) lines labelled \"\(label):\", expected one")
                continue
            }
            let printed = PrintedNumber.all(in: String(line.dropFirst(label.count + 1)))
            guard printed.count == reference.values.count else {
                Issue.record("\(lesson): \"\(line)\" has \(printed.count) numbers, TensorFlow gives \(reference.values)")
                continue
            }
            for (actual, number) in zip(printed, reference.values) {
                #expect(actual.matches(number, decimals: reference.decimals),
                        "\(lesson): \"\(line)\": \(actual.text), TensorFlow \(number)")
            }
        }
    }

    @Test func comparisonCatchesADifferentNumber() {
        let printed = PrintedNumber.all(in: "loss 0.07925 at [1.0, -2.5e-07, nan] malignant: -inf")
        #expect(printed.map(\.text) == ["0.07925", "1.0", "-2.5e-07", "nan", "-inf"], "no nan inside a word")
        #expect(printed[0].matches(.finite(0.07926), decimals: 5))
        #expect(!printed[0].matches(.finite(0.07926)), "a shortest form is exact: no rounding allowance")
        #expect(!printed[0].matches(.finite(0.07927), decimals: 5))
        #expect(!printed[1].matches(.finite(1.001)))
        #expect(printed[2].matches(.finite(0)))
        #expect(printed[3].matches(.special("nan")) && !printed[3].matches(.finite(0)))
        #expect(printed[4].matches(.special("-inf")) && !printed[4].matches(.special("inf")))
    }
}
