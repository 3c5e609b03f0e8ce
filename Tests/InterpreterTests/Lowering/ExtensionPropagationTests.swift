import Testing
@testable import Interpreter

/// An `extension` in a later cell reaches the types declared before it that inherit from the extended
/// type. The expected lines are what swiftc prints for the same program in one file.
@Suite struct ExtensionPropagationTests {
    let session = InterpreterSession()

    /// Runs one cell, returning what it printed and its diagnostics' messages.
    func run(_ source: String) -> (String, [String]) {
        let out = OutputBuffer()
        let diagnostics = session.run(source, timeLimit: .seconds(10), output: { out.append($0) })
        return (out.lines.joined(separator: "\n"), diagnostics.map(\.message))
    }

    @Test func aSuperclassExtensionReachesEarlierSubclasses() {
        _ = run("""
            class Animal { func name() -> String { "animal" } }
            class Dog: Animal { override func name() -> String { "dog" } }
            final class Puppy: Dog { }
            """)
        let (out, errors) = run("""
            extension Animal {
                func describe() -> String { "I am " + name() }
                var legs: Int { 4 }
            }
            print(Dog().describe(), Puppy().describe(), Puppy().legs)
            """)
        #expect(errors == [])
        #expect(out == "I am dog I am dog 4")
    }

    @Test func aProtocolExtensionReachesEarlierConformersAndTheirSubclasses() {
        _ = run("""
            protocol Greets { func hello() -> String }
            struct Person: Greets { func hello() -> String { "hi" } }
            class Robot: Greets { func hello() -> String { "beep" } }
            class Android: Robot { }
            """)
        let (out, errors) = run("""
            extension Greets { func twice() -> String { hello() + " " + hello() } }
            let all: [Greets] = [Person(), Robot(), Android()]
            print(Person().twice(), Android().twice())
            for g in all { print(g.twice()) }
            """)
        #expect(errors == [])
        #expect(out == "hi hi beep beep\nhi hi\nbeep beep\nbeep beep")
    }
}
