import NotebookFormat

extension HTMLReport {
    /// A chapter's page in a course site: the single-notebook report with the course's table of contents
    /// before it and previous/next links after it.
    ///
    /// - Parameters:
    ///   - notebook: The executed chapter.
    ///   - options: What to show beyond the notebook itself.
    ///   - outline: The whole course.
    ///   - current: The chapter's index in `outline.chapters`.
    /// - Returns: The complete HTML document.
    public static func renderChapter(
        _ notebook: Notebook, options: ReportOptions, outline: CourseOutline, current: Int
    ) -> String {
        let navigation = CourseNavigationView(outline: outline, current: current)
        var content = [navigation.contents] + body(of: notebook, options: options)
        // The pager goes after the cells, before the footer.
        if let pager = navigation.pager { content.insert(pager, at: content.count - 1) }
        return page(title: title(of: notebook) + " · " + outline.title, body: content, css: ReportStyle.css + CourseStyle.css)
    }

    /// The course's `index.html`: parts and chapters with each chapter's state in words.
    ///
    /// - Parameters:
    ///   - outline: The whole course.
    ///   - states: Each chapter's state, in `outline.chapters` order.
    /// - Returns: The complete HTML document.
    public static func renderCourseIndex(_ outline: CourseOutline, states: [ChapterState]) -> String {
        let failed = states.filter { $0 == .failed }.count
        let count = outline.chapters.count
        let summary = "\(count) chapter\(count == 1 ? "" : "s"), "
            + (failed == 0 ? "all ok" : "\(failed) failed")
        var body: [HTMLNode] = [.el("header", [("class", "report-header")], [
            .el("h1", [("class", "title")], [.text(outline.title)]),
            .el("p", [("class", "subtitle")], [.text(summary)]),
        ])]
        var position = 0
        var sections: [HTMLNode] = []
        for part in outline.parts {
            if let title = part.title { sections.append(.el("h2", [], [.text(title)])) }
            let rows = part.chapters.map { chapter -> HTMLNode in
                defer { position += 1 }
                let state = position < states.count ? states[position].rawValue : ChapterState.failed.rawValue
                return .el("tr", [], [
                    .el("td", [], [.el("a", [("href", chapter.href)], [.text(chapter.title)])]),
                    .el("td", [("class", "file")], [.text(chapter.fileName)]),
                    .el("td", [("class", "state \(state)")], [.text(state)]),
                ])
            }
            let head = HTMLNode.el("tr", [], ["Chapter", "File", "State"].map { .el("th", [], [.text($0)]) })
            sections.append(.el("table", [("class", "index")], [.el("thead", [], [head]), .el("tbody", [], rows)]))
        }
        body.append(.el("main", [], sections))
        return page(title: outline.title, body: body, css: ReportStyle.css + CourseStyle.css)
    }

    /// The page the preview shows while a course cannot be built: every error, located.
    ///
    /// - Parameters:
    ///   - messages: The `file:LINE: error: …` lines.
    ///   - title: The course folder or title.
    /// - Returns: The complete HTML document.
    public static func renderBuildErrors(_ messages: [String], title: String) -> String {
        page(title: "Build failed · " + title, body: [
            .el("header", [("class", "report-header")], [
                .el("h1", [("class", "title")], [.text("The course could not be built")]),
                .el("p", [("class", "subtitle")], [.text(title)]),
            ]),
            .el("main", [], [.el("pre", [("class", "build-error")], [.text(messages.joined(separator: "\n"))])]),
        ], css: ReportStyle.css + CourseStyle.css)
    }
}
