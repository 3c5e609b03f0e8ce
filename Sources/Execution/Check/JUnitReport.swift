import NotebookFormat

/// A JUnit XML report of snapshot checks, the format CI systems (GitLab, Jenkins, GitHub actions) read:
/// one test case per notebook, its failure listing the differing cells.
public enum JUnitReport {
    /// The XML document for `checks`, ending with a newline.
    ///
    /// - Parameters:
    ///   - checks: One entry per notebook (and per obsolete snapshot), in run order.
    ///   - suite: The test suite's name.
    public static func xml(_ checks: [NotebookCheck], suite: String = "nbrun --check") -> String {
        let failures = checks.filter { !$0.passed }.count
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            "<testsuites tests=\"\(checks.count)\" failures=\"\(failures)\">",
            "  <testsuite name=\"\(escaped(suite))\" tests=\"\(checks.count)\" failures=\"\(failures)\">",
        ]
        for check in checks {
            let name = "  <testcase classname=\"nbrun\" name=\"\(escaped(check.fileName))\""
            guard !check.passed else {
                lines.append(name + "/>")
                continue
            }
            lines.append(name + ">")
            lines.append("      <failure message=\"\(escaped(check.verdict))\">\(escaped(body(check)))</failure>")
            lines.append("    </testcase>")
        }
        lines += ["  </testsuite>", "</testsuites>"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// The failure's text: the verdict, then each differing cell as the terminal shows it.
    private static func body(_ check: NotebookCheck) -> String {
        ([check.verdict] + check.differences.map { $0.report(file: check.fileName) }).joined(separator: "\n")
    }

    /// XML text with markup characters and quotes escaped; control characters XML 1.0 forbids become `?`.
    static func escaped(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n", "\t", "\r": out.unicodeScalars.append(scalar)
            case "\u{00}"..."\u{1F}", "\u{FFFE}", "\u{FFFF}": out += "?"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
