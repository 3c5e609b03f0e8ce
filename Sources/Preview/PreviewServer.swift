import Course
import FlyingFox
import FlyingSocks
import Foundation
import HTMLReport

/// `nbrun preview`: builds a course, serves it on 127.0.0.1, rebuilds when a chapter or `course.yml`
/// is saved (only changed chapters run again; the others come from the cache) and makes open pages
/// reload themselves. A build that fails shows its errors in the page; the server keeps running.
public final class PreviewServer: @unchecked Sendable {
    private let folder: String
    private let options: BuildOptions
    private let progress: @Sendable (BuildEvent) -> Void
    private let log: @Sendable (String) -> Void
    private let store = SiteStore()
    /// Builds run one at a time; a save during a build schedules one more.
    private let builds = DispatchQueue(label: "nbrun.preview.build")
    private let pending = NSLock()
    private var rebuildQueued = false
    private var watcher: FileWatcher?

    /// Creates a preview of the course in `folder`.
    ///
    /// - Parameters:
    ///   - folder: The course folder.
    ///   - options: How to build (the site is also written to `options.outputFolder`).
    ///   - progress: Receives each build's progress.
    ///   - log: Receives the preview's own lines (requests, build results and errors).
    public init(
        folder: String, options: BuildOptions, progress: @escaping @Sendable (BuildEvent) -> Void,
        log: @escaping @Sendable (String) -> Void
    ) {
        self.folder = folder
        self.options = options
        self.progress = progress
        self.log = log
    }

    /// Builds, starts watching and serves until the process ends.
    ///
    /// - Parameters:
    ///   - port: The TCP port on 127.0.0.1 (0 picks a free one).
    ///   - listening: Called with the site's address once the server accepts connections.
    public func run(port: UInt16, listening: @escaping @Sendable (String) -> Void) async throws {
        // Builds block their thread for seconds, so they run on the build queue, never on Swift's
        // cooperative threads (which the server needs meanwhile).
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            builds.async { [self] in
                build()
                continuation.resume()
            }
        }
        watcher = try FileWatcher(folders: watchedFolders()) { [self] paths in
            guard paths.contains(where: { $0.hasSuffix(".md") || $0.hasSuffix(CourseLoader.fileName) }) else { return }
            scheduleRebuild()
        }
        let server = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: port), logger: DisabledLogger.disabled)
        await server.appendRoute(HTTPRoute(methods: [.GET], path: LiveReload.versionPath)) { [store] request in
            let since = request.query.first { $0.name == "since" }.flatMap { Int($0.value) } ?? -1
            let version = await store.change(since: since, timeout: .seconds(25))
            return HTTPResponse(statusCode: .ok, headers: [.contentType: "text/plain", .cacheControl: "no-store"],
                                body: Data(String(version).utf8))
        }
        let serve: @Sendable (HTTPRequest) async throws -> HTTPResponse = { [store, log] request in
            var path = String(request.path.drop { $0 == "/" })
            if path.isEmpty { path = "index.html" }
            guard let page = await store.page(path) else {
                log("preview: GET /\(path) 404")
                return HTTPResponse(statusCode: .notFound)
            }
            log("preview: GET /\(path) 200")
            return HTTPResponse(statusCode: .ok, headers: [.contentType: Self.contentType(path), .cacheControl: "no-store"],
                                body: page)
        }
        // `*` matches one path component; the site is flat, and `/` is its index.
        await server.appendRoute(HTTPRoute(methods: [.GET], path: "/"), handler: serve)
        await server.appendRoute(HTTPRoute(methods: [.GET], path: "*"), handler: serve)
        let address = Task {
            try await server.waitUntilListening()
            if case .ip4(_, let actual) = await server.listeningAddress { listening("http://127.0.0.1:\(actual)/") }
        }
        try await server.run()
        _ = await address.result
    }

    /// The course folder and every folder holding a chapter.
    private func watchedFolders() -> [String] {
        let chapters = (try? CourseLoader.load(folder: folder).chapters) ?? []
        return [folder] + chapters.map { ((folder as NSString).appendingPathComponent($0.path) as NSString).deletingLastPathComponent }
    }

    private func scheduleRebuild() {
        pending.lock()
        defer { pending.unlock() }
        guard !rebuildQueued else { return }
        rebuildQueued = true
        builds.async { [self] in
            pending.lock()
            rebuildQueued = false
            pending.unlock()
            build()
        }
    }

    /// Builds the course, writes the site and publishes it with the reload script in every page.
    /// Runs on the build queue only.
    private func build() {
        var pages: [String: Data] = [:]
        let started = ContinuousClock.now
        do {
            let builder = CourseBuilder(folder: folder, options: options, log: progress)
            let (course, runs) = try builder.run()
            let files = try SitePages.render(course: course, runs: runs, student: false, jobs: options.jobs)
            do {
                try SitePages.write(files, to: options.outputFolder)
            } catch {
                log("nbrun: warning: \(options.outputFolder): \(error)")
            }
            for (path, contents) in files { pages[path] = Data(contents.utf8) }
            let ran = runs.filter { $0.state != .cached }.count
            log(String(format: "preview: built, %d ran, %.2f s", ran, (ContinuousClock.now - started) / .seconds(1)))
        } catch {
            error.messages.forEach(log)
            pages["__errors"] = Data(LiveReload.errorPage(error.messages, title: folder).utf8)
        }
        publish(pages)
    }

    /// Adds the reload script to the HTML pages; while the build is broken every page is the error page.
    private func publish(_ pages: [String: Data]) {
        let semaphore = DispatchSemaphore(value: 0)
        Task { [store] in
            let next = await store.version + 1
            var served: [String: Data] = [:]
            if let errors = pages["__errors"] {
                let page = Data(LiveReload.inject(into: String(decoding: errors, as: UTF8.self), version: next).utf8)
                // Every page the browser may have open shows the errors until the next good build.
                for name in (await store.knownPages()) + ["index.html"] { served[name] = page }
            } else {
                for (path, data) in pages {
                    served[path] = path.hasSuffix(".html")
                        ? Data(LiveReload.inject(into: String(decoding: data, as: UTF8.self), version: next).utf8) : data
                }
            }
            await store.publish(served)
            semaphore.signal()
        }
        semaphore.wait()
    }

    private static func contentType(_ path: String) -> String {
        if path.hasSuffix(".html") { return "text/html; charset=utf-8" }
        if path.hasSuffix(".ipynb") { return "application/x-ipynb+json" }
        return "application/octet-stream"
    }
}
