/// The course's table of contents and the previous/next links on every chapter page.
struct CourseNavigationView {
    let outline: CourseOutline
    /// The index in `outline.chapters` of the page's chapter, or nil on the index page.
    let current: Int?

    /// `<nav class="course">`: the course title (a link to the index) and every part's chapters, numbered
    /// on from the previous part, the current one marked `aria-current="page"`.
    var contents: HTMLNode {
        var position = 0
        var children: [HTMLNode] = [
            .el("p", [("class", "course-title")], [.el("a", [("href", "index.html")], [.text(outline.title)])]),
        ]
        for part in outline.parts {
            if let title = part.title { children.append(.el("p", [("class", "part-title")], [.text(title)])) }
            let items = part.chapters.map { chapter -> HTMLNode in
                defer { position += 1 }
                var attributes = [("href", chapter.href)]
                if position == current { attributes.append(("aria-current", "page")) }
                return .el("li", [], [.el("a", attributes, [.text(chapter.title)])])
            }
            // Chapters are numbered through the whole course, as in a book, not from 1 in every part.
            let first = position - part.chapters.count + 1
            children.append(.el("ol", first == 1 ? [] : [("start", "\(first)")], items))
        }
        return .el("nav", [("class", "course"), ("aria-label", "Course contents")], children)
    }

    /// `<nav class="pager">` with `rel="prev"` and `rel="next"` links, or nil for a one-chapter course.
    var pager: HTMLNode? {
        guard let current else { return nil }
        let chapters = outline.chapters
        var links: [HTMLNode] = []
        if current > 0 {
            let previous = chapters[current - 1]
            links.append(.el("a", [("rel", "prev"), ("href", previous.href)], [.text("← " + previous.title)]))
        }
        if current + 1 < chapters.count {
            let next = chapters[current + 1]
            links.append(.el("a", [("rel", "next"), ("href", next.href)], [.text(next.title + " →")]))
        }
        return links.isEmpty ? nil : .el("nav", [("class", "pager"), ("aria-label", "Chapters")], links)
    }
}
