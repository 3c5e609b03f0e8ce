#!/usr/bin/env python3
"""Computes in TensorFlow the numbers the course lessons print, for the lesson parity tests.

Called by scripts/tensorflow-parity.py (or run on its own with the same Python):

    /work/oracle-venv/bin/python scripts/lesson_parity.py

It writes Tests/ExecutionTests/Lessons/lessons.json: for each lesson of Notebooks/, the labelled lines
it prints (`label: numbers…`) with the numbers TensorFlow gives for the same computation.
Tests/ExecutionTests/Lessons/LessonParityTests.swift runs every lesson through nbrun's runner and
compares each such line's numbers with these.

The lessons draw random numbers from nbrun's seeded generator (splitmix64 uniforms, Box–Muller normals,
Fisher–Yates permutations; docs/language.md describes it). `NBRunRandom` below is the same generator,
so TensorFlow starts from the same data, the same Glorot-uniform weights and the same minibatches.
"""

import csv
import json
import math
import os

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
import numpy as np  # noqa: E402
import tensorflow as tf  # noqa: E402
import keras  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
NOTEBOOKS = os.path.join(HERE, "..", "Notebooks")
MASK = (1 << 64) - 1


class NBRunRandom:
    """nbrun's RandomGenerator (Sources/Autodiff/Random/RandomGenerator.swift), number for number."""

    def __init__(self, seed=0):
        self.state = seed & MASK

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)

    def uniforms(self, count):
        return [(self.next() >> 11) * 2.0 ** -53 for _ in range(count)]

    def normals(self, count):
        pairs = self.uniforms(2 * ((count + 1) // 2))
        out = []
        for i in range(0, len(pairs), 2):
            radius = math.sqrt(-2 * math.log(1 - pairs[i]))
            angle = 2 * math.pi * pairs[i + 1]
            out += [radius * math.cos(angle), radius * math.sin(angle)]
        return out[:count]

    def random_uniform(self, shape, low, high):
        values = [low + (high - low) * u for u in self.uniforms(int(np.prod(shape)))]
        return tf.constant(np.array(values, dtype=np.float64).astype(np.float32).reshape(shape))

    def random_normal(self, shape):
        values = self.normals(int(np.prod(shape)))
        return tf.constant(np.array(values, dtype=np.float64).astype(np.float32).reshape(shape))

    def permutation(self, n):
        order = list(range(n))
        draws = self.uniforms(max(0, n - 1))
        for k, i in enumerate(range(n - 1, 0, -1)):
            j = min(i, int(draws[k] * (i + 1)))
            order[i], order[j] = order[j], order[i]
        return order

    def glorot(self, inputs, outputs):
        limit = math.sqrt(6 / (inputs + outputs))
        return tf.Variable(self.random_uniform([inputs, outputs], -limit, limit))


def train_test_split(x, y, fraction, seed):
    n = x.shape[0]
    order = NBRunRandom(seed).permutation(n)
    count = math.ceil(fraction * n)
    test, train = order[:count], order[count:]
    return tf.gather(x, train), tf.gather(x, test), tf.gather(y, train), tf.gather(y, test)


def batches(x, y, size, generator):
    order = generator.permutation(x.shape[0])
    return [(tf.gather(x, order[s:s + size]), tf.gather(y, order[s:s + size])) for s in range(0, len(order), size)]


def read_csv(name, columns):
    with open(os.path.join(NOTEBOOKS, "data", name)) as f:
        rows = list(csv.reader(f))
    return rows[0], tf.constant(np.array([[float(r[c]) for c in columns] for r in rows[1:]], dtype=np.float32))


def numbers(*values, decimals=None):
    """A printed line's numbers; `decimals` when the lesson prints them with String(format: "%.Nf")."""
    out = []
    for v in values:
        for x in np.asarray(v.numpy() if hasattr(v, "numpy") else v, dtype=np.float64).reshape(-1):
            out.append(float(x) if math.isfinite(x) else str(x))
    return {"values": out, "decimals": decimals}


def softmax_ce(logits, labels):
    return keras.losses.SparseCategoricalCrossentropy(from_logits=True)(labels, logits)


def sigmoid_ce(logits, labels):
    return tf.reduce_mean(tf.nn.sigmoid_cross_entropy_with_logits(labels=labels, logits=logits))


def lesson_01_tensors():
    marks = tf.constant([[72.0, 65.0, 80.0], [55.0, 70.0, 62.0], [90.0, 85.0, 94.0], [60.0, 58.0, 71.0]])
    centred = marks - tf.reduce_mean(marks, axis=1, keepdims=True)
    fractions = marks / tf.reduce_sum(marks, axis=1, keepdims=True)
    return {
        "ranks": numbers(0, 1, 2), "shapes": numbers(3, 2, 3), "class mean": numbers(tf.reduce_mean(marks)),
        "exam means": numbers(tf.reduce_mean(marks, axis=0)), "student totals": numbers(tf.reduce_sum(marks, axis=1)),
        "best per exam": numbers(tf.reduce_max(marks, axis=0)), "exam spreads": numbers(tf.math.reduce_std(marks, axis=0)),
        "best exam per student": numbers(tf.argmax(centred, axis=1)),
        "weighted grades": numbers(tf.matmul(marks, tf.constant([[0.2], [0.3], [0.5]]))),
        "fractions of student 0": numbers(fractions[0]),
    }


def lesson_03_linear_regression():
    rng = NBRunRandom(0)
    x = rng.random_uniform([100, 1], -1, 1)
    y = 3 * x + 2 + 0.3 * rng.random_normal([100, 1])
    mse = lambda p, e: tf.reduce_mean(tf.square(p - e))  # noqa: E731
    out = {"first points": numbers(x[0], y[0]), "loss of the flat line": numbers(mse(0 * x, y))}
    w, b = tf.Variable(0.0), tf.Variable(0.0)
    with tf.GradientTape() as tape:
        loss = mse(w * x + b, y)
    gw, gb = tape.gradient(loss, [w, b])
    w.assign_sub(0.1 * gw)
    b.assign_sub(0.1 * gb)
    out["dloss/dw"] = numbers(gw, gb)
    out["after one step, w and b"] = numbers(w, b)
    out["loss after one step"] = numbers(mse(w * x + b, y))

    def train(rate, epochs):
        w, b = tf.Variable(0.0), tf.Variable(0.0)
        history = []
        for _ in range(epochs):
            with tf.GradientTape() as tape:
                loss = mse(w * x + b, y)
            gw, gb = tape.gradient(loss, [w, b])
            w.assign_sub(rate * gw)
            b.assign_sub(rate * gb)
            history.append(loss)
        return w, b, history

    w, b, history = train(0.1, 60)
    for epoch in range(0, 60, 10):
        out["epoch %d" % epoch] = numbers(history[epoch], decimals=5)
    out["learned w"], out["learned b"] = numbers(w), numbers(b)
    out["final loss"] = numbers(mse(w * x + b, y))
    for rate, label in [(0.02, "0.02"), (0.2, "0.2"), (1.05, "1.05")]:
        out["rate %s, loss after 30 epochs" % label] = numbers(train(rate, 30)[2][29], decimals=5)
    out["MAE of the fitted line"] = numbers(tf.reduce_mean(tf.abs(w * x + b - y)))
    px, py = tf.constant([-1.0, 0.0, 1.0, 2.0]), tf.constant([2.0, 0.5, 2.0, 6.5])
    a, c = tf.Variable(0.0), tf.Variable(0.0)
    for _ in range(200):
        with tf.GradientTape() as tape:
            loss = mse(a * px * px + c, py)
        ga, gc = tape.gradient(loss, [a, c])
        a.assign_sub(0.05 * ga)
        c.assign_sub(0.05 * gc)
    out["parabola a and c"] = numbers(a, c, decimals=3)
    return out


def lesson_04_models():
    rng = NBRunRandom(0)
    weight, bias = rng.glorot(3, 2), tf.Variable(tf.zeros([2]))
    batch = tf.constant([[1.0, 2.0, 3.0], [0.5, -1.0, 0.0]])
    output = tf.matmul(batch, weight) + bias
    out = {"weight shape": numbers(3, 2), "bias": numbers(bias), "layer output": numbers(output),
           "by hand": numbers(output), "my layer output": numbers(output), "my variables": numbers(2)}

    def two_layers(seed):
        rng = NBRunRandom(seed)
        w1, w2 = rng.glorot(3, 8), rng.glorot(8, 1)
        b1, b2 = tf.Variable(tf.zeros([8])), tf.Variable(tf.zeros([1]))
        return (lambda x: tf.matmul(tf.tanh(tf.matmul(x, w1) + b1), w2) + b2), [w1, b1, w2, b2], [w1, w2]

    def l2(weights, strength):
        return strength * tf.add_n([tf.reduce_sum(tf.square(w)) for w in weights])

    _, probe_variables, probe_weights = two_layers(1)
    out["variables"] = numbers(3, 8, 8, 8, 1, 1)
    out["parameters"] = numbers(sum(int(np.prod(v.shape)) for v in probe_variables))
    out["penalty of the probe"] = numbers(l2(probe_weights, 0.01))

    _, data = read_csv("iris.csv", range(4))
    x_train_raw, x_test_raw, y_train, y_test = train_test_split(data[:, :3], data[:, 3:], 0.2, 0)
    mean, std = tf.reduce_mean(x_train_raw, axis=0), tf.math.reduce_std(x_train_raw, axis=0)
    x_train, x_test = (x_train_raw - mean) / std, (x_test_raw - mean) / std
    out["train"] = numbers(x_train.shape[0], 3, x_test.shape[0], 3)
    mse = lambda p, e: tf.reduce_mean(tf.square(p - e))  # noqa: E731

    def fit(predict, variables, weights):
        errors = []
        for _ in range(300):
            with tf.GradientTape() as tape:
                loss = mse(predict(x_train), y_train) + l2(weights, 0.001)
            for v, g in zip(variables, tape.gradient(loss, variables)):
                v.assign_sub(0.1 * g)
            errors.append(mse(predict(x_test), y_test))
        return errors

    lw, lb = tf.Variable(tf.zeros([3, 1])), tf.Variable(tf.zeros([1]))
    out["linear test error"] = numbers(fit(lambda x: tf.matmul(x, lw) + lb, [lw, lb], [lw])[299])
    net, net_variables, net_weights = two_layers(2)
    out["two layers test error"] = numbers(fit(net, net_variables, net_weights)[299])
    out["learned linear weights"] = numbers(lw)
    rng = NBRunRandom(3)
    rw = rng.glorot(2, 2)
    x = tf.constant([[1.0, -1.0]])
    out["residual output"] = numbers(x + tf.nn.relu(tf.matmul(x, rw)))
    out["largest weight of the network"] = numbers(max(float(tf.reduce_max(tf.abs(w))) for w in net_weights))
    return out


def lesson_05_logistic_regression():
    header, data = read_csv("breast_cancer.csv", range(31))
    features, labels = data[:, :30], data[:, 30:]
    x_train_raw, x_test_raw, y_train, y_test = train_test_split(features, labels, 0.2, 0)
    mean, std = tf.reduce_mean(x_train_raw, axis=0), tf.math.reduce_std(x_train_raw, axis=0)
    x_train, x_test = (x_train_raw - mean) / std, (x_test_raw - mean) / std
    out = {"malignant fraction": numbers(tf.reduce_mean(labels)), "mean area before": numbers(mean[3]),
           "mean area after": numbers(tf.reduce_mean(x_train, axis=0)[3]),
           "spread of area after": numbers(tf.math.reduce_std(x_train, axis=0)[3]),
           "confident and right": numbers(sigmoid_ce(tf.constant([4.0]), tf.constant([1.0]))),
           "confident and wrong": numbers(sigmoid_ce(tf.constant([-4.0]), tf.constant([1.0]))),
           "very sure and wrong": numbers(sigmoid_ce(tf.constant([100.0]), tf.constant([0.0])))}
    w, b = tf.Variable(tf.zeros([30, 1])), tf.Variable(tf.zeros([1]))
    logits = lambda x: tf.matmul(x, w) + b  # noqa: E731
    predicted = lambda x: tf.cast(logits(x) > 0, tf.float32)  # noqa: E731
    accuracy = lambda x, y: tf.reduce_mean(tf.cast(predicted(x) == y, tf.float32))  # noqa: E731
    train_losses, test_losses = [], []
    for epoch in range(100):
        with tf.GradientTape() as tape:
            loss = sigmoid_ce(logits(x_train), y_train)
        gw, gb = tape.gradient(loss, [w, b])
        w.assign_sub(0.5 * gw)
        b.assign_sub(0.5 * gb)
        train_losses.append(loss)
        test_losses.append(sigmoid_ce(logits(x_test), y_test))
        if epoch % 25 == 0:
            out["epoch %d" % epoch] = numbers(loss, decimals=5)
    out["final train loss"], out["final test loss"] = numbers(train_losses[99]), numbers(test_losses[99])
    out["train accuracy"], out["test accuracy"] = numbers(accuracy(x_train, y_train)), numbers(accuracy(x_test, y_test))
    out["benign"] = numbers(tf.reduce_sum(1 - y_test), tf.reduce_sum(y_test))
    weights = w.numpy().reshape(-1)
    for column in sorted(range(30), key=lambda c: -abs(weights[c]))[:3]:
        out[header[column]] = numbers(weights[column], decimals=3)
    p, t = tf.constant([0.9, 0.2, 0.6]), tf.constant([1.0, 0.0, 1.0])
    out["my cross-entropy"] = numbers(tf.reduce_mean(-t * tf.math.log(p) - (1 - t) * tf.math.log(1 - p)))
    out["test recall"] = numbers(tf.reduce_sum(predicted(x_test) * y_test) / tf.reduce_sum(y_test))
    return out


def iris():
    with open(os.path.join(NOTEBOOKS, "data", "iris.csv")) as f:
        rows = list(csv.reader(f))[1:]
    names = ["setosa", "versicolor", "virginica"]
    petals = tf.constant(np.array([[float(r[2]), float(r[3])] for r in rows], dtype=np.float32))
    return petals, tf.constant([names.index(r[4]) for r in rows], dtype=tf.int32)


def lesson_06_softmax_regression():
    petals, labels = iris()
    x_train_raw, x_test_raw, y_train, y_test = train_test_split(petals, labels, 0.2, 1)
    mean, std = tf.reduce_mean(x_train_raw, axis=0), tf.math.reduce_std(x_train_raw, axis=0)
    x_train, x_test = (x_train_raw - mean) / std, (x_test_raw - mean) / std
    scores = tf.constant([[2.0, 1.0, 0.1], [0.0, 0.0, 0.0], [10.0, -10.0, 0.0]])
    some_labels = tf.constant([0, 1, 2])
    probabilities = tf.nn.softmax(scores, axis=1)
    out = {"row sums": numbers(tf.reduce_sum(probabilities, axis=1)), "predicted classes": numbers(tf.argmax(scores, axis=1)),
           "built-in loss": numbers(softmax_ce(scores, some_labels)),
           "by hand": numbers(-tf.reduce_mean(tf.math.log(tf.reduce_sum(probabilities * tf.one_hot(some_labels, 3), axis=1))))}
    w, b = tf.Variable(tf.zeros([2, 3])), tf.Variable(tf.zeros([3]))
    model = lambda x: tf.matmul(x, w) + b  # noqa: E731
    accuracy = lambda x, y: tf.reduce_mean(tf.cast(tf.argmax(model(x), axis=1, output_type=tf.int32) == y, tf.float32))  # noqa: E731
    rng = NBRunRandom(0)
    for epoch in range(30):
        total = np.float32(0)
        minibatches = batches(x_train, y_train, 16, rng)
        for x, y in minibatches:
            with tf.GradientTape() as tape:
                loss = softmax_ce(model(x), y)
            gw, gb = tape.gradient(loss, [w, b])
            w.assign_sub(0.5 * gw)
            b.assign_sub(0.5 * gb)
            total += np.float32(loss.numpy())
        if epoch % 10 == 0:
            out["epoch %d" % epoch] = numbers(total / np.float32(len(minibatches)), decimals=5)
    out["train loss"] = numbers(softmax_ce(model(x_train), y_train))
    out["train accuracy"], out["test accuracy"] = numbers(accuracy(x_train, y_train)), numbers(accuracy(x_test, y_test))
    return out


def lesson_07_mlp():
    out = {}
    rng = NBRunRandom(0)
    xor_x = tf.constant([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
    xor_y = tf.constant([[0.0], [1.0], [1.0], [0.0]])
    w1, w2 = rng.glorot(2, 4), rng.glorot(4, 1)
    b1, b2 = tf.Variable(tf.zeros([4])), tf.Variable(tf.zeros([1]))
    net = lambda x: tf.matmul(tf.tanh(tf.matmul(x, w1) + b1), w2) + b2  # noqa: E731
    optimizer = keras.optimizers.Adam(learning_rate=0.1)
    for step in range(150):
        with tf.GradientTape() as tape:
            loss = sigmoid_ce(net(xor_x), xor_y)
        variables = [w1, b1, w2, b2]
        optimizer.apply_gradients(zip(tape.gradient(loss, variables), variables))
        if step % 50 == 0:
            out["step %d" % step] = numbers(loss, decimals=5)
    out["xor probabilities"] = numbers(tf.sigmoid(net(xor_x)), decimals=4)

    _, data = read_csv("digits.csv", range(65))
    pixels, digits = data[:, :64] / 16, tf.cast(data[:, 64], tf.int32)
    x_train, x_valid, y_train, y_valid = train_test_split(pixels, digits, 0.2, 0)
    nets = {}
    for name, activation in [("relu", tf.nn.relu), ("tanh", tf.tanh)]:
        rng = NBRunRandom(1)
        w1, w2 = rng.glorot(64, 32), rng.glorot(32, 10)
        b1, b2 = tf.Variable(tf.zeros([32])), tf.Variable(tf.zeros([10]))
        model = (lambda w1, b1, w2, b2, act: lambda x: tf.matmul(act(tf.matmul(x, w1) + b1), w2) + b2)(w1, b1, w2, b2, activation)
        optimizer = keras.optimizers.Adam(learning_rate=0.02)
        for _ in range(8):
            for x, y in batches(x_train, y_train, 128, rng):
                with tf.GradientTape() as tape:
                    loss = softmax_ce(model(x), y)
                variables = [w1, b1, w2, b2]
                optimizer.apply_gradients(zip(tape.gradient(loss, variables), variables))
        out[name + " validation loss"] = numbers(softmax_ce(model(x_valid), y_valid))
        predicted = tf.argmax(model(x_valid), axis=1, output_type=tf.int32)
        out[name + " validation accuracy"] = numbers(tf.reduce_mean(tf.cast(predicted == y_valid, tf.float32)))
        nets[name] = predicted
    out["correct"] = numbers(tf.reduce_sum(tf.cast(nets["relu"] == y_valid, tf.float32)), 360)
    return out


def lesson_08_optimizers():
    curvature = tf.constant([0.02, 1.0])
    valley = lambda p: tf.reduce_sum(curvature * tf.square(p))  # noqa: E731
    start = tf.constant([-9.0, 2.0])
    out = {"loss at the start": numbers(valley(start))}

    def path(step, steps=60):
        point = tf.Variable(start)
        points = [point.numpy().copy()]
        for _ in range(steps):
            with tf.GradientTape() as tape:
                loss = valley(point)
            step(point, tape.gradient(loss, point))
            points.append(point.numpy().copy())
        return np.array(points)

    def momentum(rate, beta):
        state = {"v": tf.zeros([2])}

        def step(p, g):
            state["v"] = beta * state["v"] - rate * g
            p.assign_add(state["v"])
        return step

    def rms(rate, rho=0.9, epsilon=1e-7):
        state = {"s": tf.zeros([2])}

        def step(p, g):
            state["s"] = rho * state["s"] + (1 - rho) * tf.square(g)
            p.assign_sub(rate * g / tf.sqrt(state["s"] + epsilon))
        return step

    def adam(rate, beta1=np.float32(0.9), beta2=np.float32(0.999), epsilon=1e-7):
        state = {"m": tf.zeros([2]), "v": tf.zeros([2]), "t": 0}

        def step(p, g):
            state["t"] += 1
            t = np.float32(state["t"])
            state["m"] = state["m"] + (1 - beta1) * (g - state["m"])
            state["v"] = state["v"] + (1 - beta2) * (tf.square(g) - state["v"])
            alpha = np.float32(rate) * np.sqrt(np.float32(1) - beta2 ** t) / (np.float32(1) - beta1 ** t)
            p.assign_sub(alpha * state["m"] / (tf.sqrt(state["v"]) + epsilon))
        return step

    def keras_step(optimizer):
        return lambda p, g: optimizer.apply_gradients([(g, p)])

    final = lambda points: valley(tf.constant(points[-1]))  # noqa: E731
    sgd = path(lambda p, g: p.assign_sub(0.9 * g))
    out["gradient descent ends at"] = numbers(sgd[-1])
    momentum_path, rms_path, adam_path = path(momentum(0.3, 0.8)), path(rms(0.3)), path(adam(0.3))
    for name, points in [("gradient descent", sgd), ("momentum", momentum_path), ("RMSProp", rms_path), ("Adam", adam_path)]:
        out[name + " final loss"] = numbers(final(points))
    sgd_check = path(keras_step(keras.optimizers.SGD(learning_rate=0.3, momentum=0.8)))
    rms_check = path(keras_step(keras.optimizers.RMSprop(learning_rate=0.3)))
    out["SGD with momentum ends at"] = numbers(sgd_check[-1])
    out["largest gap to ours, momentum"] = numbers(np.abs(momentum_path - sgd_check).max())
    out["largest gap to ours, RMSProp"] = numbers(np.abs(rms_path - rms_check).max())
    nesterov = path(keras_step(keras.optimizers.SGD(learning_rate=0.3, momentum=0.8, nesterov=True)))
    out["Nesterov final loss"] = numbers(final(nesterov))
    scheduled = keras.optimizers.Adam(learning_rate=0.3)
    counter = {"step": 0}

    def halving(p, g):
        scheduled.learning_rate = 0.3 * 0.5 ** (counter["step"] // 20)
        scheduled.apply_gradients([(g, p)])
        counter["step"] += 1
    out["Adam with halving final loss"] = numbers(final(path(halving)))
    adam_check = path(keras_step(keras.optimizers.Adam(learning_rate=0.3)))
    # Keras rounds Adam's step size differently from the one-line formula; TensorFlow shows the same gap.
    out["largest gap to ours, Adam"] = numbers(np.abs(adam_path - adam_check).max())
    return out


def lesson_09_custom_gradients():
    out = {}
    x = tf.Variable(3.0)
    with tf.GradientTape(persistent=True) as tape:
        full, half = x * x, x * tf.stop_gradient(x)
    out["x * x, value and gradient"] = numbers(full, tape.gradient(full, x))
    out["x * stopGradient(x), value and gradient"] = numbers(half, tape.gradient(half, x))
    v = tf.Variable([0.2, 1.7, -1.4])
    with tf.GradientTape() as tape:
        rounded = v + tf.stop_gradient(tf.round(v) - v)
    out["rounded values"], out["straight-through gradient"] = numbers(rounded), numbers(tape.gradient(rounded, v))
    naive = tf.Variable([0.0, 10.0, 100.0])
    with tf.GradientTape() as tape:
        y = tf.math.log(1 + tf.exp(naive))
    out["naive value"], out["naive gradient"] = numbers(y), numbers(tape.gradient(y, naive))

    @tf.custom_gradient
    def stable_softplus(t):
        e = tf.exp(tf.minimum(t, 30.0))
        return tf.maximum(t, 0.0) + tf.math.log(1 + tf.exp(-tf.abs(t))), lambda up: up * (1 - 1 / (1 + e))

    with tf.GradientTape() as tape:
        y = stable_softplus(naive)
    out["stable value"], out["stable gradient"] = numbers(y), numbers(tape.gradient(y, naive))

    @tf.custom_gradient
    def clip_gradient(t):
        return t * 1.0, lambda up: tf.clip_by_norm(up, 1.0)

    p = tf.Variable([1.0, 2.0])
    with tf.GradientTape() as tape:
        pulled = tf.reduce_sum(clip_gradient(p) * tf.constant([30.0, 40.0]))
    out["clipped value"], out["clipped gradient"] = numbers(pulled), numbers(tape.gradient(pulled, p))
    xs = tf.Variable(tf.linspace(-4.0, 4.0, 81))
    with tf.GradientTape() as t3:
        with tf.GradientTape() as t2:
            with tf.GradientTape() as t1:
                y = tf.tanh(xs)
            first = t1.gradient(y, xs)
        second = t2.gradient(first, xs)
    third = t3.gradient(second, xs)
    out["at x = 0.5"] = numbers(first[45], second[45], third[45])
    s = tf.Variable([1.0, 2.0, 3.0])
    with tf.GradientTape() as tape:
        probabilities = tf.nn.softmax(s, axis=0)
    jacobian = tape.jacobian(probabilities, s)
    out["softmax"], out["row sums"] = numbers(probabilities), numbers(tf.reduce_sum(jacobian, axis=1))
    ab = tf.Variable([1.0, 2.0])
    with tf.GradientTape() as outer:
        with tf.GradientTape() as inner:
            f = ab[0] * ab[0] * ab[1] + ab[1] ** 3
        gradient = inner.gradient(f, ab)
    out["gradient of f"], out["hessian"] = numbers(gradient), numbers(outer.jacobian(gradient, ab))

    @tf.custom_gradient
    def scaled(t):
        return t * 1.0, lambda up: up * -0.5

    q = tf.Variable([1.0, -2.0])
    with tf.GradientTape() as tape:
        product = tf.reduce_sum(scaled(q) * q)
    out["scaled product"], out["scaled gradient"] = numbers(product), numbers(tape.gradient(product, q))
    return out


LESSONS = [lesson_01_tensors, lesson_03_linear_regression, lesson_04_models, lesson_05_logistic_regression,
           lesson_06_softmax_regression, lesson_07_mlp, lesson_08_optimizers, lesson_09_custom_gradients]


def main():
    lessons = {case.__name__[len("lesson_"):]: case() for case in LESSONS}
    result = {"tensorflow": tf.__version__, "keras": keras.__version__, "lessons": lessons}
    path = os.path.normpath(os.path.join(HERE, "..", "Tests", "ExecutionTests", "Lessons", "lessons.json"))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        json.dump(result, f, indent=1, sort_keys=True)
        f.write("\n")
    print("wrote", path)


if __name__ == "__main__":
    main()
