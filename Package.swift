// swift-tools-version: 6.0
import PackageDescription

/// nbrun: runs Markdown notebooks of Swift cells and writes HTML and ipynb reports.
///
/// Targets depend downward only (see DESIGN.md):
/// nbrun → NBRunCommands → Execution → {Interpreter, Autodiff, Plotting, NotebookFormat}, HTMLReport → NotebookFormat.
let package = Package(
    name: "nbrun",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "nbrun", targets: ["nbrun"]),
        .executable(name: "nbrun-preview", targets: ["nbrun-preview"]),
        .executable(name: "nbrun-kernel-launcher", targets: ["KernelLauncher"]),
        .library(name: "Autodiff", targets: ["Autodiff"]),
        .library(name: "Plotting", targets: ["Plotting"]),
        .library(name: "Interpreter", targets: ["Interpreter"]),
        .library(name: "Execution", targets: ["Execution"]),
        .library(name: "Learning", targets: ["Learning"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/swiftlang/swift-syntax", exact: "603.0.1"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/swhitty/FlyingFox", exact: "0.27.1"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV", exact: "0.10.0"),
    ],
    targets: [
        .systemLibrary(name: "CCmark", pkgConfig: "libcmark", providers: [.apt(["libcmark-dev"])]),
        .systemLibrary(name: "CCairo", pkgConfig: "cairo", providers: [.apt(["libcairo2-dev"])]),
        .systemLibrary(name: "CPNG", pkgConfig: "libpng", providers: [.apt(["libpng-dev", "zlib1g-dev"])]),
        .systemLibrary(
            name: "CFreeType", pkgConfig: "freetype2", providers: [.apt(["libfreetype-dev", "libfontconfig-dev"])]),
        // No pkgConfig: its `-lopenblas` would load OpenBLAS at start; NativeKernels opens it on first use.
        .systemLibrary(name: "CBLAS", providers: [.apt(["libopenblas-dev"])]),
        // libzmq, opened on first use (Sources/CZMQ/include/CZMQ.h); its headers come from libzmq3-dev.
        .target(name: "CZMQ", linkerSettings: [.linkedLibrary("dl")]),
        .systemLibrary(name: "COpenSSL", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])]),
        // SHA-256 for the course cache and HMAC-SHA256 for the kernel's signatures, from Debian's libcrypto.
        .target(name: "Digests", dependencies: ["COpenSSL"]),
        // SwiftParser's trees of recent source texts, shared by the interpreter, the highlighter and the kernel.
        .target(
            name: "SwiftSource",
            dependencies: [
                .product(name: "SwiftParser", package: "swift-syntax"),
                .product(name: "SwiftSyntax", package: "swift-syntax"),
            ]
        ),
        .target(name: "NotebookFormat", dependencies: ["CCmark", .product(name: "Yams", package: "Yams")]),
        .target(
            name: "HTMLReport",
            dependencies: [
                "NotebookFormat", "SwiftSource",
                .product(name: "SwiftSyntax", package: "swift-syntax"),
            ]
        ),
        .target(
            name: "Interpreter",
            dependencies: [
                "SwiftSource",
                .product(name: "SwiftSyntax", package: "swift-syntax"),
                .product(name: "SwiftParser", package: "swift-syntax"),
                .product(name: "SwiftOperators", package: "swift-syntax"),
                .product(name: "SwiftDiagnostics", package: "swift-syntax"),
                .product(name: "SwiftParserDiagnostics", package: "swift-syntax"),
            ]
        ),
        .target(name: "Autodiff", dependencies: ["CBLAS"]),
        .target(name: "Plotting", dependencies: ["CCairo", "CPNG", "CFreeType"]),
        .target(name: "Learning", dependencies: ["Autodiff", .product(name: "SwiftCSV", package: "SwiftCSV")]),
        .target(
            name: "Execution",
            dependencies: ["NotebookFormat", "Interpreter", "Autodiff", "Plotting", "Learning"]
        ),
        .target(
            name: "Course",
            dependencies: [
                "Execution", "HTMLReport", "NotebookFormat", "Autodiff",
                "Digests", .product(name: "Yams", package: "Yams"),
            ]
        ),
        .target(
            name: "Preview",
            dependencies: [
                "Course", "HTMLReport",
                .product(name: "FlyingFox", package: "FlyingFox"), .product(name: "FlyingSocks", package: "FlyingFox"),
            ]
        ),
        .target(
            name: "Kernel",
            dependencies: [
                "Execution", "CZMQ", "SwiftSource", "Digests",
                .product(name: "SwiftParser", package: "swift-syntax"),
                .product(name: "SwiftSyntax", package: "swift-syntax"),
            ]
        ),
        .target(
            name: "NBRunCommands",
            dependencies: [
                "Execution", "HTMLReport", "NotebookFormat", "Course", "Kernel",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Swift's runtime and Foundation are linked into `nbrun` itself: as some 60 shared libraries, resolving
        // their symbols took most of a run's start-up (README, "Start-up"). A link flag only, so the tests'
        // build is the same; the libraries named are those the static Foundation needs (the toolchain's
        // static module list would add them if every module were compiled with `--static-swift-stdlib`).
        .executableTarget(
            name: "nbrun", dependencies: ["NBRunCommands"],
            linkerSettings: [
                .unsafeFlags(
                    ["-static-stdlib", "-lCoreFoundation", "-l_FoundationICU", "-l_FoundationCShims", "-l_FoundationCollections"],
                    .when(platforms: [.linux]))
            ]
        ),
        // What `nbrun preview` replaces itself with: the HTTP server, kept out of `nbrun` so that its libraries
        // (FoundationNetworking, which FlyingFox imports, and libcurl with its own dozen) load only for a preview.
        .executableTarget(
            name: "nbrun-preview", dependencies: ["NBRunCommands", "Preview", "Course"],
            linkerSettings: [
                .unsafeFlags(
                    [
                        "-static-stdlib", "-lCoreFoundation", "-l_FoundationICU", "-l_FoundationCShims",
                        "-l_FoundationCollections", "-l_CFURLSessionInterface", "-Xlinker", "-l:libcurl.so.4",
                    ], .when(platforms: [.linux]))
            ]
        ),
        // What the `nbrun` kernelspec starts: listens on the kernel's ports within milliseconds, then runs
        // `nbrun kernel` (Kernel/Server/InheritedSockets.swift). Only the Swift runtime and FoundationEssentials.
        .executableTarget(
            name: "KernelLauncher",
            linkerSettings: [
                .unsafeFlags(
                    ["-static-stdlib", "-l_FoundationCShims", "-l_FoundationCollections", "-lswiftSynchronization"],
                    .when(platforms: [.linux]))
            ]
        ),
        // The benchmark suite (Benchmarks/run.sh builds it in release mode); it only reads the library targets.
        .executableTarget(
            name: "NBRunBenchmarks",
            dependencies: ["Interpreter", "Autodiff", "Plotting", "Execution", "NotebookFormat", "Course"],
            path: "Benchmarks/Sources/NBRunBenchmarks"
        ),
        .testTarget(name: "NotebookFormatTests", dependencies: ["NotebookFormat"], resources: [.copy("Fixtures")]),
        .testTarget(name: "SwiftSourceTests", dependencies: ["SwiftSource"]),
        .testTarget(name: "DigestsTests", dependencies: ["Digests"]),
        .testTarget(name: "HTMLReportTests", dependencies: ["HTMLReport", "NotebookFormat"], resources: [.copy("Goldens")]),
        .testTarget(name: "InterpreterTests", dependencies: ["Interpreter"], resources: [.copy("Conformance"), .copy("FuzzRegressions")]),
        .testTarget(name: "AutodiffTests", dependencies: ["Autodiff"], resources: [.copy("Parity")]),
        .testTarget(name: "LearningTests", dependencies: ["Learning", "Autodiff"], resources: [.copy("Parity")]),
        .testTarget(name: "PlottingTests", dependencies: ["Plotting"], resources: [.copy("Goldens")]),
        .testTarget(name: "CourseTests", dependencies: ["Course", "Execution", "NotebookFormat"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ExecutionTests", dependencies: ["Execution", "NotebookFormat"], exclude: ["Lessons/lessons.json"]),
        .testTarget(name: "KernelTests", dependencies: ["Kernel"], exclude: ["Python"]),
        .testTarget(
            name: "NBRunCommandsTests",
            dependencies: ["NBRunCommands", "NotebookFormat"],
            resources: [.copy("Fixtures")]
        ),
    ]
)

// The main job (`scripts/run.sh`) and the tests use the debug configuration, because a release build of
// swift-syntax takes about 15 minutes on two cores; nbrun's own targets are optimised in it all the same,
// which makes the course run at nearly release speed (README, "Why the main job builds debug, optimised").
// Autodiff is optimised as a whole module, as in a release build: its kernels are generic over the element
// type, and only whole-module optimisation specialises them for the files that call them.
for target in package.targets where target.type == .regular || target.type == .executable {
    var flags = ["-O"]
    if target.name == "Autodiff" {
        flags += ["-whole-module-optimization", "-num-threads", "2"]
    }
    target.swiftSettings = (target.swiftSettings ?? []) + [.unsafeFlags(flags, .when(configuration: .debug))]
}
