import Testing
@testable import HTMLReport

@Suite struct HTMLEscapingTests {
    @Test func escapesTheFiveSpecialCharacters() {
        #expect(HTMLEscaping.escape("& < > \" '") == "&amp; &lt; &gt; &quot; &#39;")
        #expect(HTMLEscaping.escape("plain é 𝄞") == "plain é 𝄞")
        #expect(HTMLEscaping.escape("&amp;") == "&amp;amp;")
        #expect(HTMLEscaping.escape("é<𝄞>\"x\"") == "é&lt;𝄞&gt;&quot;x&quot;")
    }

    @Test func textAndAttributesAreEscapedTrustedIsNot() {
        let node = HTMLNode.el("a", [("title", "\"><script>")], [.text("<b>"), .trusted("<em>ok</em>")])
        #expect(node.rendered() == "<a title=\"&quot;&gt;&lt;script&gt;\">&lt;b&gt;<em>ok</em></a>")
    }

    @Test func voidElementsHaveNoEndTag() {
        #expect(HTMLNode.el("img", [("src", "x.png")]).rendered() == "<img src=\"x.png\">")
    }
}
