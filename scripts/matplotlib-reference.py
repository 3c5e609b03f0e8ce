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


if __name__ == "__main__":
    linear_regression()
    polynomial()
    gallery()
