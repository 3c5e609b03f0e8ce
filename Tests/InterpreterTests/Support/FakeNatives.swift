import Interpreter

/// A test-only stand-in for the tensor runtime: a flat array of doubles with a shape.
final class FakeTensor: NativeObject {
    let values: [Double]
    let shape: [Int]

    init(_ values: [Double], shape: [Int]? = nil) {
        self.values = values
        self.shape = shape ?? [values.count]
    }

    var typeName: String { "Tensor" }
    var description: String { "Tensor(\(values), shape: \(shape))" }

    func property(_ name: String, context: NativeContext) throws -> Value {
        switch name {
        case "shape": return .array(shape.map { .int($0) })
        case "scalar":
            guard values.count == 1 else { throw NativeError("scalar: tensor has \(values.count) elements") }
            return .float(Float(values[0]))
        case "scalars": return .array(values.map { .float(Float($0)) })
        default: throw NativeError("value of type 'Tensor' has no member '\(name)'")
        }
    }

    func callMethod(_ name: String, _ arguments: [NativeArgument], context: NativeContext) throws -> Value {
        switch name {
        case "sum": return .native(FakeTensor([values.reduce(0, +)]))
        case "reshaped":
            let shape = try FakeNatives.ints(arguments.first?.value)
            guard shape.reduce(1, *) == values.count else {
                throw NativeError("reshape: cannot reshape \(self.shape) to \(shape)")
            }
            return .native(FakeTensor(values, shape: shape))
        default: throw NativeError("value of type 'Tensor' has no member '\(name)'")
        }
    }

    func subscriptGet(_ arguments: [NativeArgument], context: NativeContext) throws -> Value {
        let indices = try arguments.map { arg -> Int in
            guard case .int(let i) = arg.value else { throw NativeError("tensor index must be an Int") }
            return i
        }
        var flat = 0
        for (axis, i) in indices.enumerated() {
            guard axis < shape.count, i >= 0, i < shape[axis] else { throw NativeError("index \(indices) out of range for shape \(shape)") }
            flat = flat * shape[axis] + i
        }
        let stride = shape.dropFirst(indices.count).reduce(1, *)
        return .native(FakeTensor(Array(values[flat * stride..<(flat + 1) * stride]), shape: Array(shape.dropFirst(indices.count))))
    }
}

/// A fake tape: `record` calls the closure back; `gradient` returns optionals, arrays or dictionaries.
final class FakeTape: NativeObject {
    var used = false
    let persistent: Bool

    init(persistent: Bool) {
        self.persistent = persistent
    }

    var typeName: String { "GradientTape" }
    var description: String { "GradientTape(persistent: \(persistent))" }

    func callMethod(_ name: String, _ arguments: [NativeArgument], context: NativeContext) throws -> Value {
        switch name {
        case "record":
            guard let body = arguments.last?.value else { throw NativeError("record needs a closure") }
            return try context.call(body)
        case "gradient":
            if used && !persistent {
                throw NativeError("gradient: a non-persistent GradientTape can only be used once; use persistent: true")
            }
            used = true
            let gradient: (Value) -> Value = { source in
                if case .native(let t as FakeTensor) = source { return .some(.native(FakeTensor(t.values.map { $0 * 2 }))) }
                return .none
            }
            switch arguments[1].value {
            case .array(let sources): return .array(sources.map(gradient))
            case .dictionary(let d):
                var out = OrderedDictionary()
                for (k, v) in zip(d.keys, d.values) { try out.set(gradient(v), for: k) }
                return .dictionary(out)
            case let source: return gradient(source)
            }
        default: throw NativeError("value of type 'GradientTape' has no member '\(name)'")
        }
    }
}

/// A fake `plt`: records each call as text.
final class FakePlot: NativeObject {
    var log: [String] = []
    var typeName: String { "Pyplot" }
    var description: String { "plt" }

    func callMethod(_ name: String, _ arguments: [NativeArgument], context: NativeContext) throws -> Value {
        let args = arguments.map { ($0.label.map { "\($0): " } ?? "") + $0.value.debugDescription }
        log.append("\(name)(\(args.joined(separator: ", ")))")
        return .void
    }
}

/// Registers the fakes into a session, the way `Execution` registers the real runtime.
enum FakeNatives {
    static func ints(_ value: Value?) throws -> [Int] {
        guard case .array(let items)? = value else { throw NativeError("expected [Int]") }
        return try items.map {
            guard case .int(let i) = $0 else { throw NativeError("expected [Int]") }
            return i
        }
    }

    static func doubles(_ value: Value) throws -> [Double] {
        switch value {
        case .int(let i): return [Double(i)]
        case .double(let d): return [d]
        case .float(let f): return [Double(f)]
        case .array(let items): return try items.flatMap { try doubles($0) }
        default: throw NativeError("expected numbers, got \(value.typeName)")
        }
    }

    static func tensor(_ value: Value) throws -> FakeTensor {
        if case .native(let t as FakeTensor) = value { return t }
        return FakeTensor(try doubles(value))
    }

    static func install(in session: InterpreterSession, plot: FakePlot) {
        session.register(type: NativeType(
            name: "Tensor",
            initializer: { args, _ in
                if args.count == 2, args[0].label == "shape", args[1].label == "scalars" {
                    return .native(FakeTensor(try doubles(args[1].value), shape: try ints(args[0].value)))
                }
                guard args.count == 1, args[0].label == nil else { throw NativeError("Tensor: unsupported arguments") }
                return .native(FakeTensor(try doubles(args[0].value)))
            },
            staticMethods: [
                "zeros": { args, _ in
                    let shape = try ints(args.first?.value)
                    return .native(FakeTensor(Array(repeating: 0, count: shape.reduce(1, *)), shape: shape))
                },
                "linspace": { args, _ in
                    guard args.count == 3, args[2].label == "count", case .int(let n) = args[2].value,
                        let a = try doubles(args[0].value).first, let b = try doubles(args[1].value).first else {
                        throw NativeError("linspace(start, stop, count:)")
                    }
                    return .native(FakeTensor((0..<n).map { a + (b - a) * Double($0) / Double(n - 1) }))
                },
            ]))
        session.register(type: NativeType(name: "GradientTape", initializer: { args, _ in
            var persistent = false
            if case .bool(let p)? = args.first(where: { $0.label == "persistent" })?.value { persistent = p }
            return .native(FakeTape(persistent: persistent))
        }))
        session.register(function: "matmul") { args, _ in
            let a = try tensor(args[0].value), b = try tensor(args[1].value)
            guard a.shape.last == b.shape.first else {
                throw NativeError("matmul: cannot multiply \(a.shape) by \(b.shape)")
            }
            return .native(FakeTensor([zip(a.values, b.values).map(*).reduce(0, +)]))
        }
        session.register(function: "reduceMean") { args, _ in
            let t = try tensor(args[0].value)
            let labels = args.dropFirst().map { $0.label ?? "_" }.joined(separator: ",")
            return .tuple(Tuple([.native(FakeTensor([t.values.reduce(0, +) / Double(t.values.count)])), .string(labels)]))
        }
        session.register(function: "setSeed") { _, _ in .void }
        session.register(function: "cast") { args, _ in
            guard args.count == 2, args[1].label == "to", case .implicitMember(let dtype) = args[1].value else {
                throw NativeError("cast(_:to:) expects a dtype such as .int32")
            }
            return .string("cast to \(dtype)")
        }
        session.register(function: "addN") { args, _ in
            guard case .array(let items) = args[0].value else { throw NativeError("addN expects an array") }
            let ts = try items.map(tensor)
            return .native(FakeTensor([ts.flatMap(\.values).reduce(0, +)]))
        }
        session.register(function: "sin") { args, _ in
            .native(FakeTensor(try tensor(args[0].value).values.map { _ in 42 }))
        }
        session.register(global: "plt", value: .native(plot))
        session.register(binaryOperator: { op, lhs, rhs, _ in
            let a = try tensor(lhs), b = try tensor(rhs)
            let f: (Double, Double) -> Double
            switch op {
            case "+": f = (+)
            case "-": f = (-)
            case "*": f = (*)
            case "/": f = (/)
            case "**": f = { x, y in (0..<Int(y)).reduce(1) { acc, _ in acc * x } }
            case ">": f = { x, y in x > y ? 1 : 0 }
            default: return nil
            }
            let n = max(a.values.count, b.values.count)
            return .native(FakeTensor((0..<n).map { f(a.values[$0 % a.values.count], b.values[$0 % b.values.count]) },
                                     shape: a.values.count >= b.values.count ? a.shape : b.shape))
        })
        session.register(prefixOperator: { op, operand, _ in
            guard op == "-" else { return nil }
            let t = try tensor(operand)
            return .native(FakeTensor(t.values.map { -$0 }, shape: t.shape))
        })
    }
}
