import Foundation
import Testing
@testable import Kernel

/// The kernel's answers through the real session (interpreter, tensors, plt), without sockets.
@Suite struct RequestHandlerTests {
    private let handler = RequestHandler(timeout: 10)
    private let headers = MessageHeader(session: "test-client")

    private func request(_ type: String, _ content: JSON) -> WireMessage {
        WireMessage(identities: [Array("client".utf8)], header: headers.make(type), content: content)
    }

    /// Handles one request; returns the reply and the IOPub messages between busy and idle.
    private func send(_ type: String, _ content: JSON) -> (reply: WireMessage?, iopub: [WireMessage]) {
        var published: [WireMessage] = []
        let outcome = handler.handle(request(type, content)) { published.append($0) }
        #expect(published.first?.type == "status" && published.first?.content["execution_state"] == "busy")
        #expect(published.last?.type == "status" && published.last?.content["execution_state"] == "idle")
        switch outcome {
        case .reply(let reply), .shutdown(let reply):
            #expect(reply.identities == [Array("client".utf8)])
            #expect(reply.parentHeader["msg_type"]?.string == type)
            return (reply, Array(published.dropFirst().dropLast()))
        case .ignored: return (nil, Array(published.dropFirst().dropLast()))
        }
    }

    private func execute(_ code: String) -> (reply: WireMessage?, iopub: [WireMessage]) {
        send("execute_request", ["code": .string(code), "silent": false, "store_history": true])
    }

    @Test func kernelInfoNamesSwiftAndProtocolFiveThree() {
        let (reply, _) = send("kernel_info_request", [:])
        #expect(reply?.type == "kernel_info_reply")
        #expect(reply?.content["protocol_version"] == "5.3")
        #expect(reply?.content["language_info"]?["name"] == "swift")
        #expect(reply?.content["language_info"]?["file_extension"] == ".swift")
    }

    @Test func executeStreamsPrintsAndEchoesTheLastExpression() {
        let (reply, iopub) = execute("let x = 20\nprint(\"x is\", x)\nx + 22")
        #expect(iopub.map(\.type) == ["execute_input", "stream", "execute_result"])
        #expect(iopub[0].content["execution_count"] == 1)
        #expect(iopub[1].content["text"] == "x is 20\n")
        #expect(iopub[2].content["data"]?["text/plain"] == "42")
        #expect(reply?.content["status"] == "ok")
        #expect(reply?.content["execution_count"] == 1)
    }

    @Test func stateCarriesAcrossExecutions() {
        _ = execute("var total = 1")
        _ = execute("total += 2")
        let (reply, iopub) = execute("\"total: \\(total)\"")
        #expect(iopub.last?.content["data"]?["text/plain"] == "\"total: 3\"")
        #expect(reply?.content["execution_count"] == 3)
    }

    @Test func statementsAndVoidCallsHaveNoResult() {
        #expect(execute("let y = 1").iopub.map(\.type) == ["execute_input"])
        #expect(execute("print(y)").iopub.map(\.type) == ["execute_input", "stream"])
        #expect(execute("if y > 0 { print(y) }").iopub.map(\.type) == ["execute_input", "stream"])
    }

    @Test func aChartIsDisplayDataWithAPNG() throws {
        let (_, iopub) = execute("plt.plot([1.0, 3.0, 2.0])\nplt.show()")
        let display = try #require(iopub.first { $0.type == "display_data" })
        let png = try #require(display.content["data"]?["image/png"]?.string)
        let bytes = try #require(Data(base64Encoded: png))
        #expect(bytes.prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]))
        let ihdrWidth = bytes[16..<20].reduce(0) { $0 << 8 | Int($1) }
        #expect(display.content["metadata"]?["image/png"]?["width"] == .int(ihdrWidth))
    }

    @Test func anErrorIsOneLocatedTraceback() {
        let (reply, iopub) = execute("let a = [1, 2]\nprint(a[5])")
        #expect(iopub.map(\.type) == ["execute_input", "error"])
        #expect(reply?.content["status"] == "error")
        #expect(reply?.content["ename"] == "Fatal error")
        #expect(reply?.content["evalue"] == "Index out of range")
        #expect(reply?.content["traceback"] == ["In[1]:2:7: error: Fatal error: Index out of range", "print(a[5])", "      ^"])
        let (compile, _) = execute("let b: Int = \"text\"")
        guard case .array(let lines)? = compile?.content["traceback"] else {
            Issue.record("no traceback")
            return
        }
        #expect(lines.first?.string?.hasPrefix("In[2]:1:14: error: ") == true)
    }

    @Test func silentExecutionPublishesNothingAndKeepsTheCount() {
        let (reply, iopub) = send("execute_request", ["code": "print(1)\n2", "silent": true])
        #expect(iopub.isEmpty)
        #expect(reply?.content["execution_count"] == 0)
    }

    @Test func interruptStopsTheRunningCellAndTheSessionGoesOn() {
        let started = Date()
        // A thread of its own, as the control channel has (a task could wait behind busy test threads); it
        // presses "stop" until the cell ends, as a user would, in case the first press came before the cell began.
        let finished = Flag()
        let interrupter = Thread { [handler] in
            while !finished.isSet {
                Thread.sleep(forTimeInterval: 0.3)
                handler.interrupt()
            }
        }
        interrupter.start()
        let (reply, _) = execute("var n = 0\nwhile true { n += 1 }")
        finished.set()
        #expect(reply?.content["status"] == "error")
        #expect(reply?.content["evalue"] == "cell was interrupted")
        #expect(Date().timeIntervalSince(started) < 5)
        let (after, iopub) = execute("n > 0")
        #expect(after?.content["status"] == "ok")
        #expect(iopub.last?.content["data"]?["text/plain"] == "true")
    }

    @Test func completeInspectAndIsComplete() {
        _ = execute("/// The learning rate.\nlet learningRate = 0.5")
        let complete = send("complete_request", ["code": "print(learn", "cursor_pos": 11]).reply
        #expect(complete?.content["matches"] == ["learningRate"])
        #expect(complete?.content["cursor_start"] == 6)
        let inspect = send("inspect_request", ["code": "learningRate", "cursor_pos": 3, "detail_level": 0]).reply
        #expect(inspect?.content["found"] == true)
        #expect(inspect?.content["data"]?["text/plain"] == "let learningRate\nThe learning rate.")
        #expect(send("is_complete_request", ["code": "for i in 0..<2 {"]).reply?.content == ["status": "incomplete", "indent": "    "])
        #expect(send("is_complete_request", ["code": "let = 1"]).reply?.content == ["status": "invalid"])
    }

    @Test func historyCommInfoShutdownAndUnknownMessages() {
        _ = execute("1 + 1")
        let history = send("history_request", ["hist_access_type": "tail", "n": 10, "output": false, "raw": true]).reply
        #expect(history?.content["history"] == [[1, 1, "1 + 1"]])
        _ = execute("print(2)")
        let withOutput = send("history_request", ["hist_access_type": "range", "session": 0, "start": 1, "stop": 3, "output": true]).reply
        #expect(withOutput?.content["history"] == [[1, 1, ["1 + 1", "2"]], [1, 2, ["print(2)", .null]]])
        _ = execute("1 + 1")
        let search = send("history_request", ["hist_access_type": "search", "pattern": "1 +*", "unique": true]).reply
        #expect(search?.content["history"] == [[1, 3, "1 + 1"]])
        #expect(send("comm_info_request", [:]).reply?.content == ["status": "ok", "comms": [:]])
        #expect(send("comm_open", ["comm_id": "x", "target_name": "t", "data": [:]]).reply == nil)
        var published: [WireMessage] = []
        let outcome = handler.handle(request("shutdown_request", ["restart": false])) { published.append($0) }
        guard case .shutdown(let reply) = outcome else {
            Issue.record("shutdown_request did not ask to stop")
            return
        }
        #expect(reply.type == "shutdown_reply")
        #expect(reply.content == ["status": "ok", "restart": false])
    }
}

/// A flag one thread sets and another reads.
final class Flag: @unchecked Sendable {
    private var value = false
    private let lock = NSLock()

    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}
