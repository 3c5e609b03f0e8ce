# Sourced by the scripts that build nbrun's debug configuration (scripts/run.sh, scripts/test.sh, ...) so
# that they share one build in .build/, compiled by scripts/swiftc-optimising-dependencies (README, "Why
# the main job builds debug, optimised"). A plain `swift build` or `swift test` without this SWIFT_EXEC
# compiles those dependencies again, unoptimised: `source scripts/swift-env.sh` in your shell to build by
# hand.
#
# SwiftPM looks for the toolchain's libraries (libIndexStore for test discovery, XCTest) in ../lib beside
# the compiler it is given, after resolving symlinks, so the wrapper is copied into a toolchain folder of
# its own under .build/, whose lib/ is the real toolchain's. The folder is named after the wrapper's
# digest: SwiftPM reruns a compile when the compiler's path changes, so editing the wrapper recompiles
# the modules whose flags it changed.
nbrun_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
nbrun_wrapper="$nbrun_root/scripts/swiftc-optimising-dependencies"
nbrun_toolchain="$nbrun_root/.build/toolchain-$(sha256sum "$nbrun_wrapper" | cut -c1-12)"
mkdir -p "$nbrun_toolchain/bin"
ln -sfn "$(dirname "$(realpath "$(command -v swiftc)")")/../lib" "$nbrun_toolchain/lib"
cmp -s "$nbrun_wrapper" "$nbrun_toolchain/bin/swiftc" || cp "$nbrun_wrapper" "$nbrun_toolchain/bin/swiftc"
export SWIFT_EXEC="$nbrun_toolchain/bin/swiftc"
unset nbrun_root nbrun_wrapper nbrun_toolchain
