"""Reference bin counts for HistogramTests.swift: run `python3 numpy_histogram.py` (numpy 2.4.6 used)."""
import numpy as np

cases = {
    "integers": ([1, 2, 2, 3, 3, 3, 4, 5, 10], 10),
    "tenths": ([i * 0.1 for i in range(30)], 10),
    "allEqual": ([5.0, 5.0, 5.0], 10),
    "mixedSigns": ([-1.5, 0.3, 0.3, 2.25, 7.0, -3.3, 1e-9], 4),
    "onEdges": (list(np.linspace(0, 1, 11)), 10),
    "sevenBins": ([0.7 * i for i in range(50)] + [3.3, 3.3, 14.0], 7),
}
for name, (a, bins) in cases.items():
    counts, edges = np.histogram(np.array(a, dtype=np.float64), bins=bins)
    print(name, "counts", counts.tolist())
    print(name, "edges", [repr(float(e)) for e in edges])

counts, edges = np.histogram(np.array([1, 2, 2, 3, 3, 3, 4, 5, 10], dtype=np.float64), bins=4, range=(0, 4))
print("explicitRange counts", counts.tolist(), "edges", edges.tolist())
