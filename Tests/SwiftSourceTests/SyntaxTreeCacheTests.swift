import Dispatch
import Foundation
import SwiftParser
import SwiftSyntax
import Testing

import SwiftSource

@Suite struct SyntaxTreeCacheTests {
    @Test func aTextParsedAgainGetsTheSameTree() {
        let cache = SyntaxTreeCache(capacity: 4)
        let source = "let x = 1 + 2\nprint(x)\n"
        let first = cache.tree(for: source)
        let second = cache.tree(for: source)
        // A node's identifier includes its tree's arena: equal only when the tree itself is the same one.
        #expect(first.id == second.id)
        #expect(second.description == source)
        #expect(cache.count == 1)
    }

    @Test func theTreeIsTheParsersTreeEvenForInvalidCode() {
        let source = "func f(_ x: Int) -> Int { x * 2 }\nlet broken = (\n"
        let tree = SyntaxTreeCache(capacity: 4).tree(for: source)
        let direct = Parser.parse(source: source)
        #expect(tree.hasError)
        #expect(tree.description == source)
        #expect(tree.debugDescription == direct.debugDescription)
    }

    @Test func differentTextsGetDifferentTrees() {
        let cache = SyntaxTreeCache(capacity: 4)
        let a = cache.tree(for: "let a = 1")
        let b = cache.tree(for: "let b = 1")
        #expect(a.id != b.id)
        #expect(b.description == "let b = 1")
        #expect(cache.count == 2)
    }

    @Test func theOldestTreeGoesOnceCapacityIsReached() {
        let cache = SyntaxTreeCache(capacity: 3)
        let oldest = cache.tree(for: "let a = 0")
        for name in ["b", "c", "d"] { _ = cache.tree(for: "let \(name) = 0") }
        #expect(cache.count == 3)
        // "let a" went first, so it is parsed anew: a tree of the same text, but another one.
        let again = cache.tree(for: "let a = 0")
        #expect(again.id != oldest.id)
        #expect(again.description == "let a = 0")
        #expect(cache.count == 3)
    }

    @Test func theSecondOldestStaysWhileTheOldestGoes() {
        let cache = SyntaxTreeCache(capacity: 2)
        _ = cache.tree(for: "let a = 0")
        let b = cache.tree(for: "let b = 0")
        _ = cache.tree(for: "let c = 0")
        #expect(cache.tree(for: "let b = 0").id == b.id)
    }

    @Test func concurrentCallersEachGetTheirTextsTree() {
        let cache = SyntaxTreeCache(capacity: 8)
        let sources = (0..<64).map { "let v\($0 % 16) = \($0 % 16)\n" }
        let texts = Texts()
        DispatchQueue.concurrentPerform(iterations: sources.count) { i in
            texts.append(cache.tree(for: sources[i]).description)
        }
        #expect(texts.all.sorted() == sources.sorted())
        #expect(cache.count <= 8)
    }
}

/// Texts appended from several threads.
private final class Texts: @unchecked Sendable {
    private let lock = NSLock()
    private var texts: [String] = []

    func append(_ text: String) {
        lock.lock()
        defer { lock.unlock() }
        texts.append(text)
    }

    var all: [String] {
        lock.lock()
        defer { lock.unlock() }
        return texts
    }
}
