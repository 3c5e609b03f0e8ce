"""NumPy (and, when installed, PyTorch) peers of the tensor benchmarks, timed in-process (best of N)."""
import json
import sys
from timing import best_of

import numpy as np




def numpy_results(runs):
    rng = np.random.default_rng(0)
    a = rng.standard_normal((1024, 1024), dtype=np.float32)
    b = rng.standard_normal((1024, 1024), dtype=np.float32)
    x = rng.standard_normal(1_000_000, dtype=np.float32)
    y = rng.standard_normal(1_000_000, dtype=np.float32)
    return {
        "matmul1024": best_of(runs, lambda: a @ b),
        "elementwise_add_1m": best_of(runs * 4, lambda: x + y),
        "elementwise_exp_1m": best_of(runs * 4, lambda: np.exp(x)),
        "numpy": np.__version__,
    }


def torch_results(runs):
    try:
        import torch
    except ImportError:
        return {}
    torch.set_num_threads(1)
    x = torch.tensor(2.0, requires_grad=True)

    def scalar_loop():
        for _ in range(1000):
            y = x * x * x + 2 * x * x + x + 1
            (g,) = torch.autograd.grad(y, x)
            with torch.no_grad():
                x.sub_(0.001 * g)

    gen = torch.Generator().manual_seed(42)
    xs = torch.rand((100, 1), generator=gen) * 2 - 1
    ys = 3 * xs + 2 + 0.1 * torch.randn((100, 1), generator=gen)

    # Creates w and b inside the timing, as the seed notebook's training cell does; nbrun's
    # whole-cell row times the same work.
    def linear_regression():
        w = torch.randn((1, 1), requires_grad=True)
        b = torch.zeros(1, requires_grad=True)
        for _ in range(100):
            loss = ((xs @ w + b - ys) ** 2).mean()
            gw, gb = torch.autograd.grad(loss, [w, b])
            with torch.no_grad():
                w.sub_(0.1 * gw)
                b.sub_(0.1 * gb)

    return {
        "torch_scalar_step": best_of(runs, scalar_loop) / 1000,
        "torch_linear_regression": best_of(runs, linear_regression),
        "torch": torch.__version__,
    }


if __name__ == "__main__":
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    print(json.dumps({**numpy_results(runs), **torch_results(runs)}))
