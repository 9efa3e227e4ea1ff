"""Golden values for FramesTests, computed with pandas (run once: `pip install pandas`,
then `python3 make_golden.py` from this folder). The printed values are pasted into
FramesTests/OperationsTests.swift and DisplayTests.swift; nothing reads this output at test time.

Fixtures are hand-made (not MovieLens data). pandas reads an Int column with missing values
as float64; our Frames keeps it Int with a missing value, so compare values, not dtypes.
"""
import math
import numpy as np
import pandas as pd

FIX = "../Fixtures/"
ratings = pd.read_csv(FIX + "ratings_small.csv")
movies = pd.read_csv(FIX + "movies_small.csv")


def py(values):
    """Python list with NaN as None (so it reads like a Swift optional)."""
    out = []
    for v in values:
        if v is None or (isinstance(v, float) and math.isnan(v)) or v is pd.NA:
            out.append(None)
        elif isinstance(v, (np.integer,)):
            out.append(int(v))
        elif isinstance(v, (np.floating,)):
            out.append(float(v))
        else:
            out.append(v)
    return out


print("pandas", pd.__version__)
print("ratings shape", ratings.shape, "dtypes", list(map(str, ratings.dtypes)))
print("movies shape", movies.shape, "dtypes", list(map(str, movies.dtypes)))
print("movies titles", py(movies.title))
print("movies genres", py(movies.genres))
print("movies timestamp", py(movies.timestamp))

# unique / nunique / min / max / count
print("unique movieId", py(ratings.movieId.unique()))
print("unique userId", py(ratings.userId.unique()))
print("nunique movieId", ratings.movieId.nunique(), "nunique userId", ratings.userId.nunique())
print("rating min max", ratings.rating.min(), ratings.rating.max(), "count", ratings.rating.count())
print("movieId min max", ratings.movieId.min(), ratings.movieId.max(), "count", ratings.movieId.count())

# group-by counts (sort=True, dropna=True)
size_user = ratings.groupby("userId").size()
print("groupby userId size", py(size_user.index), py(size_user.values))
cnt_movie = ratings.groupby("movieId").rating.count()
print("groupby movieId rating.count", py(cnt_movie.index), py(cnt_movie.values))
size_movie = ratings.groupby("movieId").size()
print("groupby movieId size", py(size_movie.index), py(size_movie.values))
mean_movie = ratings.groupby("movieId").rating.mean()
print("groupby movieId rating.mean", py(mean_movie.index), py(mean_movie.values))

# stable sorts
s = size_movie.sort_values(ascending=False, kind="stable")
print("size_movie sorted desc stable", py(s.index), py(s.values))
s = size_user.sort_values(ascending=False, kind="stable")
print("size_user sorted desc stable", py(s.index), py(s.values))
s = size_user.sort_values(ascending=True, kind="stable")
print("size_user sorted asc stable", py(s.index), py(s.values))
r = ratings.sort_values("rating", ascending=False, kind="stable", na_position="last")
print("ratings by rating desc: rows", py(r.index), "ratings", py(r.rating))
r = ratings.sort_values("rating", ascending=True, kind="stable", na_position="last")
print("ratings by rating asc: rows", py(r.index))
r = movies.sort_values("title", kind="stable")
print("movies by title asc: rows", py(r.index))

# inner join (merge how='inner', left order, right clashing columns suffixed '_r')
j = pd.merge(ratings, movies, how="inner", on="movieId", suffixes=("", "_r"))
print("join columns", list(j.columns), "shape", j.shape)
print("join userId", py(j.userId))
print("join movieId", py(j.movieId))
print("join title", py(j.title))
print("join timestamp_r", py(j.timestamp_r))

# the lesson's top-N filter, on the small fixture: top 3 users and movies by count
g = ratings.groupby("userId").rating.count()
topUsers = g.sort_values(ascending=False, kind="stable")[:3]
g = ratings.groupby("movieId").rating.count()
topMovies = g.sort_values(ascending=False, kind="stable")[:3]
print("topUsers", py(topUsers.index), py(topUsers.values))
print("topMovies", py(topMovies.index), py(topMovies.values))
# The lesson's DataFrame.join(rsuffix='_r') as merges of frames with a `count` column.
topUsersFrame = topUsers.rename("count").reset_index()
topMoviesFrame = topMovies.rename("count").reset_index()
top_r = pd.merge(ratings, topUsersFrame, how="inner", on="userId", suffixes=("", "_r"))
top_r = pd.merge(top_r, topMoviesFrame, how="inner", on="movieId", suffixes=("", "_r"))
print("top_r columns", list(top_r.columns))
print("top_r userId", py(top_r.userId), "movieId", py(top_r.movieId))
print("top_r rating", py(top_r.rating), "count", py(top_r["count"]), "count_r", py(top_r.count_r))

# crosstabs
for name, f in [("sum", np.sum), ("count", "count"), ("mean", "mean")]:
    ct = pd.crosstab(ratings.userId, ratings.movieId, ratings.rating, aggfunc=f)
    print("crosstab", name, "rows", py(ct.index), "columns", py(ct.columns))
    for idx, row in ct.iterrows():
        print("   ", idx, py(row.values))
ct = pd.crosstab(top_r.userId, top_r.movieId, top_r.rating, aggfunc=np.sum)
print("top crosstab rows", py(ct.index), "columns", py(ct.columns))
for idx, row in ct.iterrows():
    print("   ", idx, py(row.values))

# display: pandas' float formatting per column
d = pd.DataFrame({
    "a": [2.5, 3.0, 1.0],
    "b": [881250949.0, 1.0, 2.0],
    "c": [1260759144.0, 2.0, 3.0],
    "d": [2.25, 3.0, -1.0],
    "e": [1e-7, 1.0, 2.0],
    "f": [0.1 + 0.2, 1.0, 2.0],
    "g": [-1234567.5, 0.5, 2.0],
})
print(d.to_string())
print(ratings.head().to_string())
print(repr(d[["a", "d", "f"]].to_string()))
print(repr(pd.DataFrame({"n": [1, -20, 3], "s": ["x", "<b>", None]}).to_string()))
