# sort_closure: sorting a list of (id, score) tuples with a key function, several times.
def main():
    seed = 3
    items = []
    for id_ in range(200_000):
        seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
        items.append((id_, seed % 1_000))
    checksum = 0
    for round_ in range(2):
        ascending = sorted(items, key=lambda t: (t[1], t[0]))
        descending = sorted(items, key=lambda t: (t[1], t[0]), reverse=True)
        for i in range(0, len(items), 97):
            checksum = (checksum * 31 + ascending[i][0]) % 1_000_000_007
            checksum = (checksum * 31 + descending[i][0]) % 1_000_000_007
        items[round_] = (items[round_][0], (items[round_][1] + 500) % 1_000)
    print(checksum)

main()
