import NotebookFormat
import Testing
@testable import Execution

@Suite struct JUnitReportTests {
    private let checks = [
        NotebookCheck(fileName: "a.md", snapshotPath: "Output/a.ipynb", outcome: .matches),
        NotebookCheck(fileName: "b<&>.md", snapshotPath: "Output/b.ipynb", outcome: .differs([
            CellDifference(cellIndex: 2, fenceLine: 14, items: [.text(diff: ["- \"old\"", "+ <script>"])]),
        ])),
        NotebookCheck(fileName: "c.md", snapshotPath: "Output/c.ipynb", outcome: .missing),
    ]

    @Test func oneTestCasePerNotebookWithFailuresNamingCells() {
        let xml = JUnitReport.xml(checks)
        #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites tests=\"3\" failures=\"2\">"))
        #expect(xml.contains("<testcase classname=\"nbrun\" name=\"a.md\"/>"))
        #expect(xml.contains("<testcase classname=\"nbrun\" name=\"b&lt;&amp;&gt;.md\">"))
        #expect(xml.contains("b&lt;&amp;&gt;.md:14: cell 2 differs from the snapshot"))
        #expect(xml.contains("+ &lt;script&gt;"))
        #expect(xml.contains("- &quot;old&quot;"))
        #expect(xml.contains("<failure message=\"c.md: no snapshot Output/c.ipynb (run with --update to create it)\">"))
        #expect(!xml.contains("<script>"))
    }

    @Test func controlCharactersXMLForbidsAreReplaced() {
        #expect(JUnitReport.escaped("a\u{1}b\tc") == "a?b\tc")
    }
}
