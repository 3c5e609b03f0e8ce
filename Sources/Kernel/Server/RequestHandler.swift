import Execution
import NotebookFormat

/// Answers the requests of the shell and control channels for one session: the Jupyter kernel's logic
/// without its sockets. Every request is framed by `status` busy and idle on IOPub.
///
/// Shell requests come from one thread, one at a time; `interrupt` (from the control thread) is the only
/// call that may overlap a running execute.
public final class RequestHandler: @unchecked Sendable {
    private let session: InteractiveSession
    private let headers: MessageHeader
    private var executionCount = 0
    private var completion = CodeCompletion()
    private var history = ExecutionHistory()

    /// A handler with a fresh session whose cells get `timeout` seconds each.
    public init(timeout: Double, headers: MessageHeader = MessageHeader()) {
        self.session = InteractiveSession(defaultTimeout: timeout)
        self.headers = headers
    }

    /// What handling one request did.
    public enum Outcome: Equatable {
        /// Send this reply on the request's channel.
        case reply(WireMessage)
        /// The request asked the kernel to stop (after this reply).
        case shutdown(WireMessage)
        /// A message type nbrun does not answer (such as `comm_open`): nothing is sent back.
        case ignored
    }

    /// Handles `request`, publishing its IOPub messages (status, outputs) through `publish`, in order.
    public func handle(_ request: WireMessage, publish: (WireMessage) -> Void) -> Outcome {
        publish(headers.broadcast(for: request, type: "status", content: ["execution_state": "busy"]))
        defer { publish(headers.broadcast(for: request, type: "status", content: ["execution_state": "idle"])) }
        let type = request.type
        guard type.hasSuffix("_request"), let content = content(for: request, publish: publish) else { return .ignored }
        let reply = headers.reply(to: request, type: String(type.dropLast("request".count)) + "reply", content: content)
        return type == "shutdown_request" ? .shutdown(reply) : .reply(reply)
    }

    /// Stops the running cell (from the control channel or SIGINT); the session goes on.
    public func interrupt() {
        session.interrupt()
    }

    private func content(for request: WireMessage, publish: (WireMessage) -> Void) -> JSON? {
        let content = request.content
        switch request.type {
        case "kernel_info_request": return KernelInfo.content
        case "execute_request": return execute(request, publish: publish)
        case "complete_request":
            let code = content["code"]?.string ?? ""
            let answer = completion.complete(code, cursor: content["cursor_pos"]?.int ?? code.unicodeScalars.count)
            return ["status": "ok", "matches": .array(answer.matches.map(JSON.string)),
                    "cursor_start": .int(answer.start), "cursor_end": .int(answer.end), "metadata": [:]]
        case "inspect_request":
            let code = content["code"]?.string ?? ""
            let text = completion.inspect(code, cursor: content["cursor_pos"]?.int ?? code.unicodeScalars.count)
            return ["status": "ok", "found": .bool(text != nil),
                    "data": text.map { ["text/plain": .string($0)] } ?? [:], "metadata": [:]]
        case "is_complete_request":
            switch CompletenessCheck.status(of: content["code"]?.string ?? "") {
            case .complete: return ["status": "complete"]
            case .invalid: return ["status": "invalid"]
            case .incomplete(let indent): return ["status": "incomplete", "indent": .string(indent)]
            }
        case "history_request": return ["status": "ok", "history": history.reply(to: content)]
        case "comm_info_request": return ["status": "ok", "comms": [:]]
        case "interrupt_request":
            interrupt()
            return ["status": "ok"]
        case "shutdown_request":
            interrupt()
            return ["status": "ok", "restart": .bool(content["restart"]?.bool ?? false)]
        default: return nil
        }
    }

    /// Runs the code as the session's next cell: `execute_input`, then its outputs, its result or error.
    private func execute(_ request: WireMessage, publish: (WireMessage) -> Void) -> JSON {
        let code = request.content["code"]?.string ?? ""
        let silent = request.content["silent"]?.bool ?? false
        let storeHistory = !silent && (request.content["store_history"]?.bool ?? true)
        if storeHistory { executionCount += 1 }
        let count = JSON.int(executionCount)
        func send(_ type: String, _ content: JSON) {
            if !silent { publish(headers.broadcast(for: request, type: type, content: content)) }
        }
        send("execute_input", ["code": .string(code), "execution_count": count])
        let run = session.run(code)
        for output in run.outputs {
            switch output {
            case .stream(let text): send("stream", ["name": "stdout", "text": .string(text)])
            case .image(let image): send("display_data", OutputContent.image(image))
            case .error: break
            }
        }
        if let result = run.result {
            send("execute_result", ["execution_count": count, "data": ["text/plain": .string(result)], "metadata": [:]])
        }
        if storeHistory { history.append(line: executionCount, input: code, output: run.result) }
        if run.error == nil { completion.declarations.add(cell: code) }
        guard let error = run.error else {
            return ["status": "ok", "execution_count": count, "user_expressions": [:], "payload": []]
        }
        let failure = OutputContent.error(error, cellName: "In[\(executionCount)]")
        send("error", failure)
        guard case .object(var reply) = failure else { return failure }
        reply["status"] = "error"
        reply["execution_count"] = count
        return .object(reply)
    }
}
