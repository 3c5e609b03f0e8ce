#!/usr/bin/env python3
"""Regenerates the matplotlib side of the Plotting comparisons.

Writes, for each figure, the data as JSON (read by the Swift tests in Tests/PlottingTests/Goldens/) and
matplotlib's PNG saved like Jupyter's inline backend (bbox_inches="tight"), both as a test golden and
under docs/charts/ for side-by-side viewing. The seed figures mimic the seed notebook
(/work/shared/seeds/000_859bd2c5be8c3a53.txt) with NumPy gradient descent instead of TensorFlow.

Usage: python3 scripts/matplotlib-reference.py   (needs numpy and matplotlib; made with matplotlib 3.11.2)
"""
import json
import os

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GOLDENS = os.path.join(ROOT, "Tests", "PlottingTests", "Goldens")
DOCS = os.path.join(ROOT, "docs", "charts")


def save(name, data):
    with open(os.path.join(GOLDENS, f"{name}.json"), "w") as f:
        json.dump(data, f, indent=1)
    for folder in (GOLDENS, DOCS):
        plt.savefig(os.path.join(folder, f"{name}_matplotlib.png"), bbox_inches="tight")
    plt.close("all")


def floats(a):
    return [float(v) for v in np.asarray(a, dtype=np.float64).ravel()]


def linear_regression():
    rng = np.random.RandomState(42)
    x = rng.uniform(-1, 1, (100, 1)).astype(np.float32)
    y = (3 * x + 2 + 0.1 * rng.randn(100, 1)).astype(np.float32)
    w, b, losses = 1.5, 0.0, []
    for _ in range(100):
        pred = w * x + b
        losses.append(float(np.mean((pred - y) ** 2)))
        w -= 0.1 * float(np.mean(2 * (pred - y) * x))
        b -= 0.1 * float(np.mean(2 * (pred - y)))
    x_line = np.linspace(-1, 1, 100)
    data = {"losses": losses, "x": floats(x), "y": floats(y), "xLine": floats(x_line),
            "yLine": floats(w * x_line + b), "yTrue": floats(3 * x_line + 2),
            "learnedLabel": f"Learned: y = {w:.2f}x + {b:.2f}"}
    plt.figure(figsize=(12, 4))
    plt.subplot(1, 2, 1)
    plt.plot(losses)
    plt.title("Training Loss")
    plt.xlabel("Epoch")
    plt.ylabel("Mean Squared Error")
    plt.grid(True)
    plt.subplot(1, 2, 2)
    plt.scatter(x, y, alpha=0.5, label="Data")
    plt.plot(x_line, data["yLine"], "r-", label=data["learnedLabel"])
    plt.plot(x_line, data["yTrue"], "g--", label="True: y = 3x + 2")
    plt.title("Linear Regression Result")
    plt.xlabel("x")
    plt.ylabel("y")
    plt.legend()
    plt.grid(True)
    plt.tight_layout()
    save("linear_regression", data)


def polynomial():
    rng = np.random.RandomState(42)
    x = np.linspace(-2, 2, 50).reshape(-1, 1).astype(np.float32)
    y = (0.5 * x ** 3 - 2 * x ** 2 + x + 1 + 0.3 * rng.randn(50, 1)).astype(np.float32)
    params = rng.normal(0, 0.1, 3).tolist() + [0.0]  # w3, w2, w1, b
    total, mse, l2 = [], [], []
    feats = [x ** 3, x ** 2, x, np.ones_like(x)]
    for _ in range(200):
        pred = sum(p * f for p, f in zip(params, feats))
        m = float(np.mean((y - pred) ** 2))
        r = float(sum(p * p for p in params))
        total.append(m + 0.001 * r)
        mse.append(m)
        l2.append(r)
        grads = [float(np.mean(-2 * (y - pred) * f)) + 0.002 * p for p, f in zip(params, feats)]
        params = [p - 0.01 * g for p, g in zip(params, grads)]
    x_test = np.linspace(-2, 2, 100)
    w3, w2, w1, b = params
    y_pred = w3 * x_test ** 3 + w2 * x_test ** 2 + w1 * x_test + b
    y_true = 0.5 * x_test ** 3 - 2 * x_test ** 2 + x_test + 1
    residuals = y.ravel() - (w3 * x ** 3 + w2 * x ** 2 + w1 * x + b).ravel()
    data = {"total": total, "mse": mse, "l2Scaled": [v * 0.001 for v in l2], "x": floats(x), "y": floats(y),
            "xTest": floats(x_test), "yPred": floats(y_pred), "yTrue": floats(y_true),
            "residuals": floats(residuals)}
    plt.figure(figsize=(15, 5))
    plt.subplot(1, 3, 1)
    plt.plot(total, label="Total Loss")
    plt.plot(mse, label="MSE Loss")
    plt.plot(data["l2Scaled"], label="L2 Loss (scaled)")
    plt.title("Training Curves")
    plt.xlabel("Epoch")
    plt.ylabel("Loss")
    plt.legend()
    plt.grid(True)
    plt.subplot(1, 3, 2)
    plt.scatter(x, y, alpha=0.6, label="Data")
    plt.plot(x_test, y_pred, "r-", linewidth=2, label="Fitted")
    plt.plot(x_test, y_true, "g--", linewidth=2, label="True")
    plt.title("Polynomial Fit")
    plt.xlabel("x")
    plt.ylabel("y")
    plt.legend()
    plt.grid(True)
    plt.subplot(1, 3, 3)
    plt.scatter(x, residuals, alpha=0.6)
    plt.axhline(y=0, color="r", linestyle="--")
    plt.title("Residuals")
    plt.xlabel("x")
    plt.ylabel("Residual")
    plt.grid(True)
    plt.tight_layout()
    save("polynomial", data)


def gallery():
    """One figure exercising the rest of the API: hist, bar, markers, axvline, limits, Unicode."""
    rng = np.random.RandomState(0)
    values = rng.randn(500)
    data = {"values": floats(values), "labels": ["alpha", "beta", "gamma", "delta"],
            "heights": [3.0, 7.5, 1.25, 5.0]}
    plt.figure(figsize=(10, 7))
    plt.subplot(2, 2, 1)
    plt.hist(values, bins=20)
    plt.title("Histogram")
    plt.subplot(2, 2, 2)
    plt.bar(data["labels"], data["heights"], color="C2")
    plt.title("Bars")
    plt.subplot(2, 2, 3)
    xs = np.arange(8.0)
    plt.plot(xs, xs ** 2, "bo-", label="x²")
    plt.plot(xs, 40 - xs ** 2, "k:", label="40 − x²")
    plt.plot(xs, 20 + 3 * xs, "m-.", label="λ line")
    plt.axvline(x=3, color="orange")
    plt.xlim(-1, 8)
    plt.legend(loc="lower right")
    plt.title("Markers and λ, x², x³")
    plt.subplot(2, 2, 4)
    plt.plot([1e6, 1.5e6, 3e6], [0.001, 0.004, 0.002], "s--", color="#9467bd")
    plt.plot([1e6, 3e6], [0.0015, 0.0035], "^", color="tab:red")
    plt.grid(True)
    plt.title("Large and small numbers")
    plt.tight_layout()
    save("gallery", data)


def fields():
    """DSL.md §12's colour-mapped charts: coloured scatter, imshow, contourf and contour, each with a colour bar."""
    rng = np.random.RandomState(1)
    px, py = rng.randn(60), rng.randn(60)
    pc = px * py
    image = np.add.outer(np.arange(6.0), np.arange(8.0) ** 1.5) % 7
    grid = np.linspace(-2, 2, 40)
    xx, yy = np.meshgrid(grid, grid)
    zz = np.exp(-(xx ** 2 + yy ** 2)) + 0.5 * np.exp(-((xx - 1) ** 2 + (yy + 1) ** 2) * 3)
    data = {"px": floats(px), "py": floats(py), "pc": floats(pc), "image": floats(image),
            "imageRows": image.shape[0], "imageCols": image.shape[1], "xx": floats(xx), "yy": floats(yy),
            "zz": floats(zz), "gridSize": len(grid)}
    fig, axes = plt.subplots(2, 2, figsize=(10, 8))
    sc = axes[0, 0].scatter(px, py, c=pc, cmap="coolwarm")
    fig.colorbar(sc, ax=axes[0, 0])
    axes[0, 0].set_title("Scatter by value")
    im = axes[0, 1].imshow(image, cmap="gray")
    fig.colorbar(im, ax=axes[0, 1])
    axes[0, 1].set_title("Image")
    cf = axes[1, 0].contourf(xx, yy, zz, levels=12)
    fig.colorbar(cf, ax=axes[1, 0])
    axes[1, 0].set_title("Filled contours")
    cs = axes[1, 1].contour(xx, yy, zz, levels=5, cmap="plasma")
    fig.colorbar(cs, ax=axes[1, 1])
    axes[1, 1].set_title("Contour lines")
    fig.suptitle("Colour maps")
    fig.tight_layout()
    data["contourfLevels"] = floats(cf.levels)
    data["contourLevels"] = floats(cs.levels)
    save("fields", data)


def annotations():
    """fill_between, errorbar, text, annotate and a suptitle."""
    x = np.linspace(0, 4, 30)
    mean = np.sin(x) + 0.2 * x
    spread = 0.2 + 0.1 * x
    ex = np.arange(6.0)
    ey = np.array([1.0, 1.8, 2.1, 3.4, 3.9, 5.2])
    err = np.array([0.3, 0.2, 0.5, 0.4, 0.3, 0.6])
    data = {"x": floats(x), "lower": floats(mean - spread), "upper": floats(mean + spread), "mean": floats(mean),
            "ex": floats(ex), "ey": floats(ey), "err": floats(err)}
    fig, axes = plt.subplots(1, 2, figsize=(10, 4))
    axes[0].fill_between(x, mean - spread, mean + spread, alpha=0.3, label="band")
    axes[0].plot(x, mean, label="mean")
    axes[0].text(0.5, -0.4, "a note")
    axes[0].annotate("peak", xy=(1.6, 1.3), xytext=(2.2, 1.8))
    axes[0].legend()
    axes[0].set_title("fill_between")
    axes[1].errorbar(ex, ey, yerr=err, label="measured")
    axes[1].fill_between(ex, ey - err, ey + err, color="C1", alpha=0.2)
    axes[1].set_title("errorbar")
    axes[1].legend(loc="upper left")
    fig.suptitle("Bands, error bars and notes")
    fig.tight_layout()
    save("annotations", data)


def log_scale():
    """semilogy and yscale("log"): decade ticks labelled 10^k, minor ticks, values <= 0 left out."""
    x = np.linspace(0, 10, 50)
    steps = np.arange(1.0, 9.0)
    errors = np.array([3.0, 0.8, 0.2, 0.05, 0.02, 0.004, 0.0, 0.001])
    data = {"x": floats(x), "growth": floats(np.exp(x)), "slow": floats(np.exp(x / 2)), "steps": floats(steps),
            "errors": floats(errors)}
    fig, axes = plt.subplots(1, 2, figsize=(10, 4))
    axes[0].semilogy(x, np.exp(x), label="exp(x)")
    axes[0].semilogy(x, np.exp(x / 2), "--", label="exp(x/2)")
    axes[0].legend()
    axes[0].set_title("semilogy")
    axes[1].plot(steps, errors, "o-")
    axes[1].set_yscale("log")
    axes[1].set_title("yscale log")
    axes[1].grid(True)
    fig.tight_layout()
    views = [(1.0, 1e4, 200.0), (0.5, 3.0, 200.0), (1e-3, 1e12, 300.0), (0.02, 50.0, 120.0), (1e-9, 1e9, 100.0)]
    cases = []
    for low, high, height in views:
        f = plt.figure(figsize=(3, height / 100))
        ax = f.add_axes((0, 0, 1, 1))
        ax.set_yscale("log")
        ax.set_ylim(low, high)
        cases.append({"low": low, "high": high, "lengthInPoints": height * 0.72,
                      "major": floats(ax.yaxis.get_majorticklocs()), "minor": floats(ax.yaxis.get_minorticklocs())})
        plt.close(f)
    data["tickCases"] = cases
    plt.figure(fig.number)
    save("log_scale", data)


def log_x_scale():
    """semilogx and loglog: decade ticks labelled 10^k along x too, with minor ticks."""
    rates = np.array([1e-4, 3e-4, 1e-3, 3e-3, 1e-2, 3e-2, 1e-1, 3e-1, 1.0])
    final = np.array([2.1, 1.7, 1.2, 0.8, 0.5, 0.45, 0.6, 1.4, 2.3])
    n = np.array([10.0, 30, 100, 300, 1000, 3000, 10000])
    data = {"rates": floats(rates), "final": floats(final), "n": floats(n), "error": floats(3 / np.sqrt(n)),
            "bound": floats(20 / n)}
    fig, axes = plt.subplots(1, 2, figsize=(10, 4))
    axes[0].semilogx(rates, final, "o-")
    axes[0].set_title("semilogx")
    axes[0].set_xlabel("learning rate")
    axes[0].grid(True)
    axes[1].loglog(n, 3 / np.sqrt(n), label="error")
    axes[1].loglog(n, 20 / n, ":", label="bound")
    axes[1].set_title("loglog")
    axes[1].legend()
    fig.tight_layout()
    save("log_x_scale", data)


def layout_goldens():
    """Contour levels and colormap samples straight from matplotlib, for the layout tests."""
    from matplotlib.contour import ContourSet  # noqa: F401  (the levels come from a real contour call)
    cases = []
    for n, lo, hi in [(12, 0.0, 1.0), (7, 0.0003, 1.2), (5, -3.5, 2.25), (10, 100.0, 100.5), (3, -1e-3, 4e-3),
                      (20, -7.0, 13.0), (1, 2.0, 9.0)]:
        z = np.array([[lo, hi], [hi, lo]])
        cs = plt.contourf(z, levels=n)
        lines = plt.contour(z, levels=n)
        cases.append({"count": n, "zmin": lo, "zmax": hi, "filled": floats(cs.levels), "lines": floats(lines.levels)})
        plt.close("all")
    samples = [-0.5, 0.0, 0.001, 0.1, 0.25, 0.333, 0.5, 0.77, 0.999, 1.0, 1.5]
    colormaps = {name: [[int(c) for c in matplotlib.colormaps[name](v, bytes=True)] for v in samples]
                 for name in ["viridis", "plasma", "coolwarm", "gray", "tab10"]}
    with open(os.path.join(GOLDENS, "contour_levels.json"), "w") as f:
        json.dump({"cases": cases, "samples": samples, "colormaps": colormaps}, f, indent=1)


if __name__ == "__main__":
    linear_regression()
    polynomial()
    gallery()
    fields()
    annotations()
    log_scale()
    log_x_scale()
    layout_goldens()
