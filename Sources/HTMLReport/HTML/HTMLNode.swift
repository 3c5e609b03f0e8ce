/// A typed HTML tree: reports are built as values and serialised in one place, so escaping cannot be forgotten.
public indirect enum HTMLNode: Sendable {
    /// An element with attributes (in the given order) and children.
    case element(String, attributes: [(String, String)], children: [HTMLNode])
    /// Text, escaped when rendered.
    case text(String)
    /// HTML that is already safe to embed: cmark's rendering of the notebook's prose. Nothing else uses it.
    case trusted(String)

    /// Elements that have no content and no end tag.
    private static let voidElements: Set<String> = ["br", "hr", "img", "meta", "link", "wbr"]
    /// Block elements get a line break after them, so reports and goldens diff line by line.
    /// (None of them ever sits inside a `<pre>`, where the break would show.)
    private static let blockElements: Set<String> = [
        "html", "head", "body", "title", "meta", "style", "header", "nav", "main", "footer", "section",
        "div", "p", "ul", "ol", "li", "h1", "h2", "h3", "figure", "table", "tr",
    ]

    /// An element; a convenience for building trees.
    ///
    /// - Parameters:
    ///   - name: The tag name, a constant of the renderer (never user text).
    ///   - attributes: Name and value pairs; the values are escaped.
    ///   - children: The content.
    public static func el(_ name: String, _ attributes: [(String, String)] = [], _ children: [HTMLNode] = []) -> HTMLNode {
        .element(name, attributes: attributes, children: children)
    }

    /// The node serialised as HTML.
    public func rendered() -> String {
        var out = ""
        render(into: &out)
        return out
    }

    /// Appends the node's HTML to `out`.
    public func render(into out: inout String) {
        switch self {
        case .text(let text):
            out += HTMLEscaping.escape(text)
        case .trusted(let html):
            out += html
        case .element(let name, let attributes, let children):
            out += "<" + name
            for (attribute, value) in attributes {
                out += " " + attribute + "=\"" + HTMLEscaping.escape(value) + "\""
            }
            out += ">"
            if !Self.voidElements.contains(name) {
                for child in children { child.render(into: &out) }
                out += "</" + name + ">"
            }
            if Self.blockElements.contains(name) { out += "\n" }
        }
    }
}
