import Testing
@testable import NotebookFormat

@Suite struct HeadingSluggerTests {
    @Test(arguments: [
        ("Hello, World!", "hello-world"),
        ("Tensor & friends (v2)", "tensor--friends-v2"),
        ("snake_case and-dash", "snake_case-and-dash"),
        ("Ünïcode Straße", "ünïcode-straße"),
        ("!!!", "section"),
    ])
    func slugsLikeGitHub(_ text: String, _ slug: String) {
        #expect(HeadingSlugger.slug(text) == slug)
    }

    @Test func duplicatesGetNumberedSuffixes() {
        var slugger = HeadingSlugger()
        let anchors = ["Intro", "Intro", "Intro 1", "Intro"].map { slugger.anchor(for: $0) }
        #expect(anchors == ["intro", "intro-1", "intro-1-1", "intro-2"])
    }
}
