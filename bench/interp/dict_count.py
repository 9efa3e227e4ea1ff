# dict_count: counts[k] = counts.get(k, 0) + 1 over a few thousand int keys drawn from an LCG.
seed = 42

def next_rand():
    global seed
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
    return seed

def main():
    counts = {}
    for _ in range(4_000_000):
        k = next_rand() % 5_000
        counts[k] = counts.get(k, 0) + 1
    checksum = len(counts)
    for k, v in counts.items():
        checksum += k * v
    print(checksum)

main()
