n = 8
cols = [False] * n
diag1 = [False] * (2 * n)
diag2 = [False] * (2 * n)


def solve(row):
    if row == n:
        return 1
    total = 0
    for c in range(n):
        if not cols[c] and not diag1[row + c] and not diag2[row - c + n - 1]:
            cols[c] = True
            diag1[row + c] = True
            diag2[row - c + n - 1] = True
            total += solve(row + 1)
            cols[c] = False
            diag1[row + c] = False
            diag2[row - c + n - 1] = False
    return total


def main():
    print(solve(0))
