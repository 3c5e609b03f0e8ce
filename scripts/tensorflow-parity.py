#!/usr/bin/env python3
"""Computes TensorFlow's answers for the Autodiff parity tests.

Run with a Python that has TensorFlow (e.g. `python3 -m venv /tmp/tfvenv &&
/tmp/tfvenv/bin/pip install tensorflow-cpu`):

    /tmp/tfvenv/bin/python scripts/tensorflow-parity.py

It writes Tests/AutodiffTests/Parity/tensorflow.json and (Keras 3's losses,
activations, optimizers and custom gradients) Tests/LearningTests/Parity/keras.json, then runs
scripts/lesson_parity.py for the course lessons' numbers. Each case is a small
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
import keras  # noqa: E402
import lesson_parity  # noqa: E402  (beside this script: the course lessons' numbers)


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


def more_ops_gradients():
    """DSL.md section 10: value and gradients of sum(w * op(x, r)) for each new op (None where TensorFlow has none)."""
    x = tf.Variable(OPS_X)
    r = tf.Variable(OPS_R)
    w = tf.constant(OPS_W)
    rows = tf.constant([2, 0, 2], dtype=tf.int32)
    programs = {
        "log1p": lambda: tf.math.log1p(x * r), "expm1": lambda: tf.math.expm1(x * r), "rsqrt": lambda: tf.math.rsqrt(x),
        "erf": lambda: tf.math.erf(x * r), "floor": lambda: tf.floor(x * 2.0) * r, "ceil": lambda: tf.math.ceil(x * 2.0) * r,
        "round": lambda: tf.round(x * 2.0) * r,
        "clip": lambda: tf.clip_by_value(x * r, -0.2, 0.8),
        "clip_by_norm": lambda: tf.clip_by_norm(x * r, 1.0),
        "where": lambda: tf.where(x > 1.0, x * r, r - x),
        "gather_0": lambda: tf.gather(x * r, tf.constant([1, 1]), axis=0),
        "gather_1": lambda: tf.gather(x, rows, axis=1) * r,
        "stack": lambda: tf.reshape(tf.stack([x[0] * r, x[1]], axis=1), [2, 3]),
        "unstack": lambda: tf.stack(tf.unstack(x * r, axis=1)[::-1], axis=1),
        "split": lambda: tf.concat(tf.split(x * r, 3, axis=1)[::-1], axis=1),
        "squeeze": lambda: tf.squeeze(tf.expand_dims(x, 0), 0) * r,
        "tile": lambda: tf.tile(x * r, [1, 2])[:, 1:4],
        "reduce_min": lambda: tf.reduce_min(x * r, axis=1, keepdims=True) * r,
        "reduce_prod": lambda: tf.reduce_prod(x * r, axis=0, keepdims=True) * r,
        "reduce_prod_zero": lambda: tf.reduce_prod((x - 0.5) * r, axis=1, keepdims=True) * r,
        "reduce_variance": lambda: tf.math.reduce_variance(x * r, axis=1, keepdims=True) * r,
        "reduce_std": lambda: tf.math.reduce_std(x * r, axis=0, keepdims=True) * x,
        "reduce_logsumexp": lambda: tf.reduce_logsumexp(x * r * 50.0, axis=1, keepdims=True) * r,
        "meshgrid": lambda: tf.meshgrid(r, x[0, :2])[0] * tf.meshgrid(r, x[0, :2])[1],
        "range_rows": lambda: x[0:1] * r,
    }
    out = {}
    for name, program in programs.items():
        with tf.GradientTape() as tape:
            y = program()
            loss = tf.reduce_sum(y * w[: y.shape[0], : y.shape[1]])
        gx, gr = tape.gradient(loss, [x, r])
        out[name + "_y"] = value(y)
        out[name + "_dx"] = value(gx)
        out[name + "_dr"] = value(gr)
    v = tf.constant([[0.5, 2.5, 2.5, -1.0], [3.0, -2.0, 3.0, 0.0]])
    out["argmax_0"] = value(tf.argmax(v, axis=0, output_type=tf.int32))
    out["argmax_1"] = value(tf.argmax(v, axis=1, output_type=tf.int32))
    out["argmin_1"] = value(tf.argmin(v, axis=1, output_type=tf.int32))
    out["one_hot"] = value(tf.one_hot(tf.constant([2, 0, -1, 3]), 3))
    out["equal"] = value(tf.cast(v == 2.5, tf.float32))
    out["less_equal"] = value(tf.cast(v <= tf.constant([0.5, 0.0, 3.0, 0.0]), tf.float32))
    out["range"] = value(tf.range(1.0, 2.0, 0.3))
    out["eye"] = value(tf.eye(3))
    return out


CASES = [ops_gradients, more_ops_gradients, seed_basic, seed_polynomial, seed_watched_constant, seed_two_variables, seed_persistent,
         seed_second_derivative_x4, seed_exp_sin, seed_linear_model, semantics_unconnected,
         semantics_second_call, semantics_kinks, semantics_jacobian_and_output_gradients,
         softmax_cross_entropy, logistic_regression]


# --- Learning (DSL.md section 9): Keras 3 losses, activations, optimizers and custom gradients. ---
# Written to Tests/LearningTests/Parity/keras.json; Tests/LearningTests runs the same programs.

LOSS_LOGITS = [[2.0, -1.0, 0.5], [100.0, -100.0, 0.0], [-3.0, 0.25, 1.5], [0.0, 0.0, 0.0]]
LOSS_PROBS = [[0.7, 0.2, 0.1], [0.0, 1.0, 0.0], [0.25, 0.25, 0.5], [1.0, 0.0, 0.0]]
LOSS_CLASSES = [0, 1, 2, 2]
LOSS_BINARY = [[1.0, 0.0, 1.0], [0.0, 1.0, 1.0], [1.0, 1.0, 0.0], [0.0, 1.0, 0.0]]
ACTIVATION_X = [[-100.0, -3.0, -0.5, 0.0], [0.25, 1.0, 4.0, 100.0]]


def learning_losses():
    logits = tf.Variable(LOSS_LOGITS)
    probs = tf.Variable(LOSS_PROBS)
    losses = {
        "mse": lambda: keras.losses.MeanSquaredError()(probs, logits),
        "mae": lambda: keras.losses.MeanAbsoluteError()(probs, logits),
        "sigmoid": lambda: keras.losses.BinaryCrossentropy(from_logits=True)(tf.constant(LOSS_BINARY), logits),
        "sparse": lambda: keras.losses.SparseCategoricalCrossentropy(from_logits=True)(
            tf.constant(LOSS_CLASSES), logits),
        "categorical": lambda: keras.losses.CategoricalCrossentropy(from_logits=True)(probs, logits),
    }
    out = {}
    for name, loss_fn in losses.items():
        with tf.GradientTape() as tape:
            loss = loss_fn()
        g_logits, g_probs = tape.gradient(loss, [logits, probs])
        out[name + "_loss"] = value(loss)
        out[name + "_dlogits"] = value(g_logits)
        out[name + "_dlabels"] = value(g_probs)
    return out


def learning_activations():
    """Value, first and second derivative (of the sum) of every activation at fixed points, extremes included."""
    x = tf.Variable(ACTIVATION_X)
    activations = {
        "relu": tf.nn.relu, "leaky_relu": lambda t: tf.nn.leaky_relu(t, alpha=0.2), "elu": tf.nn.elu,
        "gelu": lambda t: tf.nn.gelu(t, approximate=False), "sigmoid": tf.sigmoid, "tanh": tf.tanh,
        "softplus": tf.nn.softplus, "softmax": tf.nn.softmax, "log_softmax": tf.nn.log_softmax,
    }
    w = tf.constant([[1.0, -0.5, 2.0, 0.25], [0.5, 1.5, -1.0, 3.0]])
    out = {}
    for name, f in activations.items():
        with tf.GradientTape() as outer:
            with tf.GradientTape() as inner:
                y = f(x)
                s = tf.reduce_sum(y * w)
            g = inner.gradient(s, x)
            gs = tf.reduce_sum(g * w)
        out[name + "_y"] = value(y)
        out[name + "_dx"] = value(g)
        out[name + "_d2x"] = value(outer.gradient(gs, x))
    return out


OPT_X = np.random.RandomState(7).uniform(-1, 1, size=(8, 4)).astype(np.float32)
OPT_Y = np.array([0, 1, 2, 1, 0, 2, 2, 1], dtype=np.int32)
OPT_W1 = np.random.RandomState(8).uniform(-0.7, 0.7, size=(4, 5)).astype(np.float32)
OPT_W2 = np.random.RandomState(9).uniform(-0.7, 0.7, size=(5, 3)).astype(np.float32)
OPT_B1 = np.array([0.1, -0.1, 0.0, 0.05, 0.2], dtype=np.float32)
OPT_B2 = np.array([0.0, 0.3, -0.2], dtype=np.float32)
OPT_STEPS = 100

OPTIMIZERS = {
    "sgd": lambda: keras.optimizers.SGD(learning_rate=0.1),
    "sgd_momentum": lambda: keras.optimizers.SGD(learning_rate=0.05, momentum=0.9),
    "sgd_nesterov": lambda: keras.optimizers.SGD(learning_rate=0.05, momentum=0.9, nesterov=True),
    "sgd_weight_decay": lambda: keras.optimizers.SGD(learning_rate=0.1, weight_decay=0.05),
    "rmsprop": lambda: keras.optimizers.RMSprop(),
    "rmsprop_momentum": lambda: keras.optimizers.RMSprop(learning_rate=0.002, rho=0.8, momentum=0.5),
    "adam": lambda: keras.optimizers.Adam(learning_rate=0.01),
    "adam_custom": lambda: keras.optimizers.Adam(learning_rate=0.02, beta_1=0.8, beta_2=0.99, epsilon=1e-4),
    "adamw": lambda: keras.optimizers.AdamW(learning_rate=0.01, weight_decay=0.1),
    "adamw_default": lambda: keras.optimizers.AdamW(),
}


def learning_data():
    return {"x": value(OPT_X), "y": value(OPT_Y), "w1": value(OPT_W1), "b1": value(OPT_B1), "w2": value(OPT_W2),
            "b2": value(OPT_B2)}


def learning_optimizers():
    """A 4-5-3 tanh MLP trained on fixed data with softmax cross-entropy: per-step losses and final weights."""
    out = {}
    for name, make in OPTIMIZERS.items():
        variables = [tf.Variable(v) for v in (OPT_W1, OPT_B1, OPT_W2, OPT_B2)]
        optimizer = make()
        losses = []
        for _ in range(OPT_STEPS):
            with tf.GradientTape() as tape:
                hidden = tf.tanh(tf.matmul(OPT_X, variables[0]) + variables[1])
                logits = tf.matmul(hidden, variables[2]) + variables[3]
                loss = keras.losses.SparseCategoricalCrossentropy(from_logits=True)(OPT_Y, logits)
            optimizer.apply_gradients(zip(tape.gradient(loss, variables), variables))
            losses.append(float(loss.numpy()))
        out[name + "_losses"] = value(np.array(losses))
        for label, v in zip(["w1", "b1", "w2", "b2"], variables):
            out[name + "_" + label] = value(v)
    return out


def learning_custom_gradient():
    """TensorFlow's documented examples: a stable log1pexp, gradient clipping by norm, and a second order case."""
    @tf.custom_gradient
    def log1pexp(x):
        e = tf.exp(x)

        def grad(upstream):
            return upstream * (1 - 1 / (1 + e))
        return tf.math.log(1 + e), grad

    @tf.custom_gradient
    def clip_gradients(y):
        def backward(dy):
            return tf.clip_by_norm(dy, 0.5)
        return y, backward

    @tf.custom_gradient
    def cube(x):
        def backward(dy):
            return dy * 3.0 * x * x
        return x * x * x, backward

    out = {}
    x = tf.Variable([0.0, 2.0, 10.0, 50.0])
    with tf.GradientTape() as tape:
        y = log1pexp(x)
    out["log1pexp_y"] = value(y)
    out["log1pexp_dx"] = value(tape.gradient(y, x))
    v = tf.Variable([1.0, -2.0, 3.0])
    with tf.GradientTape() as tape:
        z = tf.reduce_sum(clip_gradients(v) * tf.constant([2.0, 1.0, -2.0]))
    out["clip_dv"] = value(tape.gradient(z, v))
    c = tf.Variable([0.5, -1.5, 2.0])
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            y = tf.reduce_sum(cube(c))
        g = inner.gradient(y, c)
    out["cube_y"] = value(y)
    out["cube_dx"] = value(g)
    out["cube_d2x"] = value(outer.gradient(g, c))
    return out


LEARNING_CASES = [learning_losses, learning_activations, learning_data, learning_optimizers, learning_custom_gradient]


def write(relative_path, result):
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "..", *relative_path.split("/"))
    with open(path, "w") as f:
        json.dump(result, f, indent=1, sort_keys=True)
        f.write("\n")
    print("wrote", os.path.normpath(path))


def main():
    result = {"tensorflow": tf.__version__, "cases": {case.__name__: case() for case in CASES}}
    write("Tests/AutodiffTests/Parity/tensorflow.json", result)
    learning = {"tensorflow": tf.__version__, "keras": keras.__version__,
                "cases": {case.__name__: case() for case in LEARNING_CASES}}
    write("Tests/LearningTests/Parity/keras.json", learning)
    lesson_parity.main()


if __name__ == "__main__":
    main()
