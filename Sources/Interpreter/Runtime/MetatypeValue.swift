/// A type used as a value: what `type(of: x)` and `Point.self` give. `print` shows the type as Swift
/// does (`Point`, `Array<Int>`, and `main.Point` inside a collection); two are `==` when they name
/// the same type.
final class MetatypeValue: NativeObject {
    /// The type's full spelling (`Array<Outer.Inner>`, `Pair<Int, String>`, `(x: Int, y: Int)`).
    let spelling: String
    /// The notebook's type it names, if any (two types declared in different functions may share a name).
    let declared: NominalType?

    /// Creates the value for the type `spelling` names (nested types by their full names).
    init(spelling: String, declared: NominalType?) {
        self.spelling = spelling
        self.declared = declared
    }

    var typeName: String { spelling + ".Type" }

    /// The type as `print` shows it: nested types by their own names (`Array<Inner>`).
    var description: String {
        /// `Outer.Inner` → `Inner`, `Outer.Inner.Type` → `Inner.Type`.
        func ownName(_ word: String) -> String {
            let parts = word.split(separator: ".", omittingEmptySubsequences: false)
            guard let last = parts.lastIndex(where: { $0 != "Type" }) else { return word }
            return parts[last...].joined(separator: ".")
        }
        var result = "", word = ""
        for character in spelling {
            if "<>, ()-:".contains(character) {
                result += ownName(word) + String(character)
                word = ""
            } else {
                word.append(character)
            }
        }
        return result + ownName(word)
    }

    /// The type as Swift shows it inside a collection or another value (`Swift.Int`, `main.Outer.Inner`).
    var debugDescription: String { GenericArguments.qualified(spelling) }

    /// Whether both values name the same type.
    func isEqual(to other: any NativeObject) -> Bool {
        guard let other = other as? MetatypeValue else { return false }
        return spelling == other.spelling && declared === other.declared
    }
}
