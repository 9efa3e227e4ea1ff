func twice(_ n: Int) -> Int { n * 2 }
print(twice("no"))
