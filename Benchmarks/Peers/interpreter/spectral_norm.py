def a(i, j):
    k = (i + j) * (i + j + 1) // 2 + i + 1
    return 1.0 / float(k)


def multiply_av(v, n):
    result = [0.0] * n
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += a(i, j) * v[j]
        result[i] = total
    return result


def multiply_atv(v, n):
    result = [0.0] * n
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += a(j, i) * v[j]
        result[i] = total
    return result


def main():
    n = 100
    u = [1.0] * n
    v = [0.0] * n
    for _ in range(10):
        v = multiply_atv(multiply_av(u, n), n)
        u = multiply_atv(multiply_av(v, n), n)
    vbv = 0.0
    vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    print("%.9f" % (vbv / vv) ** 0.5)
