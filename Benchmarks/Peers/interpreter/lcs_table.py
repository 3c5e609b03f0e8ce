def main():
    alphabet = list("ACGT")
    seed = 3
    left = []
    right = []
    for _ in range(300):
        seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
        left.append(alphabet[(seed // 65_536) % 4])
        seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
        right.append(alphabet[(seed // 65_536) % 4])
    n = len(left)
    table = [[0] * (n + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        for j in range(1, n + 1):
            if left[i - 1] == right[j - 1]:
                table[i][j] = table[i - 1][j - 1] + 1
            else:
                table[i][j] = max(table[i - 1][j], table[i][j - 1])
    print(table[n][n])
