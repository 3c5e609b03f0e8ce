/// The report's inline style sheet: a light, readable course page that needs no network.
enum ReportStyle {
    /// The CSS, embedded in every report's `<style>` (static text, never user input).
    static let css = """

        :root {
          --text: #1f2328; --muted: #656d76; --line: #d8dee4; --paper: #ffffff; --page: #f6f8fa;
          --code-bg: #f6f8fa; --accent: #0969da;
          --ok: #1a7f37; --ok-bg: #dafbe1; --bad: #cf222e; --bad-bg: #ffebe9;
          --warn: #9a6700; --warn-bg: #fff8c5; --muted-bg: #eaeef2;
          --mono: ui-monospace, "SF Mono", Menlo, Consolas, "DejaVu Sans Mono", monospace;
        }
        * { box-sizing: border-box; }
        html { background: var(--page); }
        body {
          margin: 0 auto; padding: 2.5rem 2.75rem 3rem; max-width: 52rem; background: var(--paper);
          min-height: 100vh; color: var(--text); line-height: 1.6; font-size: 16.5px;
          font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial,
            "DejaVu Sans", sans-serif;
          box-shadow: 0 0 0 1px var(--line);
        }
        a { color: var(--accent); text-decoration: none; }
        a:hover { text-decoration: underline; }
        .report-header { border-bottom: 1px solid var(--line); padding-bottom: 1rem; margin-bottom: 1.5rem; }
        .report-header .source { margin: 0; color: var(--muted); font: 0.85rem var(--mono); }
        .report-header .subtitle { margin: 0; color: var(--muted); }
        .report-header .title { margin: 0.3rem 0 0.6rem; font-size: 2.1rem; line-height: 1.25; }
        .summary { display: flex; flex-wrap: wrap; gap: 0.4rem; margin-top: 0.6rem; }
        .pill, .badge {
          display: inline-block; border-radius: 999px; padding: 0.05rem 0.65rem; font-size: 0.8rem;
          font-weight: 600; background: var(--muted-bg); color: var(--muted); white-space: nowrap;
        }
        .pill.total { background: #ddf4ff; color: var(--accent); }
        .ok { background: var(--ok-bg); color: var(--ok); }
        .bad { background: var(--bad-bg); color: var(--bad); }
        .warn { background: var(--warn-bg); color: var(--warn); }
        .toc {
          background: var(--page); border: 1px solid var(--line); border-radius: 8px;
          padding: 0.75rem 1.25rem; margin-bottom: 2rem; font-size: 0.95rem;
        }
        .toc-title { font-weight: 700; color: var(--muted); text-transform: uppercase; font-size: 0.75rem;
          letter-spacing: 0.06em; margin-bottom: 0.3rem; }
        .toc ul { list-style: none; margin: 0; padding: 0; }
        .toc li { margin: 0.15rem 0; }
        .toc .toc-level-1 { padding-left: 1.1rem; }
        .toc .toc-level-2 { padding-left: 2.2rem; font-size: 0.9rem; }
        .toc .toc-level-3 { padding-left: 3.3rem; font-size: 0.9rem; }
        .prose h1, .prose h2, .prose h3 { line-height: 1.3; margin: 2rem 0 0.75rem; }
        .prose h1 { font-size: 2.1rem; margin-top: 0.5rem; }
        .prose h2 { font-size: 1.5rem; padding-bottom: 0.3rem; border-bottom: 1px solid var(--line); }
        .prose h3 { font-size: 1.2rem; }
        .prose code { font: 0.88em var(--mono); background: var(--code-bg); padding: 0.1em 0.35em;
          border-radius: 4px; }
        .prose pre { background: var(--code-bg); padding: 0.8rem 1rem; border-radius: 6px; overflow-x: auto; }
        .prose pre code { padding: 0; background: none; }
        .prose blockquote { margin: 1rem 0; padding: 0 1rem; color: var(--muted);
          border-left: 0.25rem solid var(--line); }
        .prose img { max-width: 100%; }
        .prose table { border-collapse: collapse; }
        .prose th, .prose td { border: 1px solid var(--line); padding: 0.3rem 0.7rem; }
        .cell { margin: 1.25rem 0 1.5rem; }
        .cell-head { display: flex; align-items: center; flex-wrap: wrap; gap: 0.4rem; margin-bottom: 0.3rem;
          font-size: 0.8rem; }
        .cell-head .loc { font-family: var(--mono); color: var(--muted); }
        .cell-head .badge { font-size: 0.72rem; padding: 0 0.55rem; }
        .cell-head .badge.option { background: none; border: 1px solid var(--line); font-family: var(--mono);
          font-weight: 400; }
        .cell-head .timing { margin-left: auto; color: var(--muted); font-family: var(--mono); }
        .code { display: flex; border: 1px solid var(--line); border-radius: 6px; background: var(--code-bg);
          overflow: hidden; }
        .code pre { margin: 0; padding: 0.75rem 0; font: 0.86rem/1.55 var(--mono); }
        .code .gutter { padding: 0.75rem 0.6rem 0.75rem 0.8rem; text-align: right; color: #8c959f;
          user-select: none; border-right: 1px solid var(--line); background: #eff2f5; }
        .code .source { padding-left: 1rem; padding-right: 1rem; overflow-x: auto; flex: 1; }
        .cell.not-run .code, .cell.skipped .code { opacity: 0.6; }
        .cell.failed .code { border-color: #ff8182; }
        code .kw { color: #a626a4; font-weight: 600; }
        code .str { color: #c41a16; }
        code .num { color: #1c00cf; }
        code .com { color: #6a737d; font-style: italic; }
        code .ty { color: #0b6e99; }
        code .fn { color: #326d74; font-weight: 600; }
        code .op { color: #5c6166; }
        .outputs { margin-top: 0.4rem; }
        .stream { margin: 0.4rem 0; padding: 0.6rem 1rem; font: 0.86rem/1.5 var(--mono);
          border-left: 3px solid var(--line); white-space: pre-wrap; overflow-wrap: anywhere; }
        .figure { margin: 0.6rem 0; text-align: center; }
        .figure img { max-width: 100%; height: auto; border: 1px solid var(--line); border-radius: 4px; }
        .error { margin: 0.5rem 0; border: 1px solid #ff8182; border-left-width: 4px; border-radius: 6px;
          background: var(--bad-bg); }
        .error.expected { border-color: #d4a72c; background: var(--warn-bg); }
        .error-label { padding: 0.3rem 1rem 0; font-size: 0.75rem; font-weight: 700; text-transform: uppercase;
          letter-spacing: 0.05em; color: var(--bad); }
        .error.expected .error-label { color: var(--warn); }
        .error pre { margin: 0; padding: 0.3rem 1rem 0.7rem; font: 0.86rem/1.5 var(--mono); color: #82071e;
          overflow-x: auto; }
        .error.expected pre { color: #633c01; }
        table.index { width: 100%; border-collapse: collapse; }
        table.index th, table.index td { text-align: left; padding: 0.5rem 0.75rem;
          border-bottom: 1px solid var(--line); }
        table.index th { font-size: 0.8rem; color: var(--muted); text-transform: uppercase; white-space: nowrap; }
        table.index .count { text-align: right; font-variant-numeric: tabular-nums; }
        table.index .file { font-family: var(--mono); color: var(--muted); font-size: 0.85rem; }
        table.index tr.failed td:nth-child(4) { color: var(--bad); font-weight: 700; }
        footer { margin-top: 3rem; padding-top: 1rem; border-top: 1px solid var(--line); color: var(--muted);
          font-size: 0.8rem; }
        @media (max-width: 40rem) { body { padding: 1.25rem 1rem; } }

        """
}
