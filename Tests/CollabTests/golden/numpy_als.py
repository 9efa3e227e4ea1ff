"""Reference for ALSTests.tinyProblemMatchesNumpy: Spark MLlib's explicit ALS-WR written out in
float64 numpy (items first, then users; lambda * n_ratings on the diagonal), from fixed initial
user factors. Run: python3 numpy_als.py (numpy 1.x/2.x)."""
import numpy as np

users = [0, 0, 0, 1, 1, 2, 2, 3, 3, 3]
items = [0, 1, 2, 0, 2, 1, 2, 0, 1, 3]
ratings = [5.0, 3.0, 1.0, 4.0, 1.0, 2.0, 5.0, 1.0, 4.0, 3.5]
n_users, n_items, rank, reg, iters = 5, 4, 2, 0.1, 3   # user 4 has no rating
X = np.array([[0.6, 0.8], [1.0, 0.0], [0.0, 1.0], [-0.6, 0.8], [0.8, 0.6]])
Y = np.zeros((n_items, rank))


def solve(target, source, keys, others):
    for e in range(target.shape[0]):
        rows = [n for n in range(len(keys)) if keys[n] == e]
        if not rows:
            target[e] = 0
            continue
        A = source[[others[n] for n in rows]]
        r = np.array([ratings[n] for n in rows])
        target[e] = np.linalg.solve(A.T @ A + reg * len(rows) * np.eye(rank), A.T @ r)


for _ in range(iters):
    solve(Y, X, items, users)
    solve(X, Y, users, items)
np.set_printoptions(precision=9, floatmode="fixed")
print("users", X.ravel().tolist())
print("items", Y.ravel().tolist())
pred = [X[u] @ Y[i] for u, i in zip(users, items)]
print("train rmse", np.sqrt(np.mean((np.array(pred) - ratings) ** 2)))
