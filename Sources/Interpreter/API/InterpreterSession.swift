import Foundation
import SwiftOperators

/// Runs notebook cells of the Swift subset, keeping top-level declarations from cell to cell.
///
/// Each `run` parses the cell (SwiftParser, operators folded with `**`), lowers it once into
/// compiled closures with names resolved to slots and a light static type check, then evaluates
/// it on a thread with a 512 MiB stack, under a time limit and a call-depth limit.
///
/// Native extensions (the tensor runtime, `plt`) are plugged in with the `register` methods
/// before the first run:
///
/// ```swift
/// final class Counter: NativeObject {
///     var n = 0
///     var typeName: String { "Counter" }
///     var description: String { "Counter(\(n))" }
///     func callMethod(_ name: String, _ args: [NativeArgument], context: NativeContext) throws -> Value {
///         guard name == "bump" else { throw NativeError("value of type 'Counter' has no member '\(name)'") }
///         n += 1
///         return .int(n)
///     }
/// }
/// let session = InterpreterSession()
/// session.register(type: NativeType(name: "Counter", initializer: { _, _ in .native(Counter()) }))
/// session.register(function: "twice") { args, context in
///     _ = try context.call(args[0].value)    // call an interpreted closure back
///     return try context.call(args[0].value)
/// }
/// let diagnostics = session.run("let c = Counter()\nprint(twice { c.bump() })", timeLimit: .seconds(5)) { print($0, terminator: "") }
/// // prints "2"; diagnostics is empty
/// ```
///
/// Also: `register(global:value:)` for objects such as `plt`, `register(binaryOperator:)` and
/// `register(prefixOperator:)` for operators with a native operand. Native code is called on the
/// evaluation thread, one call at a time; it may call back into interpreted closures through its
/// `NativeContext`.
///
/// Semantics notes: dictionaries iterate in insertion order (Swift's order is unspecified); a later
/// cell may re-declare a name (the new declaration shadows the old one); run-time error positions are
/// the start of the failing expression (the operator for binary operators, the `!` of a force
/// unwrap, the call for failing calls).
public final class InterpreterSession {
    private let runtime = Runtime()
    private let globals = FunctionScope(parent: nil)
    /// Swift's operators and the notebook's (`**`, `.==`, …), with the `infix operator` declarations of the
    /// session's cells so far.
    private var operators = CellParser.operators
    /// Top-level slots of all cells; fixed so that closures may keep pointing at it.
    private let globalFrame = Frame.make(size: InterpreterSession.globalCapacity, parent: nil)
    static let globalCapacity = 1 << 14
    /// The module a notebook's own types belong to, as Swift shows it inside collections
    /// (`[main.Point(x: 1.0, y: 2.0)]`): a script compiled with `swiftc main.swift` is module `main`.
    public static let moduleName = "main"
    /// The thread that runs the cells, with a 512 MiB stack: deep recursion reaches our depth limit
    /// long before the machine stack runs out.
    private let evaluation = EvaluationThread(stackSize: 512 << 20)

    /// Creates an empty session.
    public init() {}

    deinit {
        // Functions stored in globals capture the global frame; clearing the slots breaks that cycle.
        // Slots past `slotCount` were never assigned. Releasing a deeply nested value (a list of 100,000
        // indirect enum cases, arrays in arrays) recurses once per level, so it happens on the evaluation
        // thread's large stack, not the caller's (which overflowed under the fuzz target, Fuzz/).
        let frame = globalFrame, count = min(globals.slotCount, InterpreterSession.globalCapacity)
        evaluation.run { for i in 0..<count { frame.slots[i] = .void } }
        evaluation.stop()
    }

    /// Runs one cell's source in this session. `output` receives printed text in order.
    ///
    /// - Parameters:
    ///   - source: the cell's Swift source.
    ///   - timeLimit: evaluation stops with a `.timeout` diagnostic after this long.
    ///   - output: receives each `print`'s text (called on the evaluation thread).
    /// - Returns: the diagnostics that stopped the cell (empty = success): every parse error, or the
    ///   first semantic error, or the run-time error. Never throws, never traps.
    public func run(_ source: String, timeLimit: Duration, output: @escaping (String) -> Void) -> [Diagnostic] {
        // Parsing, folding and lowering recurse over the syntax tree too (a long `a + b + ...` chain
        // is a deep tree), so the whole cell is handled on the large stack.
        evaluation.run { self.runOnLargeStack(source, timeLimit: timeLimit, output: output, result: nil) }
    }

    /// Runs one cell like `run(_:timeLimit:output:)` and, when the cell ends with an expression that has a
    /// value, passes that value to `result` (what a REPL or a Jupyter kernel echoes as the cell's result).
    ///
    /// - Parameters:
    ///   - source: the cell's Swift source.
    ///   - timeLimit: evaluation stops with a `.timeout` diagnostic after this long.
    ///   - output: receives each `print`'s text (called on the evaluation thread).
    ///   - result: receives the last expression's value, after the rest of the cell ran without error.
    /// - Returns: the diagnostics that stopped the cell (empty = success).
    public func run(_ source: String, timeLimit: Duration, output: @escaping (String) -> Void,
                    result: @escaping (Value) -> Void) -> [Diagnostic] {
        evaluation.run { self.runOnLargeStack(source, timeLimit: timeLimit, output: output, result: result) }
    }

    /// Stops the running cell at its next time-limit check, as if its time were up (the diagnostic says
    /// it was interrupted); the session stays usable. Safe to call from any thread; without a running
    /// cell it does nothing.
    public func interrupt() {
        runtime.interruptRequested.store(true, ordering: .relaxed)
    }

    private func runOnLargeStack(_ source: String, timeLimit: Duration, output: @escaping (String) -> Void,
                                 result: ((Value) -> Void)?) -> [Diagnostic] {
        // An interrupt that came while no cell ran is not meant for this one.
        runtime.interruptRequested.store(false, ordering: .relaxed)
        let parsed: CellParser.Parsed
        switch CellParser.parse(source, operators: &operators) {
        case .failure(let failure): return failure.diagnostics
        case .success(let p): parsed = p
        }
        let savedBlocks = globals.blocks, savedSlots = globals.slotCount
        let code: StmtCode
        do {
            let lowerer = Lowerer(runtime: runtime, converter: parsed.converter, globals: globals, globalFrame: globalFrame)
            code = try result.map { try lowerer.lowerCell(parsed.tree, result: $0) } ?? lowerer.lowerCell(parsed.tree)
        } catch let error as SemanticError {
            globals.blocks = savedBlocks
            globals.slotCount = savedSlots
            return [Diagnostic(phase: .semantic, line: error.position.line, column: error.position.column, message: error.message)]
        } catch {
            globals.blocks = savedBlocks
            globals.slotCount = savedSlots
            return [Diagnostic(phase: .semantic, line: 1, column: 1, message: "\(error)")]
        }
        guard globals.slotCount <= InterpreterSession.globalCapacity else {
            globals.blocks = savedBlocks
            globals.slotCount = savedSlots
            return [Diagnostic(phase: .semantic, line: 1, column: 1,
                               message: "too many top-level variables in this session (limit \(InterpreterSession.globalCapacity))")]
        }
        runtime.output = output
        runtime.timeLimit = timeLimit
        runtime.deadline = .now + timeLimit
        runtime.resetCounters()
        do {
            _ = try code(globalFrame)
            return []
        } catch let error as RuntimeError {
            return [error.diagnostic]
        } catch {
            return [error.located(at: SourcePosition(line: 1, column: 1)).diagnostic]
        }
    }

    /// Registers a global native function, callable as `name(args)`.
    ///
    /// If `name` is also a built-in (`sin`, `abs`, `pow`, ...), the built-in handles numbers and this
    /// function receives every other call (e.g. `sin(tensor)`).
    public func register(function name: String, _ body: @escaping NativeFunction) {
        runtime.nativeFunctions[name] = body
    }

    /// Registers a native type: usable in annotations, as a constructor and with static members.
    public func register(type: NativeType) {
        runtime.nativeTypes[type.name] = type
    }

    /// Registers a global constant (such as `plt`) visible to every later cell.
    public func register(global name: String, value: Value) {
        let binding = globals.declare(name, type: value.staticType, mutable: false)
        guard binding.slot < InterpreterSession.globalCapacity else { return }
        globalFrame.slots[binding.slot] = value
    }

    /// Registers the handler for binary operators (`+ - * / ** == < ...`) where either operand is native.
    public func register(binaryOperator handler: @escaping NativeBinaryOperator) {
        runtime.binaryOperator = handler
    }

    /// Registers the handler for prefix operators (`-t`) on native operands.
    public func register(prefixOperator handler: @escaping NativePrefixOperator) {
        runtime.prefixOperator = handler
    }

    /// Registers a protocol the host defines (`Layer`), which an author's type may then declare
    /// conformance to; the type must declare each of `requirements` as an instance method.
    public func register(protocol name: String, requirements: [String]) {
        runtime.nativeProtocols[name] = requirements
    }

    /// Registers a property every author's value has unless its type declares one of the same name
    /// (`model.trainableVariables`, found by walking the stored properties).
    public func register(property name: String, _ body: @escaping NativeProperty) {
        runtime.fallbackProperties[name] = body
    }

    /// Registers the source of random bits behind `Double.random(in:)`, `Int.random(in:)`, `Bool.random()`,
    /// `shuffled()`, `shuffle()` and `randomElement()`: the standard library's algorithms draw their
    /// 64-bit words from it, so a seeded source makes a notebook print the same numbers on every run.
    /// Without one, those calls are run-time errors.
    public func register(randomSource: @escaping () -> UInt64) {
        runtime.randomBits = randomSource
    }

}

extension Value {
    /// The static type the lowering pass assumes for a registered global value.
    var staticType: StaticType {
        switch self {
        case .int: return .int
        case .double: return .double
        case .float: return .float
        case .bool: return .bool
        case .string: return .string
        case .native(let n): return .native(n.typeName)
        case .structure(let s): return .nominal(s.type)
        case .enumeration(let e): return .nominal(e.type)
        case .object(let o): return .nominal(o.type)
        default: return .unknown
        }
    }
}
