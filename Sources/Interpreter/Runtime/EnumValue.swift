/// The value of a declared `enum`: its type, which case it is, and the case's associated values.
///
/// A class, so a `Value` holding one stays one word wide; a case without associated values is one
/// shared instance per case (`NominalType.enumCases[i].shared`), so making `.red` allocates nothing.
/// Instances are never changed: a `mutating` method assigns a new value to `self`.
public final class EnumValue {
    /// The enum's declared type.
    public let type: NominalType
    /// The index of the case in declaration order (what synthesised `Comparable` compares).
    let caseIndex: Int
    /// The associated values in declaration order (empty for a plain case).
    let payload: [Value]

    init(type: NominalType, caseIndex: Int, payload: [Value]) {
        self.type = type
        self.caseIndex = caseIndex
        self.payload = payload
    }

    /// The case's declaration.
    var enumCase: EnumCase { type.enumCases[caseIndex] }
}

/// One `case` of a declared enum.
struct EnumCase {
    let name: String
    /// The associated values' labels (nil when unlabelled) and types.
    let labels: [String?]
    let types: [StaticType]
    /// Each associated value's default (`case circle(radius: Double = 1)`), evaluated where the case
    /// is constructed; nil for one without.
    var defaults: [CodeBox?] = []
    /// The raw value (`case red = 1`, or the one Swift gives implicitly), for an enum with a raw type.
    var rawValue: Value?
    /// The one value of a case without associated values.
    var shared: EnumValue?
}

extension EnumValue {
    /// Swift's text of an enum value: the case name, then its associated values as a tuple
    /// (`circle(radius: 2.0)`); associated values show as they do inside a collection.
    var caseDescription: String {
        let c = enumCase
        guard !payload.isEmpty else { return c.name }
        // A lone unlabelled tuple is the payload tuple itself (Swift prints `t(1, 2)`, not `t((1, 2))`).
        if payload.count == 1, c.labels[0] == nil, case .tuple = payload[0] { return c.name + payload[0].debugDescription }
        let parts = payload.enumerated().map { i, v in
            if let label = c.labels[i] { return "\(label): \(v.debugDescription)" }
            return v.debugDescription
        }
        return c.name + "(" + parts.joined(separator: ", ") + ")"
    }

    /// A `CustomStringConvertible` enum's `description` (`debug`: a `CustomDebugStringConvertible` one's
    /// `debugDescription` first).
    func customDescription(debug: Bool = false) -> String? {
        type.customText(of: .enumeration(self), debug: debug)
    }
}

extension RuntimeFailure {
    /// A value of another kind where the static type said a declared enum (a lowering bug).
    static var expectedEnum: RuntimeFailure { RuntimeFailure("expected an enum value") }
}
