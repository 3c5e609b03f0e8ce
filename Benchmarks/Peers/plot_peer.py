"""matplotlib peer of the chart benchmark: the seed's 15x5 figure, rendered with savefig to PNG bytes."""
import io
import json
import math
import sys

from timing import best_of

import matplotlib
import numpy as np

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402


def seed_figure():
    epochs = list(range(200))
    xs = [-2 + 4 * i / 49 for i in range(50)]
    curve = [-2 + 4 * i / 99 for i in range(100)]
    truth = lambda x: 0.5 * x ** 3 - 2 * x ** 2 + x + 1  # noqa: E731
    noisy = [truth(x) + 0.3 * math.sin(i * 12.9898) for i, x in enumerate(xs)]
    plt.figure(figsize=(15, 5))
    plt.subplot(1, 3, 1)
    plt.plot([15 * math.exp(-e / 8) + 0.2 for e in epochs], label="Total Loss")
    plt.plot([15 * math.exp(-e / 8) + 0.18 for e in epochs], label="MSE Loss")
    plt.plot([0.003 + 0.001 * e / 200 for e in epochs], label="L2 Loss (scaled)")
    plt.title("Training Curves"); plt.xlabel("Epoch"); plt.ylabel("Loss"); plt.legend(); plt.grid(True)
    plt.subplot(1, 3, 2)
    plt.scatter(xs, noisy, alpha=0.6, label="Data")
    plt.plot(curve, [truth(x) * 0.95 for x in curve], "r-", linewidth=2, label="Fitted")
    plt.plot(curve, [truth(x) for x in curve], "g--", linewidth=2, label="True")
    plt.title("Polynomial Fit"); plt.xlabel("x"); plt.ylabel("y"); plt.legend(); plt.grid(True)
    plt.subplot(1, 3, 3)
    plt.scatter(xs, [n - truth(x) for n, x in zip(noisy, xs)], alpha=0.6)
    plt.axhline(y=0, color="r", linestyle="--")
    plt.title("Residuals"); plt.xlabel("x"); plt.ylabel("Residual"); plt.grid(True)
    plt.tight_layout()
    buffer = io.BytesIO()
    plt.savefig(buffer, format="png", bbox_inches="tight")
    plt.close()
    return buffer.getvalue()


def contourf_figure():
    axis = np.linspace(-3, 3, 100)
    xx, yy = np.meshgrid(axis, axis)
    zz = np.sin(xx) * np.cos(yy) + 0.1 * xx * yy
    plt.figure()
    plt.contourf(xx, yy, zz, levels=12)
    plt.colorbar()
    plt.title("contourf 100x100")
    buffer = io.BytesIO()
    plt.savefig(buffer, format="png", bbox_inches="tight")
    plt.close()
    return buffer.getvalue()


if __name__ == "__main__":
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    seed_figure()
    contourf_figure()
    print(json.dumps({"seed_figure": best_of(runs, seed_figure), "contourf_figure": best_of(runs, contourf_figure),
                      "matplotlib": matplotlib.__version__}))
