import SwiftSyntax

/// Lowers a parsed cell once into compiled closures ("closure-compiled IR"): names are resolved to
/// frame slots and static types are checked here, so evaluation never touches swift-syntax nodes
/// and never looks a variable up by name.
final class Lowerer {
    let rt: Runtime
    let converter: SourceLocationConverter
    var scope: FunctionScope
    /// Memoised literal checks: operand chains ask them at every level (`1 + 1 + ... + 1`).
    var numericLiteralCache: [SyntaxIdentifier: Bool] = [:]
    var floatLiteralCache: [SyntaxIdentifier: Bool] = [:]
    /// Names this cell declared at top level (a cell may not declare a name twice; a later cell may).
    var declaredInCell: Set<String> = []
    /// How many `try`s cover the expression being lowered, and how many `do` blocks with a
    /// catch-all clause enclose it, in the body being lowered (a closure's or nested function's body
    /// starts from none: Swift's `try` does not reach into them).
    var tryDepth: Int {
        get { scope.tryDepth }
        set { scope.tryDepth = newValue }
    }
    var catchAllDepth: Int {
        get { scope.catchAllDepth }
        set { scope.catchAllDepth = newValue }
    }
    /// The `&x` arguments passed to `inout` parameters (elsewhere `&` is Swift's error).
    var allowedInOut: Set<SyntaxIdentifier> = []
    /// Annotated default values of the cell's stored properties, lowered with the member bodies.
    var pendingDefaults: [PendingDefault] = []
    /// While a `do` body is lowered: the error types its `try`s and `throw`s may raise (nil for one
    /// that is not known), so that its `catch` can give `error` the one type they share.
    var thrownTypes: [StaticType?]?
    /// The cell's top-level variable bindings by name, for the types of default values that name them.
    var cellGlobals: [String: PatternBindingSyntax] = [:]

    /// The session's top-level frame, where globals live.
    let globalFrame: Frame
    /// The depth recorded for a global referenced from inside a function (see `FunctionScope.lookup`).
    static let globalDepth = -1

    init(runtime: Runtime, converter: SourceLocationConverter, globals: FunctionScope, globalFrame: Frame) {
        rt = runtime
        self.converter = converter
        scope = globals
        self.globalFrame = globalFrame
    }

    /// The storage of variable `slot` living `depth` frames out of `f` (or in the global frame).
    /// The pointer is valid while `f` is: a frame keeps its enclosing frames alive.
    func slotLocator(_ depth: Int, _ slot: Int) -> SlotLocator {
        switch depth {
        case 0: return .local(slot)
        case Lowerer.globalDepth: return .global(globalFrame.slots + slot)
        default: return .enclosing(depth: depth, slot: slot)
        }
    }

    /// The cell-relative position of a node's first token.
    func pos(_ node: some SyntaxProtocol) -> SourcePosition {
        let loc = converter.location(for: node.positionAfterSkippingLeadingTrivia)
        return SourcePosition(line: loc.line, column: loc.column)
    }

    /// A semantic error located at `node`.
    func fail(_ message: String, _ node: some SyntaxProtocol) -> SemanticError {
        SemanticError(message: message, position: pos(node))
    }

    /// What `name` is bound to in the block being declared into (at the top level: by this cell), if anything.
    func declaredHere(_ name: String) -> Binding? {
        if scope.parent == nil && scope.blocks.count == 1 { return declaredInCell.contains(name) ? scope.blocks[0][name] : nil }
        return scope.blocks.last?[name]
    }

    /// Rejects a second declaration of `name` in the same scope, as Swift does (re-declaring a name
    /// of an earlier cell is allowed: REPL semantics); the message names it as `shown` (a function's
    /// name with its labels).
    func checkRedeclaration(_ name: String, shownAs shown: String? = nil, _ node: some SyntaxProtocol) throws {
        let existing = declaredHere(name)
        if scope.parent == nil && scope.blocks.count == 1 { declaredInCell.insert(name) }
        guard existing != nil else { return }
        throw fail("invalid redeclaration of '\(shown ?? name)'", node)
    }

    /// The error for a construct outside the supported subset.
    func unsupported(_ what: String, _ node: some SyntaxProtocol) -> SemanticError {
        fail("\(what) is not supported in notebooks", node)
    }

    /// Lowers the top level of a cell; its declarations go into the session's global scope.
    func lowerCell(_ file: SourceFileSyntax) throws -> StmtCode {
        try lowerItems(file.statements, topLevel: true)
    }

    /// Lowers a `{ ... }` body in a new block scope.
    func lowerBlock(_ items: CodeBlockItemListSyntax) throws -> StmtCode {
        scope.blocks.append([:])
        defer { scope.blocks.removeLast() }
        return try lowerItems(items)
    }

    /// Lowers statements in the current block: `func`s are declared first so they can be called
    /// before their declaration (and recursively), then everything is lowered in order. At top level
    /// function bodies are lowered last, so they may use globals declared further down (as in Swift).
    func lowerItems(_ items: some Collection<CodeBlockItemSyntax>, topLevel: Bool = false) throws -> StmtCode {
        if topLevel { noteCellGlobals(items) }
        let firstPendingDefault = pendingDefaults.count
        let (structs, staticStores) = try declareStructs(items, topLevel: topLevel)
        var functionDecls: [(FunctionDeclSyntax, Binding)] = []
        for item in items {
            if case .decl(let decl) = item.item, let f = decl.as(FunctionDeclSyntax.self) {
                functionDecls.append((f, try declareFunction(f)))
            }
        }
        if !topLevel, !structs.isEmpty { try lowerLocalTypeBodies(structs, beside: items, pendingDefaultsFrom: firstPendingDefault) }
        var prelude: [StmtBox] = []
        var codes: [StmtBox] = []
        var defers: [(at: Int, body: StmtCode)] = []
        var nextFunction = 0
        for item in items {
            if case .decl(let decl) = item.item, decl.is(FunctionDeclSyntax.self) {
                let (f, binding) = functionDecls[nextFunction]
                nextFunction += 1
                if !topLevel { prelude.append(StmtBox(run: try lowerFunctionBody(f, binding))) }
            } else if case .decl(let decl) = item.item, decl.is(StructDeclSyntax.self) || decl.is(ExtensionDeclSyntax.self)
                || decl.is(EnumDeclSyntax.self) || decl.is(ClassDeclSyntax.self) || decl.is(ProtocolDeclSyntax.self)
                || decl.is(TypeAliasDeclSyntax.self) {
                continue
            } else if case .stmt(let s) = item.item, let d = s.as(DeferStmtSyntax.self) {
                defers.append((codes.count, try lowerBlock(d.body.statements)))
            } else {
                codes.append(StmtBox(run: try lowerItem(item.item)))
            }
        }
        if topLevel {
            prelude = try functionDecls.map { StmtBox(run: try lowerFunctionBody($0.0, $0.1)) }
            try lowerPendingDefaults()
            for s in structs { try lowerStructBodies(s) }
            prelude = staticStores + prelude
        }
        return sequence(prelude + (defers.isEmpty ? codes : assembleDefers(codes, defers)))
    }

    /// Joins statements into one, stopping at the first that transfers control.
    func sequence(_ codes: [StmtBox]) -> StmtCode {
        switch codes.count {
        case 0: return { _ in .normal }
        case 1: return codes[0].run
        case 2:
            let a = codes[0].run, b = codes[1].run
            return { f in
                let flow = try a(f)
                guard case .normal = flow else { return flow }
                return try b(f)
            }
        case 3:
            let a = codes[0].run, b = codes[1].run, c = codes[2].run
            return { f in
                // (Pattern matches: they compile to a compare even where `==` stays a call.)
                var flow = try a(f)
                guard case .normal = flow else { return flow }
                flow = try b(f)
                guard case .normal = flow else { return flow }
                return try c(f)
            }
        default:
            // Halves joined like two statements: calling closures held by a closure's context
            // retains nothing, while looping over an array of them retains each on every run.
            let middle = codes.count / 2
            let a = sequence(Array(codes[..<middle])), b = sequence(Array(codes[middle...]))
            return { f in
                let flow = try a(f)
                guard case .normal = flow else { return flow }
                return try b(f)
            }
        }
    }

    func lowerItem(_ item: CodeBlockItemSyntax.Item) throws -> StmtCode {
        switch item {
        case .decl(let decl): return try lowerDecl(decl)
        case .stmt(let stmt): return try lowerStatement(stmt)
        case .expr(let expr): return try lowerExpressionStatement(expr)
        }
    }

    /// An expression used as a statement: `if`/`switch` statements, assignments and calls.
    func lowerExpressionStatement(_ expr: ExprSyntax) throws -> StmtCode {
        if let e = expr.as(IfExprSyntax.self) { return try lowerIf(e) }
        if let e = expr.as(SwitchExprSyntax.self) { return try lowerSwitch(e) }
        if let e = expr.as(InfixOperatorExprSyntax.self), let assign = try lowerAssignment(e) { return assign }
        if let call = expr.as(FunctionCallExprSyntax.self), let mutation = try lowerMutatingCall(call) {
            return mutation
        }
        let code = try lower(expr).code
        return { f in
            _ = try code(f)
            return .normal
        }
    }

    func lowerDecl(_ decl: DeclSyntax) throws -> StmtCode {
        if let v = decl.as(VariableDeclSyntax.self) { return try lowerVariableDecl(v) }
        if let o = decl.as(OperatorDeclSyntax.self) { return try declareOperator(o) }
        if decl.is(PrecedenceGroupDeclSyntax.self) { return { _ in .normal } }  // (read by the parser: CellParser)
        if let i = decl.as(ImportDeclSyntax.self) {
            let module = i.path.map(\.name.text).joined(separator: ".")
            guard ["Foundation", "Autodiff", "Plotting", "_Differentiation"].contains(module) else {
                throw fail("no such module '\(module)'", i.path)
            }
            return { _ in .normal }
        }
        throw unsupported(declarationName(decl), decl)
    }

    /// The name of an unsupported declaration kind, as the author wrote it.
    func declarationName(_ decl: DeclSyntax) -> String {
        switch decl.kind {
        case .classDecl: return "'class'"
        case .structDecl: return "'struct'"
        case .enumDecl: return "'enum'"
        case .protocolDecl: return "'protocol'"
        case .extensionDecl: return "'extension'"
        case .actorDecl: return "'actor'"
        case .typeAliasDecl: return "'typealias'"
        case .macroExpansionDecl, .macroDecl: return "a macro"
        case .operatorDecl: return "an operator declaration"
        case .precedenceGroupDecl: return "'precedencegroup'"
        case .subscriptDecl: return "'subscript'"
        case .initializerDecl: return "'init'"
        case .ifConfigDecl: return "'#if'"
        default: return "this declaration"
        }
    }
}
