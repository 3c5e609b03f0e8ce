import ArgumentParser
import Course
import Execution
import Foundation
import NotebookFormat

/// `nbrun build [FOLDER]`: runs every chapter of a course and writes its site (COURSE.md §1).
public struct BuildCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Run a course's chapters and write its site.",
        discussion: """
            A course is a folder with a course.yml (title, parts of chapters, data files), or any folder of \
            .md notebooks. Unchanged chapters come from FOLDER/.nbrun-cache.
            Exit status: 0 all chapters ok, 1 a chapter failed, a link is broken or --check found differences, \
            2 bad usage or an unreadable course.
            """
    )

    @Argument(help: "The course folder.")
    var folder = "."

    @Option(name: .customLong("output-dir"), help: "Where the site goes (default FOLDER/Output).")
    var outputDirectory: String?

    @Option(help: "How many chapters run at the same time (default: the number of cores).")
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Run every chapter, ignoring the cache.")
    var noCache = false

    @Flag(help: "Also write the student editions to OUTPUT_DIR/student/.")
    var student = false

    @Flag(help: "Run every chapter and compare it with OUTPUT_DIR/<chapter>.ipynb instead of writing the site.")
    var check = false

    @Flag(help: "Run every chapter, write the site, say which snapshots changed and remove obsolete ones.")
    var update = false

    @Option(help: "With --check or --update, also write a JUnit XML report (one test case per chapter) to this file.")
    var junit: String?

    @Option(help: "Time limit in seconds for each cell without its own timeout= option.")
    var timeout: Double = 60

    public init() {}

    public func validate() throws {
        if check && update { throw ValidationError("--update implies the check; give one of --check and --update") }
        if junit != nil && !check && !update { throw ValidationError("--junit goes with --check or --update") }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard timeout > 0, timeout.isFinite else {
            throw ValidationError("--timeout must be a positive number of seconds")
        }
    }

    public func run() throws {
        let started = ContinuousClock.now
        let console = Console()
        let output = outputDirectory ?? (folder as NSString).appendingPathComponent("Output")
        let options = BuildOptions(
            outputFolder: output, jobs: jobs, useCache: !noCache && !check && !update, student: student,
            run: RunOptions(defaultTimeout: timeout), version: NBRunVersion.current)
        let builder = CourseBuilder(folder: folder, options: options) { console.error(BuildProgress.lines($0)) }
        var status: Int32 = 0
        do {
            let (course, runs) = try builder.run()
            for run in runs where run.state == .failed {
                status = 1
                CellDiagnostic.failures(in: run.instructor, file: run.chapter.path, color: console.colorsErrors)
                    .forEach(console.error)
            }
            if check {
                if !CourseCheck(outputDirectory: output, junitPath: junit, console: console).check(runs) { status = 1 }
            } else {
                let writeSite = {
                    let pages = options.useCache
                        ? PageCache(courseFolder: folder) { console.error(BuildProgress.lines(.warning($0))) } : nil
                    try SitePages.write(
                        SitePages.render(course: course, runs: runs, student: student, jobs: jobs, pageCache: pages),
                        to: output)
                }
                if update {
                    if !(try CourseCheck(outputDirectory: output, junitPath: junit, console: console)
                        .update(runs, writeSite: writeSite)) { status = 2 }
                } else {
                    try writeSite()
                }
            }
            console.error(BuildProgress.summary(runs, seconds: (ContinuousClock.now - started) / .seconds(1)))
        } catch let failure as BuildFailure {
            failure.messages.forEach(console.error)
            throw ExitCode(failure.unreadableCourse ? 2 : 1)
        } catch {
            console.error("nbrun: \(error)")
            throw ExitCode(2)
        }
        if status != 0 { throw ExitCode(status) }
    }
}
