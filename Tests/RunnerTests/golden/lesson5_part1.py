#!/usr/bin/env python3
"""Golden values for lesson5.md's data cells, computed independently with pandas.

Run by hand from the repository root after `make data`:
    python3 Tests/RunnerTests/golden/lesson5_part1.py
and paste the printed Swift literals into Lesson5GoldenTests.swift. It mirrors lesson 5's cell 10
(the lesson notebook's cell 10, https://github.com/fastai/fastai/blob/6768875b23fb67b50d6f2375e8db379db77206bb/courses/dl1/lesson5-movielens.ipynb), with a stable sort (pandas' default quicksort is not stable; ML-100K has no
tie at the 15th place, so the choice does not change the result).
"""
import pandas as pd

path = "data/ml-100k/"
ratings = pd.read_csv(path + "ratings.csv")
movies = pd.read_csv(path + "movies.csv")

print("// ratings.head()")
print("let ratingsHead: [[String]] =", [[str(v) for v in row] for row in ratings.head().values.tolist()])
print("// movies.head()")
print("let moviesHead: [[String]] =", [[str(v) for v in row] for row in movies.head().values.tolist()])
print("let ratingsShape = ", ratings.shape, "; let moviesShape =", movies.shape)

g = ratings.groupby("userId").rating.count()
top_users = g.sort_values(ascending=False, kind="stable")[:15]
g = ratings.groupby("movieId").rating.count()
top_movies = g.sort_values(ascending=False, kind="stable")[:15]
# The lesson's two inner joins only filter the ratings; pandas 3 rejects its suffix form, so filter.
top_r = ratings[ratings.userId.isin(top_users.index) & ratings.movieId.isin(top_movies.index)]
table = pd.crosstab(top_r.userId, top_r.movieId, top_r.rating, aggfunc="sum")

print("let crosstabRows: [Int] =", list(map(int, table.index)))
print("let crosstabColumns: [Int] =", list(map(int, table.columns)))
cells = [["" if pd.isna(v) else repr(float(v)) for v in row] for row in table.values.tolist()]
print("let crosstabValues: [[String]] = [")
for row in cells:
    print("    " + repr(row).replace("'", '"') + ",")
print("]")
print("// top movies by count:", [(int(i), int(c)) for i, c in top_movies.items()])
