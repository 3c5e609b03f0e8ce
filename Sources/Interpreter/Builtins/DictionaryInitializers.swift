/// `Dictionary(grouping:by:)`, `Dictionary(uniqueKeysWithValues:)` and `Dictionary(_:uniquingKeysWith:)`, in the order the elements
/// come (nbrun's dictionaries keep insertion order).
enum DictionaryInitializers {
    static func make(_ args: [NativeArgument], _ rt: Runtime) throws -> Value {
        switch args.map(\.label) {
        case ["grouping", "by"], ["grouping", nil]:  // (a trailing closure has no label)
            guard case .function(let key) = args[1].value else { throw RuntimeFailure("Dictionary(grouping:by:) expects a function") }
            var groups = OrderedDictionary()
            for element in try Methods.elements(args[0].value) {
                let k = try rt.invoke(key, element)
                var members = try groups.value(for: k) ?? .array([])
                try members.withArray { $0.append(element) }
                try groups.set(members, for: k)
            }
            return .dictionary(groups)
        case ["uniqueKeysWithValues"]:
            var d = OrderedDictionary()
            for pair in try Methods.elements(args[0].value) {
                guard case .tuple(let t) = pair, t.elements.count == 2 else {
                    throw RuntimeFailure("Dictionary(uniqueKeysWithValues:) expects (key, value) pairs")
                }
                if try d.value(for: t.elements[0]) != nil {
                    throw RuntimeFailure("Duplicate values for key: '\(t.elements[0].description)'")
                }
                try d.set(t.elements[1], for: t.elements[0])
            }
            return .dictionary(d)
        case [nil, "uniquingKeysWith"]:
            // `Dictionary(pairs, uniquingKeysWith: +)`: a repeated key's values combined by the function.
            guard case .function(let combine) = args[1].value else {
                throw RuntimeFailure("Dictionary(_:uniquingKeysWith:) expects a function")
            }
            var d = OrderedDictionary()
            for pair in try Methods.elements(args[0].value) {
                guard case .tuple(let t) = pair, t.elements.count == 2 else {
                    throw RuntimeFailure("Dictionary(_:uniquingKeysWith:) expects (key, value) pairs")
                }
                let value = try d.value(for: t.elements[0]).map { try rt.invoke(combine, [$0, t.elements[1]]) } ?? t.elements[1]
                try d.set(value, for: t.elements[0])
            }
            return .dictionary(d)
        case []:
            return .dictionary(OrderedDictionary())
        default:
            throw RuntimeFailure("no matching initializer for Dictionary")
        }
    }
}
