import Foundation

/// The pages the preview serves, replaced as a whole after each build, with a version number that
/// open pages wait on to know when to reload.
actor SiteStore {
    /// Increases with every published build.
    private(set) var version = 0
    private var pages: [String: Data] = [:]
    private var waiters: [UUID: CheckedContinuation<Int, Never>] = [:]

    /// The page at `path` (`first.html`), if the last build made one.
    func page(_ path: String) -> Data? { pages[path] }

    /// The HTML pages of the last build, by name.
    func knownPages() -> [String] { pages.keys.filter { $0.hasSuffix(".html") }.sorted() }

    /// Replaces every page and wakes every waiting browser.
    func publish(_ newPages: [String: Data]) {
        pages = newPages
        version += 1
        for waiter in waiters.values { waiter.resume(returning: version) }
        waiters = [:]
    }

    /// Returns the version once it differs from `since`, or after `timeout` (so a connection never
    /// hangs forever and the browser simply asks again).
    func change(since: Int, timeout: Duration) async -> Int {
        guard version == since else { return version }
        let id = UUID()
        Task {
            try? await Task.sleep(for: timeout)
            self.expire(id)
        }
        return await withCheckedContinuation { waiters[id] = $0 }
    }

    private func expire(_ id: UUID) {
        waiters.removeValue(forKey: id)?.resume(returning: version)
    }
}
