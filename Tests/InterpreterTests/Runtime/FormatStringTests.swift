import Testing
@testable import Interpreter

/// `String(format:)` follows C printf rules (Foundation's implementation).
@Suite struct FormatStringTests {
    var cases: [(String, [Value], String)] { [
        ("%.4f", [Value.double(3.14159265)], "3.1416"),
        ("%5d|%-5d|%05d", [.int(42), .int(42), .int(42)], "   42|42   |00042"),
        ("%x %X %o", [.int(255), .int(255), .int(8)], "ff FF 10"),
        ("%e", [.double(12345.678)], "1.234568e+04"),
        ("%g", [.double(0.0001)], "0.0001"),
        ("%@!", [.string("hi")], "hi!"),
        ("%d%%", [.int(5)], "5%"),
        ("%.2f", [.float(0.5)], "0.50"),
        ("%ld", [.int(Int.max)], "9223372036854775807"),
    ] }

    @Test func formatsLikePrintf() throws {
        for (format, args, expected) in cases {
            #expect(try FormatString.format(format, args) == expected, "\(format)")
        }
    }

    @Test func mismatchedArgumentsAreErrors() {
        #expect(throws: RuntimeFailure.self) { try FormatString.format("%d", [.string("x")]) }
        #expect(throws: RuntimeFailure.self) { try FormatString.format("%f %f", [.double(1)]) }
        #expect(throws: RuntimeFailure.self) { try FormatString.format("%q", [.int(1)]) }
    }
}
