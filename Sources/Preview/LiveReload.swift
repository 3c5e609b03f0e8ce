import Foundation
import HTMLReport

/// What the preview adds to served pages: a script that reloads the page when a new build is published,
/// and the page shown instead of a chapter when the course cannot be built.
enum LiveReload {
    /// The path the script asks; it answers with the build version once it differs from `since`.
    static let versionPath = "/__nbrun/version"

    /// `html` with the reload script before `</body>` (pages written to disk never get it).
    static func inject(into html: String, version: Int) -> String {
        let script = """
            <script>
            (function () {
              var version = "\(version)";
              function wait() {
                fetch("\(versionPath)?since=" + version, { cache: "no-store" })
                  .then(function (response) { return response.text(); })
                  .then(function (text) { if (text !== version) { location.reload(); } else { wait(); } })
                  .catch(function () { setTimeout(wait, 1000); });
              }
              wait();
            })();
            </script>

            """
        guard let end = html.range(of: "</body>", options: .backwards) else { return html + script }
        return html.replacingCharacters(in: end.lowerBound..<end.lowerBound, with: script)
    }

    /// A page listing the build errors (broken links, chapters that do not parse).
    static func errorPage(_ messages: [String], title: String) -> String {
        HTMLReport.renderBuildErrors(messages, title: title)
    }
}
