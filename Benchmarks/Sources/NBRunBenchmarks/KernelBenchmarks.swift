/// Issue 15's measurements: nbrun's Jupyter kernel beside ipykernel. Both sides are timed by the same
/// jupyter_client script (`Benchmarks/Peers/kernel_peers.py`), since what counts is what a Jupyter client
/// sees; this group only turns its numbers into rows.
enum KernelBenchmarks {
    static func run(runs _: Int, peers: [String: Double]) throws -> [Measurement] {
        guard let start = peers["kernel_start_nbrun"], let execute = peers["kernel_execute_nbrun"] else {
            throw BenchmarkError("the kernel peer (Benchmarks/Peers/kernel_peers.py) reported no nbrun times")
        }
        return [
            Measurement(name: "kernel start to kernel_info_reply", nbrun: start, peer: "ipykernel",
                        peerTime: peers["kernel_start_ipykernel"], goal: .under(0.100)),
            Measurement(name: "execute_request `1 + 1` round trip (loopback)", nbrun: execute, peer: "ipykernel",
                        peerTime: peers["kernel_execute_ipykernel"], goal: .under(0.002)),
        ]
    }
}
