#if canImport(Glibc)
    import Glibc
#endif
import Foundation

/// Tells when files in some folders are saved, through Linux's inotify (no polling).
///
/// A watcher owns one inotify descriptor and one thread blocked in `read` on it; each batch of events
/// becomes one call of the handler with the names (relative to the watched folders) that changed.
/// Editors save either by writing in place (`IN_CLOSE_WRITE`) or by renaming a new file over the old
/// one (`IN_MOVED_TO`); both count.
public final class FileWatcher: @unchecked Sendable {
    private let descriptor: Int32
    /// The watched folder of each watch descriptor, as given.
    private var folders: [Int32: String] = [:]

    /// Starts watching `folders` (not their subfolders) and calls `handler` from the watcher's thread.
    ///
    /// - Parameters:
    ///   - folders: Paths of folders to watch.
    ///   - handler: Gets the paths (folder joined with file name) changed in one batch of events.
    /// - Throws: `FileWatcherError` when inotify cannot be set up.
    public init(folders: [String], handler: @escaping @Sendable ([String]) -> Void) throws {
        #if os(Linux)
            descriptor = inotify_init1(Int32(IN_CLOEXEC))
            guard descriptor >= 0 else { throw FileWatcherError(message: "inotify_init1 failed (errno \(errno))") }
            let mask = UInt32(IN_CLOSE_WRITE) | UInt32(IN_MOVED_TO) | UInt32(IN_CREATE)
            for folder in Set(folders) {
                let watch = inotify_add_watch(descriptor, folder, mask)
                guard watch >= 0 else { throw FileWatcherError(message: "\(folder): cannot be watched (errno \(errno))") }
                self.folders[watch] = folder
            }
            let thread = Thread { [self] in readEvents(handler) }
            thread.start()
        #else
            throw FileWatcherError(message: "file watching needs Linux's inotify")
        #endif
    }

    #if os(Linux)
        /// Blocks in `read` and hands each batch of events to `handler`, until the descriptor fails.
        private func readEvents(_ handler: @Sendable ([String]) -> Void) {
            var buffer = [UInt8](repeating: 0, count: 64 * 1024)
            let header = MemoryLayout<inotify_event>.size
            while true {
                let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                guard count > 0 else { return }
                var changed: [String] = []
                var offset = 0
                buffer.withUnsafeBytes { bytes in
                    while offset + header <= count {
                        let watch = bytes.loadUnaligned(fromByteOffset: offset, as: Int32.self)
                        let length = Int(bytes.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
                        let nameBytes = bytes[(offset + header)..<(offset + header + length)].prefix { $0 != 0 }
                        if let folder = folders[watch] {
                            changed.append((folder as NSString).appendingPathComponent(String(decoding: nameBytes, as: UTF8.self)))
                        }
                        offset += header + length
                    }
                }
                if !changed.isEmpty { handler(changed) }
            }
        }
    #endif
}

/// inotify could not be set up.
public struct FileWatcherError: Error, CustomStringConvertible {
    /// What failed.
    public var message: String

    /// The message.
    public var description: String { message }
}
