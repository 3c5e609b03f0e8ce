// swift-tools-version: 6.0
import PackageDescription

/// The libFuzzer target for nbrun's interpreter, a package of its own so that the main package's
/// `swift build` and `swift test` never link with `-sanitize=fuzzer` (libFuzzer brings its own `main`).
/// `scripts/fuzz.sh` builds it with `--sanitize fuzzer` into `.build-fuzz` and runs it.
let package = Package(
    name: "nbrun-fuzz",
    // `nbrun` is a symbolic link to `..`: SwiftPM names a path dependency after its folder, and the
    // checkout's own folder name differs from clone to clone (and may clash with this package's).
    dependencies: [.package(path: "nbrun")],
    targets: [
        .executableTarget(
            name: "InterpreterFuzzer",
            dependencies: [.product(name: "Interpreter", package: "nbrun")],
            // libFuzzer's `main` calls `LLVMFuzzerTestOneInput`; the target must not define its own.
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        )
    ]
)
