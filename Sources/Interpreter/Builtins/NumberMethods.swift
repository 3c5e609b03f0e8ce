/// The standard library's less everyday members of `Int`, `Double` and `Float`: overflow-reporting
/// arithmetic, `signum()`, `quotientAndRemainder(dividingBy:)`,
/// `isLess(than:)` and the like (`remainder(dividingBy:)` is `Methods`', beside `truncatingRemainder`).
enum NumberMethods {
    /// The method called `name`, or nil when it is none of these.
    static func method(_ name: String) -> MethodImpl? {
        switch name {
        case "addingReportingOverflow", "subtractingReportingOverflow", "multipliedReportingOverflow",
             "dividedReportingOverflow", "remainderReportingOverflow":
            return { r, a, _ in
                let x = try asInt(r), y = try asInt(a.first ?? .void)
                let result: (partialValue: Int, overflow: Bool)
                switch name {
                case "addingReportingOverflow": result = x.addingReportingOverflow(y)
                case "subtractingReportingOverflow": result = x.subtractingReportingOverflow(y)
                case "multipliedReportingOverflow": result = x.multipliedReportingOverflow(by: y)
                case "dividedReportingOverflow": result = x.dividedReportingOverflow(by: y)
                default: result = x.remainderReportingOverflow(dividingBy: y)
                }
                return .tuple(Tuple([.int(result.partialValue), .bool(result.overflow)], labels: ["partialValue", "overflow"]))
            }
        case "signum":
            return { r, _, _ in .int(try asInt(r).signum()) }
        case "quotientAndRemainder":
            return { r, a, _ in
                let x = try asInt(r), y = try asInt(a.first ?? .void)
                if y == 0 { throw RuntimeFailure.divisionByZero }
                if x == .min && y == -1 { throw RuntimeFailure.divisionOverflow }
                let (q, m) = x.quotientAndRemainder(dividingBy: y)
                return .tuple(Tuple([.int(q), .int(m)], labels: ["quotient", "remainder"]))
            }
        case "isLess", "isLessThanOrEqualTo", "isEqual":
            return { r, a, _ in
                guard let x = r.numericDouble, let y = a.first?.numericDouble else {
                    throw RuntimeFailure("\(name) needs two numbers")
                }
                switch name {
                case "isLess": return .bool(x.isLess(than: y))
                case "isLessThanOrEqualTo": return .bool(x.isLessThanOrEqualTo(y))
                default: return .bool(x.isEqual(to: y))
                }
            }
        default:
            return nil
        }
    }

    /// The static type of the method's result on a receiver of type `receiver`, when it is one of these.
    static func resultType(_ name: String, _ receiver: StaticType) -> StaticType? {
        switch name {
        case "addingReportingOverflow", "subtractingReportingOverflow", "multipliedReportingOverflow",
             "dividedReportingOverflow", "remainderReportingOverflow":
            return .tuple([.int, .bool], labels: ["partialValue", "overflow"])
        case "signum": return .int
        case "quotientAndRemainder": return .tuple([.int, .int], labels: ["quotient", "remainder"])
        case "isLess", "isLessThanOrEqualTo", "isEqual": return .bool
        default: return nil
        }
    }
}
