# matmul: naive 80x80 matrix product over nested lists of floats, repeated.
def main():
    n = 80
    a = [[0.0] * n for _ in range(n)]
    b = [[0.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(n):
            a[i][j] = float((i * 3 + j) % 11) * 0.5
            b[i][j] = float((i + j * 5) % 7) - 3.0
    checksum = 0.0
    for rep in range(40):
        a[rep % n][(rep * 7) % n] += 1.0
        c = [[0.0] * n for _ in range(n)]
        for i in range(n):
            for j in range(n):
                s = 0.0
                for k in range(n):
                    s += a[i][k] * b[k][j]
                c[i][j] = s
        for i in range(n):
            for j in range(n):
                checksum += c[i][j]
    print(int(checksum))

main()
