import Foundation
import Testing
@testable import Interpreter

/// The long-lived thread a session runs its cells on.
@Suite struct EvaluationThreadTests {
    @Test func runsJobsInOrderOnOneOtherThreadAndReturnsTheirResults() {
        let evaluation = EvaluationThread(stackSize: 8 << 20)
        defer { evaluation.stop() }
        let caller = Thread.current
        var workers: [ObjectIdentifier] = []
        for i in 0..<5 {
            let result = evaluation.run { () -> Int in
                workers.append(ObjectIdentifier(Thread.current))
                return i * i
            }
            #expect(result == i * i)
        }
        #expect(Set(workers).count == 1)
        #expect(workers.first != ObjectIdentifier(caller))
    }

    @Test func aJobOnTheThreadRunsNestedJobsInPlace() {
        let evaluation = EvaluationThread(stackSize: 8 << 20)
        defer { evaluation.stop() }
        let sameThread = evaluation.run { () -> Bool in
            let outer = Thread.current
            return evaluation.run { Thread.current === outer }
        }
        #expect(sameThread)
    }

    @Test func callersFromSeveralThreadsTakeTurns() async {
        let evaluation = EvaluationThread(stackSize: 8 << 20)
        defer { evaluation.stop() }
        let sums = await withTaskGroup(of: Int.self) { group in
            for k in 1...8 {
                group.addTask { evaluation.run { (1...k * 1000).reduce(0, +) } }
            }
            return await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(sums.sorted() == (1...8).map { k in (k * 1000) * (k * 1000 + 1) / 2 })
    }

    @Test func deepRecursionFitsTheSessionStack() {
        // 50,000 interpreted calls (the depth limit) need far more than a default 8 MiB stack.
        let session = InterpreterSession()
        var printed: [String] = []
        let diagnostics = session.run("""
            func depth(_ n: Int) -> Int { n == 0 ? 0 : 1 + depth(n - 1) }
            print(depth(49_000))
            """, timeLimit: .seconds(60)) { printed.append($0) }
        #expect(diagnostics.isEmpty)
        #expect(printed == ["49000\n"])
    }
}
