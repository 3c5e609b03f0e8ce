import CCmark

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One top-level block of a Markdown document, converted from cmark's tree into Swift values.
struct MarkdownBlock: Hashable, Sendable {
    /// What the block is.
    enum Kind: Hashable, Sendable {
        /// A fenced code block in the cell language: its code.
        case cell(code: String)
        /// Any other block, already rendered to HTML, with the headings it contains.
        case rendered(html: String, headings: [Heading])
    }

    /// What the block is.
    var kind: Kind
    /// The block's first line (1-based); for fenced code, the opening fence.
    var startLine: Int
    /// The block's last line; for fenced code, the closing fence or the file's last line.
    var endLine: Int
}

/// The only bridge to cmark's C API (DESIGN.md rule 5): parses Markdown and converts the tree to Swift values.
///
/// Only the document's top-level children are looked at as possible code cells; code blocks nested in
/// lists or block quotes are rendered as part of their container's HTML (policy in `NotebookParser`).
/// Headings at any depth get an `id` from `slugger`, by rendering each heading ourselves and putting the
/// result into the tree as a custom block, so cmark renders everything else as usual.
enum CmarkDocument {
    /// Parses `text` and returns its top-level blocks in order.
    ///
    /// - Parameters:
    ///   - text: The Markdown, valid UTF-8 without NUL bytes.
    ///   - unsafeHTML: Pass raw HTML through instead of cmark's `<!-- raw HTML omitted -->`.
    ///   - cellLanguage: The first info-string word that makes a top-level fenced block a `.cell`.
    ///   - slugger: Gives each heading its unique anchor; shared across calls for one notebook.
    /// - Returns: The blocks, or an empty array when cmark could not allocate a document.
    static func blocks(
        of text: String, unsafeHTML: Bool, cellLanguage: String, slugger: inout HeadingSlugger
    ) -> [MarkdownBlock] {
        let options = CMARK_OPT_DEFAULT | (unsafeHTML ? CMARK_OPT_UNSAFE : 0)
        var utf8 = Array(text.utf8)
        utf8.append(0)
        let parsed = utf8.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    cmark_parse_document($0, buffer.count - 1, options)
                }
            } ?? nil
        }
        guard let document = parsed else { return [] }
        defer { cmark_node_free(document) }

        var blocks: [MarkdownBlock] = []
        var node = cmark_node_first_child(document)
        while let current = node {
            // Read the lines before any rewriting: custom blocks carry no positions.
            let startLine = Int(cmark_node_get_start_line(current))
            let endLine = Int(cmark_node_get_end_line(current))
            let kind = convert(current, options: options, cellLanguage: cellLanguage, slugger: &slugger)
            node = cmark_node_next(current)
            blocks.append(MarkdownBlock(kind: kind, startLine: startLine, endLine: endLine))
        }
        return blocks
    }

    /// Converts one top-level node: code blocks keep their text, everything else is rendered.
    private static func convert(
        _ node: OpaquePointer, options: Int32, cellLanguage: String, slugger: inout HeadingSlugger
    ) -> MarkdownBlock.Kind {
        if cmark_node_get_type(node) == CMARK_NODE_CODE_BLOCK {
            let info = string(cmark_node_get_fence_info(node))
            if info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first == Substring(cellLanguage) {
                return .cell(code: string(cmark_node_get_literal(node)))
            }
        }
        if cmark_node_get_type(node) == CMARK_NODE_HEADING {
            let (html, heading) = renderHeading(node, options: options, slugger: &slugger)
            return .rendered(html: html, headings: [heading])
        }
        let headings = replaceNestedHeadings(in: node, options: options, slugger: &slugger)
        return .rendered(html: render(node, options: options), headings: headings)
    }

    /// Swaps every heading inside `root` for a custom block holding its anchored HTML.
    private static func replaceNestedHeadings(
        in root: OpaquePointer, options: Int32, slugger: inout HeadingSlugger
    ) -> [Heading] {
        // Collect first: changing the tree while an iterator walks it is not allowed.
        var found: [OpaquePointer] = []
        guard let iterator = cmark_iter_new(root) else { return [] }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator),
               cmark_node_get_type(node) == CMARK_NODE_HEADING {
                found.append(node)
            }
        }
        cmark_iter_free(iterator)

        var headings: [Heading] = []
        for node in found {
            let (html, heading) = renderHeading(node, options: options, slugger: &slugger)
            headings.append(heading)
            guard let replacement = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { continue }
            cmark_node_set_on_enter(replacement, html)
            if cmark_node_replace(node, replacement) == 1 {
                cmark_node_free(node)
            } else {
                cmark_node_free(replacement)
            }
        }
        return headings
    }

    /// Renders a heading with an `id` attribute and returns it with its plain text and anchor.
    private static func renderHeading(
        _ node: OpaquePointer, options: Int32, slugger: inout HeadingSlugger
    ) -> (String, Heading) {
        let level = Int(cmark_node_get_heading_level(node))
        let text = plainText(of: node)
        let anchor = slugger.anchor(for: text)
        var html = render(node, options: options)
        // cmark renders a heading as `<hN>…</hN>` (no source positions are requested), so the tag is known.
        let openTag = "<h\(level)>"
        if html.hasPrefix(openTag) {
            html = "<h\(level) id=\"\(anchor)\">" + html.dropFirst(openTag.count)
        }
        return (html, Heading(level: level, text: text, anchor: anchor))
    }

    /// The text of a node's inline content, as a reader sees it (emphasis and code marks dropped).
    private static func plainText(of node: OpaquePointer) -> String {
        var text = ""
        guard let iterator = cmark_iter_new(node) else { return text }
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(child)
            if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE {
                text += string(cmark_node_get_literal(child))
            } else if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK {
                text += " "
            }
        }
        return text
    }

    /// Renders one node and its children to HTML.
    private static func render(_ node: OpaquePointer, options: Int32) -> String {
        guard let html = cmark_render_html(node, options) else { return "" }
        defer { free(html) }
        return String(cString: html)
    }

    /// Copies a C string owned by cmark; nil becomes empty.
    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}
