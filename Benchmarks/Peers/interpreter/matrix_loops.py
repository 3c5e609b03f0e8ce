def main():
    n = 60
    a = [[0.0] * n for _ in range(n)]
    b = [[0.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(n):
            a[i][j] = float(i * n + j) / float(n * n)
            b[i][j] = float(j * n + i) / float(n * n)
    c = [[0.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(n):
            total = 0.0
            for k in range(n):
                total += a[i][k] * b[k][j]
            c[i][j] = total
    trace = 0.0
    for i in range(n):
        trace += c[i][i]
    print("%.9f" % trace)
