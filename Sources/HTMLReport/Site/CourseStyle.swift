/// The style sheet added to course pages for the course navigation (static text, never user input).
enum CourseStyle {
    /// Appended to `ReportStyle.css` on chapter and index pages.
    static let css = """
        nav.course {
          border: 1px solid var(--line); border-radius: 8px; padding: 0.75rem 1.25rem;
          margin-bottom: 1.5rem; font-size: 0.92rem; background: var(--page);
        }
        nav.course .course-title { margin: 0 0 0.3rem; font-weight: 700; font-size: 1rem; }
        nav.course .part-title {
          margin: 0.5rem 0 0.1rem; color: var(--muted); font-size: 0.78rem; font-weight: 600;
          text-transform: uppercase; letter-spacing: 0.04em;
        }
        nav.course ol { margin: 0; padding-left: 1.4rem; }
        nav.course a[aria-current="page"] { font-weight: 700; color: var(--text); }
        nav.pager {
          display: flex; justify-content: space-between; gap: 1rem; margin-top: 2.5rem;
          padding-top: 1rem; border-top: 1px solid var(--line);
        }
        nav.pager a[rel="next"] { margin-left: auto; text-align: right; }
        table.index td.state { font-weight: 600; }
        table.index td.state.failed { color: var(--bad); }
        table.index td.state.ok { color: var(--ok); }
        .build-error {
          white-space: pre-wrap; font: 0.9rem var(--mono); background: var(--bad-bg); color: var(--bad);
          border-radius: 8px; padding: 1rem;
        }

        """
}
