import Testing
@testable import HTMLReport

@Suite struct SwiftHighlighterTests {
    private func html(_ code: String) -> String {
        SwiftHighlighter.highlight(code).map { $0.rendered() }.joined()
    }

    @Test func classifiesTokens() {
        #expect(html("let x = 1.5 // one\n") ==
            "<span class=\"kw\">let</span> x <span class=\"op\">=</span> <span class=\"num\">1.5</span> "
            + "<span class=\"com\">// one</span>\n")
        #expect(html("print(\"hi\")") ==
            "<span class=\"fn\">print</span>(<span class=\"str\">&quot;hi&quot;</span>)")
        #expect(html("Tensor([1])") == "<span class=\"ty\">Tensor</span>([<span class=\"num\">1</span>])")
        #expect(html("tape.record { y }") ==
            "tape.<span class=\"fn\">record</span> { y }")
        #expect(html("func f(a: Double) -> Int") ==
            "<span class=\"kw\">func</span> <span class=\"fn\">f</span>(a: <span class=\"ty\">Double</span>) "
            + "<span class=\"op\">-&gt;</span> <span class=\"ty\">Int</span>")
    }

    @Test(arguments: [
        "let x = 1\n", "/* block */ let s = \"\"\"\n  multi\n  \"\"\"\n", "let z = y +* 2 (((\n", "}}} ]] ??\n",
        "", "let é = \"\\(x) <script>\"\n", String(repeating: "(", count: 5_000) + "\n",
        String(repeating: "[{", count: 3_000),
    ])
    func keepsTheSourceTextExactly(_ code: String) {
        let text = SwiftHighlighter.highlight(code).map { node -> String in
            switch node {
            case .text(let text): text
            case .element(_, _, let children): children.map { if case .text(let t) = $0 { t } else { "" } }.joined()
            case .trusted(let html): html
            }
        }.joined()
        #expect(text == code)
    }
}
