# array_pipeline: append N LCG values to a list in a loop, then map / filter / reduce over it.
from functools import reduce

def main():
    seed = 7
    values = []
    for _ in range(600_000):
        seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
        values.append(seed % 10_000)
    checksum = 0
    for round_ in range(8):
        scaled = list(map(lambda v: v * 3 + round_, values))
        kept = list(filter(lambda v: v % 7 != 0, scaled))
        total = reduce(lambda a, b: a + b, kept, 0)
        checksum += total % 1_000_003 + len(kept)
    print(checksum)

main()
