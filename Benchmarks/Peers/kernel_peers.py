"""Jupyter kernel benchmarks, driven by jupyter_client for both kernels in the same run: time from
starting the kernel process to its kernel_info_reply, and the round trip of an execute_request of
`1 + 1` (request sent to execute_reply received) on loopback. nbrun's kernel ("nbrun" kernelspec, which
Benchmarks/run.sh installs from the release build) and ipykernel ("python3") are measured alike.

Prints a JSON object: times in seconds keyed `kernel_start_<kernel>` and `kernel_execute_<kernel>`.
"""
import json
import sys
import time

import ipykernel
from jupyter_client.manager import KernelManager

from timing import best_of

KERNELS = {"nbrun": "nbrun", "ipykernel": "python3"}
TIMEOUT = 60


def start_to_kernel_info(spec):
    """Seconds from launching the kernel process to receiving its kernel_info_reply."""
    manager = KernelManager(kernel_name=spec)
    start = time.perf_counter()
    manager.start_kernel()
    client = manager.client()
    client.start_channels(iopub=False, stdin=False, hb=False, control=False)
    client.kernel_info()
    client.get_shell_msg(timeout=TIMEOUT)
    elapsed = time.perf_counter() - start
    client.stop_channels()
    manager.shutdown_kernel(now=True)
    return elapsed


def execute_round_trip(spec, runs):
    """The best round trip of `1 + 1` over `runs` requests to one running kernel."""
    manager = KernelManager(kernel_name=spec)
    manager.start_kernel()
    client = manager.client()
    client.start_channels()
    client.wait_for_ready(timeout=TIMEOUT)

    def one():
        client.execute("1 + 1")
        reply = client.get_shell_msg(timeout=TIMEOUT)
        assert reply["content"]["status"] == "ok", reply["content"]

    for _ in range(10):
        one()
    best = best_of(runs, one)
    client.stop_channels()
    manager.shutdown_kernel(now=True)
    return best


if __name__ == "__main__":
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    report = {"ipykernel": ipykernel.__version__}
    for name, spec in KERNELS.items():
        report[f"kernel_start_{name}"] = min(start_to_kernel_info(spec) for _ in range(runs))
        report[f"kernel_execute_{name}"] = execute_round_trip(spec, runs * 40)
    print(json.dumps(report))
