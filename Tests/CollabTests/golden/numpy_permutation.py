"""Reference values for MT19937Tests / CVIndicesTests (numpy's legacy RandomState).

Run: python3 numpy_permutation.py   (numpy 2.4.6 when the values were pasted)
"""
import numpy as np

# Raw tempered 32-bit outputs after np.random.seed(42) (init_genrand(42)).
bg = np.random.MT19937()
bg._legacy_seeding(42)
print("raw32 seed 42:", [int(v) for v in bg.random_raw(5)])  # random_raw gives next_uint32 for MT19937? see below

# next_uint32 draws via RandomState.randint over the full 32-bit range (no rejection when rng = 2^32-1).
rs = np.random.RandomState(42)
print("randint32 seed 42:", [int(v) for v in rs.randint(0, 2**32, size=5, dtype=np.uint64)])

# 64-bit masked rejection path: randint(0, high) -> rng = high - 1 = 5*2^32 > 0xffffffff.
rs = np.random.RandomState(42)
print("interval64 seed 42 max 5*2^32:", [int(v) for v in rs.randint(0, 5 * 2**32 + 1, size=6, dtype=np.uint64)])

for n in (10, 1000):
    np.random.seed(42)
    print(f"perm {n}:", np.random.permutation(n).tolist())
for n in (100004, 100000):
    np.random.seed(42)
    p = np.random.permutation(n)
    print(f"perm {n} head:", p[:10].tolist(), "tail:", p[-5:].tolist())
    np.random.seed(42)
    print(f"cv {n}: len", len(np.random.permutation(n)[: int(0.2 * n)]))
np.random.seed(7)
print("perm 1 seed 7:", np.random.permutation(1).tolist())
np.random.seed(0)
print("perm 20 seed 0:", np.random.permutation(20).tolist())
np.random.seed(42)
print("int(0.3*10)=", int(0.3 * 10), "perm 10 [:3]")
