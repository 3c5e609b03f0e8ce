#if canImport(Glibc)
import Glibc
#endif

// `nbrun-kernel-launcher CONNECTION_FILE NBRUN`: the program Jupyter starts for the `nbrun` kernelspec.
// It listens on the connection file's ports at once, then becomes `NBRUN kernel -f CONNECTION_FILE` with
// those sockets open (see `InheritedSockets` in the Kernel target for why). It links nothing but the
// Swift runtime and FoundationEssentials, so it starts in about 2 ms where nbrun needs tens.

/// Writes `line` to standard error.
func report(_ line: String) {
    var text = line + "\n"
    text.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
}

let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    report("usage: nbrun-kernel-launcher CONNECTION_FILE NBRUN (Jupyter runs it; see 'nbrun kernel install')")
    exit(2)
}
let connectionFile = arguments[1], nbrun = arguments[2]
var command = [nbrun, "kernel", "-f", connectionFile]
// Any problem (an unreadable file, a port in use) leaves that port to nbrun, which reports it.
let sockets = ListeningPorts.open(connectionFile: connectionFile)
if !sockets.isEmpty {
    command += ["--listening-sockets", sockets.map { "\($0.channel)=\($0.descriptor)" }.joined(separator: ",")]
}
var argv: [UnsafeMutablePointer<CChar>?] = command.map { strdup($0) } + [nil]
execv(nbrun, &argv)
report("nbrun-kernel-launcher: cannot run \(nbrun): \(String(cString: strerror(errno)))")
exit(127)
