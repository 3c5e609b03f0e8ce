/// A run-time value of the notebook language.
///
/// Arrays, dictionaries and tuples are Swift value types, so assigning a `Value` copies them
/// (copy-on-write), which gives the language Swift's value semantics for collections for free.
/// Optionals are explicit: `.some(x)` is `Optional(x)` and `.none` is `nil`.
public enum Value {
    /// The empty tuple `()`, the result of statements and of functions without a return value.
    case void
    /// A Swift `Int` (64-bit, trapping arithmetic).
    case int(Int)
    /// A Swift `Double`.
    case double(Double)
    /// A Swift `Float`.
    case float(Float)
    /// A Swift `Bool`.
    case bool(Bool)
    /// A Swift `String`.
    case string(String)
    /// An array; elements may be of any kind.
    case array([Value])
    /// A dictionary that iterates in insertion order.
    case dictionary(OrderedDictionary)
    /// A `Set`, iterating in insertion order.
    case set(ValueSet)
    /// A tuple, possibly with element labels (`(offset: 0, element: "a")`).
    case tuple(Tuple)
    /// An optional holding a value: `Optional(x)`.
    indirect case some(Value)
    /// The optional without a value: `nil`.
    case none
    /// A function or closure (interpreted or built in).
    case function(Function)
    /// An object of a native extension type (for example a tensor).
    case native(any NativeObject)
    /// An implicit member expression such as `.float64`, passed to native code by name.
    case implicitMember(String)
    /// An integer range `lower..<upper` (`closed` means it was written `lower...upper - 1`).
    case range(IntRange)
    /// A value of a `struct` declared in the notebook.
    case structure(StructValue)
    /// A value of an `enum` declared in the notebook.
    case enumeration(EnumValue)
    /// An instance of a `class` declared in the notebook (shared by reference).
    case object(ObjectInstance)
}

/// The contents of a tuple value.
public struct Tuple {
    /// The elements in order.
    public var elements: [Value]
    /// The element labels, or nil when no element is labelled.
    public var labels: [String?]?

    /// Creates a tuple from its elements and optional labels.
    public init(_ elements: [Value], labels: [String?]? = nil) {
        self.elements = elements
        self.labels = labels
    }
}

/// An integer range, stored half-open.
public struct IntRange: Equatable, Sendable {
    /// The first element.
    public var lower: Int
    /// One past the last element.
    public var upper: Int
    /// Whether the range was written with `...` (only matters for printing it).
    public var closed: Bool

    /// Creates a half-open range `lower..<upper`; `closed` records the `...` spelling.
    public init(lower: Int, upper: Int, closed: Bool) {
        self.lower = lower
        self.upper = upper
        self.closed = closed
    }

    /// The number of elements.
    public var count: Int { upper > lower ? upper &- lower : 0 }
}

extension Value {
    /// The value wrapped as an optional (`Optional(x)`), or the value itself when it already is one.
    var asOptional: Value {
        switch self {
        case .some, .none: return self
        default: return .some(self)
        }
    }

    /// The Swift name of the value's dynamic type, as used in messages.
    public var typeName: String {
        switch self {
        case .void: return "()"
        case .int: return "Int"
        case .double: return "Double"
        case .float: return "Float"
        case .bool: return "Bool"
        case .string: return "String"
        case .array(let a): return "[\(a.first?.typeName ?? "Any")]"
        case .dictionary: return "Dictionary"
        case .set(let s): return "Set<\(s.elements.first?.typeName ?? "Any")>"
        case .tuple(let t): return "(" + t.elements.map(\.typeName).joined(separator: ", ") + ")"
        case .some(let v): return v.typeName + "?"
        case .none: return "Optional"
        case .function: return "function"
        case .native(let n): return n.typeName
        case .implicitMember: return "implicit member"
        case .range: return "Range<Int>"
        case .structure(let s): return s.type.name
        case .enumeration(let e): return e.type.name
        case .object(let o): return o.type.name
        }
    }

    /// The number as a Double when the value is numeric (used by lenient dynamic arithmetic).
    var numericDouble: Double? {
        switch self {
        case .int(let i): return Double(i)
        case .double(let d): return d
        case .float(let f): return Double(f)
        default: return nil
        }
    }
}
