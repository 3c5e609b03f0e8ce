import NotebookFormat
import Testing
@testable import Execution

@Suite struct InteractiveSessionTests {
    let session = InteractiveSession(defaultTimeout: 10)

    @Test func cellsShareStateAndEchoTheirLastExpression() {
        #expect(session.run("let x = Variable(3.0, name: \"x\")").result == nil)
        let run = session.run("""
            let tape = GradientTape()
            let y = tape.record { x ** 2 }
            print(tape.gradient(y, x)!)
            y
            """)
        #expect(run.outputs == [.stream("Tensor(6.0, shape: [], dtype: float32)\n")])
        #expect(run.result == "Tensor(9.0, shape: [], dtype: float32)")
        #expect(run.error == nil)
    }

    @Test func chartsAreImagesAndErrorsAreLocatedInTheCell() {
        let chart = session.run("plt.plot([1.0, 2.0])")
        guard case .image(let image)? = chart.outputs.first else {
            Issue.record("no chart: \(chart.outputs)")
            return
        }
        // The size written in the PNG's IHDR chunk (charts are cropped to their drawing, as matplotlib's inline backend does).
        let ihdrWidth = image.data[16..<20].reduce(0) { $0 << 8 | Int($1) }
        #expect(image.width == ihdrWidth && image.height > 0)
        let failed = session.run("let a = 1\nlet b = a / 0")
        #expect(failed.error?.location == SourceLocation(line: 2, column: 11))
        #expect(failed.error?.sourceLine == "let b = a / 0")
        #expect(failed.result == nil)
    }

    @Test func theTimeLimitApplies() {
        let run = session.run("while true { }", timeout: 0.2)
        #expect(run.error?.kind == .timeout)
    }
}
