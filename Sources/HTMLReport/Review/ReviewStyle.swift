/// The review page's additions to the report style sheet, and its one small script (static text).
enum ReviewStyle {
    /// CSS for diffs, chart rows and the wipe slider.
    static let css = """
        body { max-width: 96rem; }
        .review-index { list-style: none; padding: 0; columns: 2; }
        .badge.ok { background: var(--ok-bg); color: var(--ok); }
        .badge.bad { background: var(--bad-bg); color: var(--bad); }
        .review-notebook { border-top: 1px solid var(--line); margin-top: 1.5rem; }
        .review-cell { margin: 1rem 0 2rem; }
        .verdict, .note { font-family: var(--mono); font-size: 0.85rem; color: var(--muted); }
        pre.diff { background: var(--code-bg); padding: 0.75rem 1rem; overflow-x: auto; font-size: 0.85rem; }
        pre.diff span { display: block; }
        pre.diff .del { background: var(--bad-bg); color: var(--bad); }
        pre.diff .ins { background: var(--ok-bg); color: var(--ok); }
        .chart-row { display: flex; flex-wrap: wrap; gap: 1rem; }
        .chart-row figure { margin: 0; flex: 1 1 18rem; }
        .chart-row img, .wipe img { max-width: 100%; height: auto; border: 1px solid var(--line); display: block; }
        figcaption { font-size: 0.8rem; color: var(--muted); }
        .wipe { margin-top: 1rem; max-width: 48rem; }
        .wipe-stage { position: relative; }
        .wipe-top { position: absolute; top: 0; left: 0; clip-path: inset(0 50% 0 0); }
        .wipe label { font-size: 0.8rem; color: var(--muted); }

        """

    /// Moves each wipe's clip with its slider; works from `file://` (no network, no modules).
    static let script = """
        document.querySelectorAll('.wipe').forEach(function (wipe) {
          var top = wipe.querySelector('.wipe-top');
          var slider = wipe.querySelector('.wipe-slider');
          slider.addEventListener('input', function () {
            top.style.clipPath = 'inset(0 ' + (100 - slider.value) + '% 0 0)';
          });
        });

        """
}
