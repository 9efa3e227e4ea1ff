func down(_ n: Int) -> Int { n == 0 ? 0 : 1 + down(n - 1) }
print(down(100))
print(down(100_000_000))
