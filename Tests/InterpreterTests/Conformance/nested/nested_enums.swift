struct Robot {
    enum Mode: String, CaseIterable {
        case fast, slow
        var factor: Double { self == .fast ? 2.5 : 0.5 }
    }
    enum Command {
        case move(by: Int = 1)
        case turn(Direction)
        enum Direction { case left, right }
    }
    var mode = Mode.fast
    var log: [Command] = []
    mutating func run(_ c: Command) {
        log.append(c)
        switch c {
        case .move(let n): print("move", Double(n) * mode.factor)
        case .turn(.left): print("left")
        case .turn(.right): print("right")
        }
    }
}
var r = Robot()
r.run(.move()) // expect: move 2.5
r.run(.turn(.left)) // expect: left
r.mode = .slow
r.run(.move(by: 4)) // expect: move 2.0
print(r.mode, Robot.Mode.allCases, Robot.Mode(rawValue: "fast") as Any) // expect: slow [main.Robot.Mode.fast, main.Robot.Mode.slow] Optional(main.Robot.Mode.fast)
print(r.log) // expect: [main.Robot.Command.move(by: 1), main.Robot.Command.turn(main.Robot.Command.Direction.left), main.Robot.Command.move(by: 4)]
print(r) // expect: Robot(mode: main.Robot.Mode.slow, log: [main.Robot.Command.move(by: 1), main.Robot.Command.turn(main.Robot.Command.Direction.left), main.Robot.Command.move(by: 4)])
class Game {
    enum State: Int { case ready = 1, playing, over }
    var state = State.ready
}
let g = Game()
g.state = .over
print(g.state, g.state.rawValue) // expect: over 3
let d: Robot.Command.Direction = .right
print(d) // expect: right
