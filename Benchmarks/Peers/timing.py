"""Best-of-N timing shared by the peer scripts: the minimum is the least disturbed by the rest of the machine."""
import time


def best_of(runs, body):
    """The shortest of `runs` timings of `body()`, in seconds."""
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        body()
        best = min(best, time.perf_counter() - start)
    return best
