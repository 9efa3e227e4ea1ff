"""pandas values for Notebooks/tests/explore.md (ExploreNotebookTests), on MovieLens 100K as
`make data` writes it (data/ml-100k/ratings.csv, movies.csv). Run by hand from this folder:
`../../../.venv/bin/python explore_golden.py`; the printed lines are pasted into the test."""
import pandas as pd

p = "../../../data/ml-100k/"
ratings = pd.read_csv(p + "ratings.csv")
movies = pd.read_csv(p + "movies.csv")
print(ratings.shape, movies.shape)
mg = movies.assign(genre=movies.genres.str.split("|")).explode("genre")
gs = mg.groupby("genre").size().sort_values(ascending=False, kind="stable")
print("genres", list(gs.index[:3]), list(gs.values[:3]), len(mg))
when = pd.to_datetime(ratings.timestamp, unit="s")
ratings["year"], ratings["month"], ratings["weekday"] = when.dt.year, when.dt.month, when.dt.weekday
print("per year", ratings.groupby("year").size().to_dict())
pm = ratings.groupby(["year", "month"]).rating.agg(["count", "mean"]).reset_index()
print("per month", list(pm["count"]))
print("weekday means", [repr(x) for x in ratings.groupby("weekday").rating.mean()])
print(ratings.rating.mean(), ratings.rating.median(), ratings.rating.std())
pu = ratings.groupby("userId").size()
print("median ratings per user:", pu.median())
print("90th percentile:", pu.quantile(0.9))
print("busiest user:", pu.idxmax(), "with", pu.max(), "ratings")
stats = ratings.groupby("movieId").rating.agg(["count", "mean"]).reset_index()
popular = stats[stats["count"] >= 100]
print(len(popular), "movies have at least 100 ratings")
top = popular.merge(movies, on="movieId", how="inner").sort_values(["mean"], ascending=False, kind="stable")
print("top", list(top.title[:3]), [repr(x) for x in top["mean"][:3]])
overall = ratings.rating.mean()
stats["score"] = (stats["mean"] * stats["count"] + overall * 10) / (stats["count"] + 10)
s = stats.merge(movies, on="movieId", how="left").sort_values(["score"], ascending=False, kind="stable")
print("score top", list(s.title[:3]))
dramas = movies[movies.genres.str.contains("Drama") & ~movies.genres.str.contains("Comedy")]
print(len(dramas), "dramas that are not comedies")
rated = movies.merge(stats, on="movieId", how="left")
print(rated["count"].isna().sum(), "movies without ratings")
rg = ratings.merge(mg[["movieId", "genre"]], on="movieId", how="inner")
ga = rg.groupby("genre").rating.agg(["mean", "count"]).reset_index().sort_values(["mean"], ascending=False, kind="stable")
print("genre means", list(ga.genre[:3]), len(rg))
