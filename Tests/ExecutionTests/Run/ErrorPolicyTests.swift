import NotebookFormat
import Testing
@testable import Execution

@Suite struct ErrorPolicyTests {
    private let error = CellError(kind: .runtime, message: "Index out of range")

    @Test func plainCellStatuses() {
        #expect(ErrorPolicy.status(raises: false, error: nil).status == .succeeded)
        #expect(ErrorPolicy.status(raises: false, error: error).status == .failed)
    }

    @Test func raisesCellMustFail() {
        #expect(ErrorPolicy.status(raises: true, error: error).status == .failedAsExpected)
        let decision = ErrorPolicy.status(raises: true, error: nil)
        #expect(decision.status == .failed)
        #expect(decision.extraError?.kind == .unexpectedSuccess)
    }

    @Test func onlyRealFailuresStopTheRun() {
        #expect(ErrorPolicy.continues(after: .succeeded, allowErrors: false))
        #expect(ErrorPolicy.continues(after: .failedAsExpected, allowErrors: false))
        #expect(!ErrorPolicy.continues(after: .failed, allowErrors: false))
        #expect(ErrorPolicy.continues(after: .failed, allowErrors: true))
    }
}
