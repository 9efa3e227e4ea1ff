"""Reference values for PCATests (scikit-learn 1.9.1, numpy 2.4.6 when pasted).

Run: python3 sklearn_pca.py
- A: 8 samples × 5 features.
- B: E.T for a 12×5 "embedding" E, i.e. 5 samples (factors) × 12 features (items), as the
  lesson's PCA(3).fit(movie_emb.T).
PCA(svd_solver='full') uses svd_flip(u_based_decision=False) in sklearn >= 1.5. The
u-based variant (sklearn <= 1.4) is reproduced with sklearn's own svd_flip on numpy's SVD.
"""
import numpy as np
import sklearn
from sklearn.decomposition import PCA
from sklearn.utils.extmath import svd_flip

np.set_printoptions(precision=17)

A = np.array([
    [2.5, 2.4, 0.5, 1.0, -1.2],
    [0.5, 0.7, 1.5, -0.3, 0.8],
    [2.2, 2.9, 0.1, 1.1, -0.4],
    [1.9, 2.2, 0.9, 0.4, 0.3],
    [3.1, 3.0, -0.6, 2.0, -1.5],
    [2.3, 2.7, 0.3, 0.9, 0.0],
    [2.0, 1.6, 1.2, 0.2, 0.6],
    [1.0, 1.1, 1.7, -0.5, 1.1],
])
E = np.array([[((i * 7 + j * 3) % 11 - 5) / 10 + 0.01 * i * j for j in range(5)] for i in range(12)])
B = E.T  # 5 × 12


def show(name, X, k):
    p = PCA(n_components=k, svd_solver="full").fit(X)
    print(f"--- {name} {X.shape} k={k} sklearn {sklearn.__version__}")
    print("X =", [repr(float(v)) for v in X.ravel()])
    print("components =", [repr(float(v)) for v in p.components_.ravel()])
    print("explained_variance =", [repr(float(v)) for v in p.explained_variance_])
    print("explained_variance_ratio =", [repr(float(v)) for v in p.explained_variance_ratio_])
    print("singular_values =", [repr(float(v)) for v in p.singular_values_])
    print("mean =", [repr(float(v)) for v in p.mean_])
    print("transform(X[:2]) =", [repr(float(v)) for v in p.transform(X[:2]).ravel()])
    Xc = X - X.mean(axis=0)
    U, S, Vt = np.linalg.svd(Xc, full_matrices=False)
    U, Vt = svd_flip(U, Vt, u_based_decision=True)
    print("u-based components =", [repr(float(v)) for v in Vt[:k].ravel()])


show("A", A, 3)
show("B", B, 3)
