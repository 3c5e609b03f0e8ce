import Foundation

/// A thread with a large stack that runs a session's cells one at a time, so deep recursion reaches
/// the interpreter's depth limit long before the machine stack runs out.
///
/// The thread lives as long as its session: starting a thread with a 512 MiB stack for every cell
/// costs about 0.2 ms (the stack is too large for the C library's cache of thread stacks, so each
/// one is mapped and unmapped again), more than a small cell takes to run.
final class EvaluationThread: @unchecked Sendable {
    /// Guards `job`, `jobDone` and `stopping`; signalled whenever one of them changes.
    private let condition = NSCondition()
    /// Lets one caller at a time hand over a job.
    private let callerLock = NSLock()
    private var job: (() -> Void)?
    private var jobDone = false
    private var stopping = false
    /// The thread, while it runs (Foundation keeps a running thread alive).
    private weak var thread: Thread?

    /// Starts the thread with a stack of `stackSize` bytes. The thread keeps this object alive until
    /// `stop` lets it finish.
    init(stackSize: Int) {
        let thread = Thread { [self] in serve() }
        thread.stackSize = stackSize
        self.thread = thread
        thread.start()
    }

    /// Runs `body` on the thread and waits for its result. Called on the thread itself (from inside
    /// a running job), it runs `body` in place.
    func run<Result>(_ body: @escaping () -> Result) -> Result {
        if Thread.current === thread { return body() }
        callerLock.lock()
        defer { callerLock.unlock() }
        var result: Result?
        condition.lock()
        job = { result = body() }
        jobDone = false
        condition.broadcast()
        while !jobDone { condition.wait() }
        condition.unlock()
        guard let result else { preconditionFailure("the evaluation thread finished a job without a result") }
        return result
    }

    /// Lets the thread finish once it is idle; later `run` calls must not be made.
    func stop() {
        condition.lock()
        stopping = true
        condition.broadcast()
        condition.unlock()
    }

    /// The thread's loop: wait for a job, run it, report it done, until stopped.
    private func serve() {
        condition.lock()
        while true {
            while job == nil && !stopping { condition.wait() }
            guard let next = job else { break }
            job = nil
            condition.unlock()
            next()
            condition.lock()
            jobDone = true
            condition.broadcast()
        }
        condition.unlock()
    }
}
