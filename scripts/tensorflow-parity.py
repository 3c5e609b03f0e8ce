#!/usr/bin/env python3
"""Computes TensorFlow's answers for the Autodiff parity tests.

Run with a Python that has TensorFlow (e.g. `python3 -m venv /tmp/tfvenv &&
/tmp/tfvenv/bin/pip install tensorflow-cpu`):

    /tmp/tfvenv/bin/python scripts/tensorflow-parity.py

It writes Tests/AutodiffTests/Parity/tensorflow.json. Each case is a small
program; Tests/AutodiffTests/ParityTests/TensorFlowParityTests.swift runs the
same program with our runtime and compares every named value. A value is
{"shape": [...], "values": [...]} (row-major), {"none": true} for a gradient
TensorFlow returns as None, or {"error": "..."} for an exception's message.
All data is fixed in this file; nothing is random.
"""

import json
import os

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
import numpy as np  # noqa: E402
import tensorflow as tf  # noqa: E402


def value(t):
    if t is None:
        return {"none": True}
    a = np.asarray(t.numpy() if hasattr(t, "numpy") else t, dtype=np.float64)
    return {"shape": list(a.shape), "values": [float(v) for v in a.reshape(-1)]}


def seed_basic():
    x = tf.Variable(3.0, name="x")
    with tf.GradientTape() as tape:
        y = x ** 2
    return {"y": value(y), "dy_dx": value(tape.gradient(y, x))}


def seed_polynomial():
    x = tf.Variable(2.0)
    with tf.GradientTape() as tape:
        y = 3 * x ** 3 + 2 * x ** 2 + x + 1
    return {"y": value(y), "dy_dx": value(tape.gradient(y, x))}


def seed_watched_constant():
    x = tf.constant(3.0)
    with tf.GradientTape() as tape:
        tape.watch(x)
        y = x ** 2
    return {"dy_dx": value(tape.gradient(y, x))}


def seed_two_variables():
    x = tf.Variable(2.0, name="x")
    y = tf.Variable(3.0, name="y")
    with tf.GradientTape(persistent=True) as tape:
        z = x ** 2 + 3 * x * y + y ** 3
    gx, gy = tape.gradient(z, [x, y])
    named = tape.gradient(z, {"x": x, "y": y})
    return {"z": value(z), "dz_dx": value(gx), "dz_dy": value(gy),
            "dict_x": value(named["x"]), "dict_y": value(named["y"])}


def seed_persistent():
    x = tf.Variable(2.0)
    y = tf.Variable(3.0)
    with tf.GradientTape(persistent=True) as tape:
        z1 = x ** 2 + y ** 2
        z2 = x * y
        z3 = tf.sin(x) + tf.cos(y)
    out = {"z1": value(z1), "z2": value(z2), "z3": value(z3)}
    for name, z in [("z1", z1), ("z2", z2), ("z3", z3)]:
        gx, gy = tape.gradient(z, [x, y])
        out[name + "_dx"] = value(gx)
        out[name + "_dy"] = value(gy)
    return out


def seed_second_derivative_x4():
    x = tf.Variable(2.0)
    with tf.GradientTape() as tape2:
        with tf.GradientTape() as tape1:
            y = x ** 4
        first = tape1.gradient(y, x)
    second = tape2.gradient(first, x)
    return {"y": value(y), "first": value(first), "second": value(second)}


def seed_exp_sin():
    x = tf.Variable(1.0)
    with tf.GradientTape() as tape2:
        with tf.GradientTape() as tape1:
            y = tf.exp(x) * tf.sin(x)
        first = tape1.gradient(y, x)
    second = tape2.gradient(first, x)
    return {"y": value(y), "first": value(first), "second": value(second)}


def seed_linear_model():
    x = tf.constant([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
    W = tf.Variable([[0.1, 0.2], [0.3, 0.4], [0.5, 0.6]])
    b = tf.Variable([0.1, 0.2])
    with tf.GradientTape() as tape:
        predictions = tf.matmul(x, W) + b
        targets = tf.constant([[1.0, 0.0], [0.0, 1.0]])
        loss = tf.reduce_mean(tf.square(predictions - targets))
    gW, gb = tape.gradient(loss, [W, b])
    return {"predictions": value(predictions), "loss": value(loss), "dW": value(gW), "db": value(gb)}


def semantics_unconnected():
    x = tf.Variable(2.0)
    frozen = tf.Variable(5.0, trainable=False)
    outside = x ** 2
    with tf.GradientTape(persistent=True) as tape:
        via_int = tf.cast(tf.cast(x, tf.int32), tf.float32) + 1.0
        via_outside = outside + 1.0
        via_stop = tf.stop_gradient(x) * 3.0
        via_frozen = frozen * x
    return {
        "cast_int": value(tape.gradient(via_int, x)),
        "outside_record": value(tape.gradient(via_outside, x)),
        "stop_gradient": value(tape.gradient(via_stop, x)),
        "untrainable": value(tape.gradient(via_frozen, frozen)),
        "trainable_partner": value(tape.gradient(via_frozen, x)),
        "cast_int_zero": value(tape.gradient(via_int, x, unconnected_gradients=tf.UnconnectedGradients.ZERO)),
    }


def semantics_second_call():
    x = tf.Variable(2.0)
    with tf.GradientTape() as tape:
        y = x ** 2
    first = tape.gradient(y, x)
    try:
        tape.gradient(y, x)
        error = "no error"
    except RuntimeError as e:
        error = str(e)
    return {"first": value(first), "second": {"error": error}}


def semantics_kinks():
    x = tf.constant([0.0, -1.0, 2.0])
    a = tf.constant([1.0, 2.0, 3.0])
    b = tf.constant([1.0, 3.0, 2.0])
    m = tf.constant([[3.0, 1.0, 3.0], [2.0, 2.0, 2.0]])
    with tf.GradientTape(persistent=True) as tape:
        tape.watch([x, a, b, m])
        r = tf.nn.relu(x)
        ab = tf.abs(x)
        hi = tf.maximum(a, b)
        lo = tf.minimum(a, b)
        mx = tf.reduce_max(m, axis=1)
    return {
        "relu": value(tape.gradient(r, x)), "abs": value(tape.gradient(ab, x)),
        "maximum_a": value(tape.gradient(hi, a)), "maximum_b": value(tape.gradient(hi, b)),
        "minimum_a": value(tape.gradient(lo, a)), "minimum_b": value(tape.gradient(lo, b)),
        "reduce_max": value(tape.gradient(mx, m)),
    }


def semantics_jacobian_and_output_gradients():
    x = tf.Variable([1.0, 2.0, 3.0])
    with tf.GradientTape(persistent=True) as tape:
        y = tf.sin(x) * x
    return {
        "jacobian": value(tape.jacobian(y, x)),
        "weighted": value(tape.gradient(y, x, output_gradients=tf.constant([1.0, 0.5, -1.0]))),
    }


def softmax_cross_entropy():
    logits = tf.Variable([[2.0, 1.0, 0.1], [0.5, 2.5, 0.3]])
    labels = tf.constant([[1.0, 0.0, 0.0], [0.0, 0.0, 1.0]])
    with tf.GradientTape() as tape:
        probs = tf.nn.softmax(logits, axis=-1)
        loss = tf.reduce_mean(-tf.reduce_sum(labels * tf.math.log(probs), axis=1))
    return {"probs": value(probs), "loss": value(loss), "dlogits": value(tape.gradient(loss, logits))}


LOGISTIC_X = [[0.5, 1.2], [-1.0, 0.3], [1.5, -0.4], [-0.7, -1.1], [0.2, 0.9], [2.0, 1.0], [-1.5, 0.5], [0.8, -0.6],
              [1.1, 1.7], [-0.3, -0.2]]
LOGISTIC_Y = [[1.0], [0.0], [1.0], [0.0], [1.0], [1.0], [0.0], [1.0], [1.0], [0.0]]


def logistic_regression():
    x = tf.constant(LOGISTIC_X)
    y = tf.constant(LOGISTIC_Y)
    w = tf.Variable(tf.zeros([2, 1]), name="w")
    b = tf.Variable(tf.zeros([1]), name="b")
    losses = []
    for _ in range(300):
        with tf.GradientTape() as tape:
            p = tf.sigmoid(tf.matmul(x, w) + b)
            loss = tf.reduce_mean(-(y * tf.math.log(p) + (1.0 - y) * tf.math.log(1.0 - p)))
        gw, gb = tape.gradient(loss, [w, b])
        w.assign_sub(0.5 * gw)
        b.assign_sub(0.5 * gb)
        losses.append(float(loss.numpy()))
    return {"w": value(w), "b": value(b), "losses": value(np.array(losses))}


OPS_X = [[0.5, 1.5, 2.0], [1.2, 0.3, 0.8]]
OPS_R = [0.7, -0.4, 1.1]
OPS_W = [[1.0, -2.0, 0.5], [0.25, 3.0, -1.0]]


def ops_gradients():
    """Per-op gradients of sum(w * op(x, r)) with broadcasting; w weights every output element differently."""
    x = tf.Variable(OPS_X)
    r = tf.Variable(OPS_R)
    w = tf.constant(OPS_W)
    programs = {
        "sin": lambda: tf.sin(x), "cos": lambda: tf.cos(x), "tan": lambda: tf.tan(x),
        "exp": lambda: tf.exp(x), "log": lambda: tf.math.log(x), "sqrt": lambda: tf.sqrt(x),
        "square": lambda: tf.square(x), "tanh": lambda: tf.tanh(x), "sigmoid": lambda: tf.sigmoid(x),
        "add": lambda: x + r, "subtract": lambda: r - x, "multiply": lambda: x * r, "divide": lambda: x / r,
        "pow": lambda: x ** r, "pow_scalar": lambda: x ** 3.0, "maximum": lambda: tf.maximum(x, r),
        "minimum": lambda: tf.minimum(x, r), "softmax_0": lambda: tf.nn.softmax(x, axis=0),
        "softmax_1": lambda: tf.nn.softmax(x * r, axis=1),
        "mean_keepdims": lambda: tf.reduce_mean(x * x, axis=0, keepdims=True) * r,
        "max_1": lambda: tf.reshape(tf.reduce_max(x * r, axis=1), [2, 1]) * tf.ones([2, 3]),
        "concat": lambda: tf.concat([x[:, :1] * r[0], x[:, 1:] * x[:, 1:]], axis=1),
        "index": lambda: x[1] * x[0, 2] + r,
        "matmul": lambda: tf.matmul(x, tf.reshape(r, [3, 1])) * tf.transpose(tf.reshape(r[:2], [1, 2])),
        "relu": lambda: tf.nn.relu(x - 1.0) * r, "abs": lambda: tf.abs(x - 1.2) * r,
    }
    out = {}
    for name, program in programs.items():
        with tf.GradientTape() as tape:
            y = program()
            loss = tf.reduce_sum(y * w)
        gx, gr = tape.gradient(loss, [x, r])
        out[name + "_y"] = value(y)
        out[name + "_dx"] = value(gx)
        out[name + "_dr"] = value(gr)
    return out


CASES = [ops_gradients, seed_basic, seed_polynomial, seed_watched_constant, seed_two_variables, seed_persistent,
         seed_second_derivative_x4, seed_exp_sin, seed_linear_model, semantics_unconnected,
         semantics_second_call, semantics_kinks, semantics_jacobian_and_output_gradients,
         softmax_cross_entropy, logistic_regression]


def main():
    result = {"tensorflow": tf.__version__, "cases": {case.__name__: case() for case in CASES}}
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "..", "Tests", "AutodiffTests", "Parity", "tensorflow.json")
    with open(path, "w") as f:
        json.dump(result, f, indent=1, sort_keys=True)
        f.write("\n")
    print("wrote", os.path.normpath(path))


if __name__ == "__main__":
    main()
