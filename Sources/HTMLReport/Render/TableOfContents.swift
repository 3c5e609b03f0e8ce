import NotebookFormat

/// The table of contents: a link to every heading's anchor, indented by level.
struct TableOfContents {
    let notebook: Notebook

    /// The `<nav>`, or nil when the notebook has fewer than two headings (one heading needs no contents).
    var node: HTMLNode? {
        let headings = notebook.blocks.flatMap { block -> [Heading] in
            if case .prose(let prose) = block { prose.headings } else { [] }
        }
        guard headings.count >= 2 else { return nil }
        let top = headings.map(\.level).min() ?? 1
        let items = headings.map { heading in
            HTMLNode.el("li", [("class", "toc-level-\(min(heading.level - top, 3))")], [
                .el("a", [("href", "#\(heading.anchor)")], [.text(heading.text)]),
            ])
        }
        return .el("nav", [("class", "toc")], [
            .el("div", [("class", "toc-title")], [.text("Contents")]),
            .el("ul", [], items),
        ])
    }
}
