# arith_loop: integer and floating-point arithmetic in a tight while loop.
def main():
    n = 6_000_000
    acc = 0
    x = 0.5
    i = 0
    while i < n:
        acc = (acc + i * 7 + i % 13) % 1_000_003
        x = x * 0.999 + float(i % 100) * 0.001
        i += 1
    print(acc + int(x * 1000.0))

main()
