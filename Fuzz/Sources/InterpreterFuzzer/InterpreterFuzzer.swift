import Foundation
import Interpreter

/// libFuzzer's entry point: runs the input as one cell in a fresh interpreter session.
///
/// The bytes are read as UTF-8 (invalid sequences become U+FFFD, as a notebook file read with
/// repair would give them), parsed, lowered and evaluated through the same `InterpreterSession.run`
/// a notebook uses, under a short time limit; output and diagnostics are discarded. Whatever the
/// input, `run` must return: a trap, a crash, a hang past libFuzzer's `-timeout`, or memory past
/// `-rss_limit_mb` is a bug in the interpreter.
///
/// A fresh session per input keeps runs independent of each other, so every crash libFuzzer saves
/// reproduces on its own.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let source = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let session = InterpreterSession()
    _ = session.run(source, timeLimit: FuzzLimits.timeLimit) { _ in }
    return 0
}

/// The per-input limits, short so that libFuzzer makes hundreds of runs a second.
enum FuzzLimits {
    /// Evaluation time per input: long enough for the seed programs' first loops, short enough that an
    /// endless loop costs little. `NBRUN_FUZZ_TIME_LIMIT_MS` overrides it (scripts/fuzz.sh passes it on).
    static let timeLimit: Duration = {
        let milliseconds = ProcessInfo.processInfo.environment["NBRUN_FUZZ_TIME_LIMIT_MS"].flatMap { Int($0) } ?? 50
        return .milliseconds(milliseconds)
    }()
}
