let iIdle = 1
let iWork = 2
let iHandlerA = 3
let iHandlerB = 4
let iDevA = 5
let iDevB = 6

let kDev = 1000
let kWork = 1001

let bufferSize = 4
let iterations = 2

final class Packet {
    var link: Packet?
    var ident: Int
    var kind: Int
    var datum = 0
    var data: [Int]

    init(_ link: Packet?, _ ident: Int, _ kind: Int) {
        self.link = link
        self.ident = ident
        self.kind = kind
        data = [Int](repeating: 0, count: bufferSize)
    }

    func appendTo(_ list: Packet?) -> Packet {
        link = nil
        guard let list else { return self }
        var p = list
        var next = p.link
        while let n = next {
            p = n
            next = p.link
        }
        p.link = self
        return list
    }
}

class TaskRec {}

final class DeviceTaskRec: TaskRec {
    var pending: Packet? = nil
}

final class IdleTaskRec: TaskRec {
    var control = 1
    var count = 10000
}

final class HandlerTaskRec: TaskRec {
    var workIn: Packet? = nil
    var deviceIn: Packet? = nil

    func workInAdd(_ p: Packet) -> Packet? {
        workIn = p.appendTo(workIn)
        return workIn
    }

    func deviceInAdd(_ p: Packet) -> Packet? {
        deviceIn = p.appendTo(deviceIn)
        return deviceIn
    }
}

final class WorkerTaskRec: TaskRec {
    var destination: Int
    var count = 0

    override init() {
        destination = iHandlerA
        super.init()
    }
}

class TaskState {
    var packetPending = true
    var taskWaiting = false
    var taskHolding = false

    func setPacketPending() -> TaskState {
        packetPending = true
        taskWaiting = false
        taskHolding = false
        return self
    }

    func waiting() -> TaskState {
        packetPending = false
        taskWaiting = true
        taskHolding = false
        return self
    }

    func running() -> TaskState {
        packetPending = false
        taskWaiting = false
        taskHolding = false
        return self
    }

    func waitingWithPacket() -> TaskState {
        packetPending = true
        taskWaiting = true
        taskHolding = false
        return self
    }

    func isTaskHoldingOrWaiting() -> Bool {
        taskHolding || (!packetPending && taskWaiting)
    }

    func isWaitingWithPacket() -> Bool {
        packetPending && taskWaiting && !taskHolding
    }
}

final class TaskWorkArea {
    var taskTab = [Task?](repeating: nil, count: 10)
    var taskList: Task? = nil
    var holdCount = 0
    var qpktCount = 0
}

let taskWorkArea = TaskWorkArea()

class Task: TaskState {
    var link: Task?
    var ident: Int
    var priority: Int
    var input: Packet?
    var handle: TaskRec

    init(_ i: Int, _ p: Int, _ w: Packet?, _ initialState: TaskState, _ r: TaskRec) {
        link = taskWorkArea.taskList
        ident = i
        priority = p
        input = w
        handle = r
        super.init()
        packetPending = initialState.packetPending
        taskWaiting = initialState.taskWaiting
        taskHolding = initialState.taskHolding
        taskWorkArea.taskList = self
        taskWorkArea.taskTab[i] = self
    }

    func fn(_ pkt: Packet?, _ r: TaskRec) -> Task? {
        fatalError("fn is abstract")
    }

    func addPacket(_ p: Packet, _ old: Task) -> Task {
        if let input {
            _ = p.appendTo(input)
        } else {
            input = p
            packetPending = true
            if priority > old.priority {
                return self
            }
        }
        return old
    }

    func runTask() -> Task? {
        var msg: Packet? = nil
        if isWaitingWithPacket() {
            msg = input
            input = msg!.link
            if input == nil {
                _ = running()
            } else {
                _ = setPacketPending()
            }
        }
        return fn(msg, handle)
    }

    func waitTask() -> Task {
        taskWaiting = true
        return self
    }

    func hold() -> Task? {
        taskWorkArea.holdCount += 1
        taskHolding = true
        return link
    }

    func release(_ i: Int) -> Task {
        let t = findTcb(i)
        t.taskHolding = false
        return t.priority > priority ? t : self
    }

    func qpkt(_ pkt: Packet) -> Task {
        let t = findTcb(pkt.ident)
        taskWorkArea.qpktCount += 1
        pkt.link = nil
        pkt.ident = ident
        return t.addPacket(pkt, self)
    }

    func findTcb(_ id: Int) -> Task {
        guard let t = taskWorkArea.taskTab[id] else { fatalError("Bad task id \(id)") }
        return t
    }
}

final class DeviceTask: Task {
    override func fn(_ pkt: Packet?, _ r: TaskRec) -> Task? {
        let d = r as! DeviceTaskRec
        guard let pkt else {
            guard let pending = d.pending else { return waitTask() }
            d.pending = nil
            return qpkt(pending)
        }
        d.pending = pkt
        return hold()
    }
}

final class HandlerTask: Task {
    override func fn(_ pkt: Packet?, _ r: TaskRec) -> Task? {
        let h = r as! HandlerTaskRec
        if let pkt {
            if pkt.kind == kWork {
                _ = h.workInAdd(pkt)
            } else {
                _ = h.deviceInAdd(pkt)
            }
        }
        guard let work = h.workIn else { return waitTask() }
        let count = work.datum
        if count >= bufferSize {
            h.workIn = work.link
            return qpkt(work)
        }
        guard let dev = h.deviceIn else { return waitTask() }
        h.deviceIn = dev.link
        dev.datum = work.data[count]
        work.datum = count + 1
        return qpkt(dev)
    }
}

final class IdleTask: Task {
    override func fn(_ pkt: Packet?, _ r: TaskRec) -> Task? {
        let i = r as! IdleTaskRec
        i.count -= 1
        if i.count == 0 {
            return hold()
        } else if i.control & 1 == 0 {
            i.control /= 2
            return release(iDevA)
        }
        i.control = (i.control / 2) ^ 0xd008
        return release(iDevB)
    }
}

let letterA = 65

final class WorkTask: Task {
    override func fn(_ pkt: Packet?, _ r: TaskRec) -> Task? {
        let w = r as! WorkerTaskRec
        guard let pkt else { return waitTask() }
        let dest = w.destination == iHandlerA ? iHandlerB : iHandlerA
        w.destination = dest
        pkt.ident = dest
        pkt.datum = 0
        for i in 0..<bufferSize {
            w.count += 1
            if w.count > 26 {
                w.count = 1
            }
            pkt.data[i] = letterA + w.count - 1
        }
        return qpkt(pkt)
    }
}

func schedule() {
    var t = taskWorkArea.taskList
    while let task = t {
        t = task.isTaskHoldingOrWaiting() ? task.link : task.runTask()
    }
}

func run(_ iterations: Int) -> (holds: Int, packets: Int)? {
    var holds = 0
    var packets = 0
    for _ in 0..<iterations {
        taskWorkArea.holdCount = 0
        taskWorkArea.qpktCount = 0

        _ = IdleTask(iIdle, 0, nil, TaskState().running(), IdleTaskRec())

        var wkq = Packet(nil, 0, kWork)
        wkq = Packet(wkq, 0, kWork)
        _ = WorkTask(iWork, 1000, wkq, TaskState().waitingWithPacket(), WorkerTaskRec())

        wkq = Packet(nil, iDevA, kDev)
        wkq = Packet(wkq, iDevA, kDev)
        wkq = Packet(wkq, iDevA, kDev)
        _ = HandlerTask(iHandlerA, 2000, wkq, TaskState().waitingWithPacket(), HandlerTaskRec())

        wkq = Packet(nil, iDevB, kDev)
        wkq = Packet(wkq, iDevB, kDev)
        wkq = Packet(wkq, iDevB, kDev)
        _ = HandlerTask(iHandlerB, 3000, wkq, TaskState().waitingWithPacket(), HandlerTaskRec())

        _ = DeviceTask(iDevA, 4000, nil, TaskState().waiting(), DeviceTaskRec())
        _ = DeviceTask(iDevB, 5000, nil, TaskState().waiting(), DeviceTaskRec())

        schedule()

        if taskWorkArea.holdCount != 9297 || taskWorkArea.qpktCount != 23246 {
            return nil
        }
        holds += taskWorkArea.holdCount
        packets += taskWorkArea.qpktCount
    }
    return (holds, packets)
}

if let result = run(iterations) {
    print("holds \(result.holds), packets \(result.packets)")
} else {
    print("wrong counts")
}
