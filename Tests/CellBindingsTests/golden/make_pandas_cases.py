"""Golden cases for the pandas verbs of the typed frame bindings (FrameBindings, MaskBindings,
ColumnMathBindings, ColumnTextBindings, FrameEditBindings).

Each case is a Swift expression a cell evaluates and the pandas expression it follows; this script
evaluates the pandas one on the committed fixtures and writes `pandas_cases.jsonl`, one case a line:
{"setup": Swift statements run first, "swift": …, "pandas": …, "expected": pandas' value as text}.
PandasCasesTests runs `print(vals(<swift>))` for each and compares with `expected` (numbers within
1e-9 relative, so 1 and 1.0 match: pandas makes an Int column with missing values float64, where
our frames keep it Int). Run by hand from this folder:

    python3 -m venv .venv && .venv/bin/pip install pandas numpy
    .venv/bin/python make_pandas_cases.py

Text of a value: a Series as `[v, v, …]`, a DataFrame as `name=[…]; name=[…]`, missing as `nan`,
booleans `true`/`false`, floats as Python's repr (Swift prints Doubles the same way).
"""
import json
import math

import numpy as np
import pandas as pd

FIX = "../../FramesTests/Fixtures/"
r = pd.read_csv(FIX + "ratings_small.csv")
m = pd.read_csv(FIX + "movies_small.csv")


def item(v):
    if v is None or v is pd.NaT or v is pd.NA:
        return "nan"
    if isinstance(v, (bool, np.bool_)):
        return "true" if v else "false"
    if isinstance(v, (int, np.integer)):
        return str(int(v))
    if isinstance(v, (float, np.floating)):
        return "nan" if math.isnan(v) else repr(float(v))
    return str(v)


def fmt(x):
    if isinstance(x, pd.DataFrame):
        return "; ".join(f"{c}={fmt(x[c])}" for c in x.columns)
    if isinstance(x, (pd.Series, pd.Index, np.ndarray, list)):
        return "[" + ", ".join(item(v) for v in list(x)) + "]"
    return item(x)


def flat(df):
    """agg with a dict gives two-level column names; ours join them with '_'."""
    df = df.copy()
    df.columns = ["_".join(c) for c in df.columns]
    return df.reset_index()


cases = []


def case(swift, pandas, setup=""):
    value = eval(pandas)
    cases.append({"setup": setup, "swift": swift, "pandas": pandas, "expected": fmt(value)})


# --- masks: comparisons, &, |, !, isna, isin, df[mask] ---
for op in ["==", "!=", "<", "<=", ">", ">="]:
    case(f'ratings["rating"] {op} 3.0', f"r.rating {op} 3.0")
    case(f'ratings["userId"] {op} 3', f"r.userId {op} 3")
    case(f'movies["title"] {op} "Toy Story (1995)"', f'm.title {op} "Toy Story (1995)"')
    case(f'ratings["movieId"] {op} ratings["userId"]', f"r.movieId {op} r.userId")
case('ratings["rating"] > 3', "r.rating > 3")
case('movies["genres"] != "Drama"', 'm.genres != "Drama"')
case('(ratings["rating"] >= 3.0) & (ratings["userId"] < 4)', "(r.rating >= 3.0) & (r.userId < 4)")
case('(ratings["rating"] >= 4.5) | (ratings["userId"] == 2)', "(r.rating >= 4.5) | (r.userId == 2)")
case('!(ratings["rating"] >= 3.0)', "~(r.rating >= 3.0)")
case('!ratings["rating"].isna() & (ratings["userId"] > 5)', "~r.rating.isna() & (r.userId > 5)")
case('ratings["rating"].isna()', "r.rating.isna()")
case('ratings["movieId"].notna()', "r.movieId.notna()")
case('ratings["movieId"].isin([10, 20])', "r.movieId.isin([10, 20])")
case('ratings["rating"].isin([3.0, 4.5])', "r.rating.isin([3.0, 4.5])")
case('movies["genres"].isin(["Drama", "Horror"])', 'm.genres.isin(["Drama", "Horror"])')
case('ratings[ratings["rating"] >= 4.0]', "r[r.rating >= 4.0]")
case('ratings[(ratings["rating"] >= 3.0) & (ratings["userId"] < 4)]["movieId"]', "r[(r.rating >= 3.0) & (r.userId < 4)].movieId")
case('movies[movies["title"] == "Toy Story (1995)"]', 'm[m.title == "Toy Story (1995)"]')
case('ratings[ratings["movieId"].isna()]', "r[r.movieId.isna()]")
case('(ratings["rating"] >= 4.0).sum()', "(r.rating >= 4.0).sum()")
case('ratings["rating"][ratings["userId"] == 3]', "r.rating[r.userId == 3]")
case('(ratings["rating"] > 5.0).any()', "(r.rating > 5.0).any()")
case('(ratings["userId"] > 0).all()', "(r.userId > 0).all()")

# --- arithmetic ---
case('ratings["rating"] * 2', "r.rating * 2")
case('ratings["rating"] + 1', "r.rating + 1")
case('ratings["rating"] - 0.5', "r.rating - 0.5")
case('ratings["rating"] / 2', "r.rating / 2")
case('2 * ratings["rating"]', "2 * r.rating")
case('10 - ratings["userId"]', "10 - r.userId")
case('1 / ratings["userId"]', "1 / r.userId")
case('ratings["userId"] * 2', "r.userId * 2")
case('ratings["userId"] + ratings["movieId"]', "r.userId + r.movieId")
case('ratings["rating"] / ratings["userId"]', "r.rating / r.userId")
case('ratings["userId"] / 0', "r.userId / 0")
case('(ratings["userId"] - ratings["userId"]) / 0', "(r.userId - r.userId) / 0")
case('ratings["userId"] / ratings["userId"]', "r.userId / r.userId")
case('ratings["rating"] * ratings["rating"] - ratings["rating"]', "r.rating * r.rating - r.rating")
case('2.5 - ratings["rating"]', "2.5 - r.rating")
case('movies["title"] + movies["genres"]', "m.title + m.genres")

# --- column assignment, assign, drop, rename, constructors ---
case('r2', "r.head(4).assign(double=r.rating * 2)", setup='let r2 = ratings.head(4)\nr2["double"] = r2["rating"] * 2')
case('r3', "r.head(3).assign(rating=r.rating.head(3) + 1)", setup='let r3 = ratings.head(3)\nr3["rating"] = r3["rating"] + 1')
case('ratings.drop(columns: ["timestamp"])', 'r.drop(columns=["timestamp"])')
case('ratings.drop(columns: ["timestamp", "userId"]).head(3)', 'r.drop(columns=["timestamp", "userId"]).head(3)')
case('ratings.rename(columns: ["rating": "stars"]).head(2)', 'r.rename(columns={"rating": "stars"}).head(2)')
case('ratings.rename(columns: ["nope": "x"]).columnNames', 'list(r.rename(columns={"nope": "x"}).columns)')
case('DataFrame(["a": [1, 2], "b": [3, 4]])', 'pd.DataFrame({"a": [1, 2], "b": [3, 4]})')
case('DataFrame(["a": [1.5, 2.5], "b": [3.0, 4.0]], columns: ["b", "a"])', 'pd.DataFrame({"a": [1.5, 2.5], "b": [3.0, 4.0]}, columns=["b", "a"])')
case('DataFrame(["name": ["x", "y"]])', 'pd.DataFrame({"name": ["x", "y"]})')
case('DataFrame([Column("a", [1, 2]), Column("b", [0.5, 1.5]), Column("c", ["u", "v"])])', 'pd.DataFrame({"a": [1, 2], "b": [0.5, 1.5], "c": ["u", "v"]})')
case('Column("x", [1.0, nil, 3.0]).mean()', 'pd.Series([1.0, None, 3.0]).mean()')
case('Column("x", [1, nil, 3]).sum()', 'pd.Series([1, None, 3]).sum()')

# --- sorting ---
case('ratings.sortValues(by: ["userId", "rating"], ascending: [true, false])', 'r.sort_values(["userId", "rating"], ascending=[True, False], kind="stable")')
case('ratings.sortValues(by: ["rating", "userId"])', 'r.sort_values(["rating", "userId"], kind="stable")')
case('ratings.sortValues(by: ["movieId", "timestamp"], ascending: false)', 'r.sort_values(["movieId", "timestamp"], ascending=False, kind="stable")')
case('ratings.sortValues(by: ["rating"], ascending: false)["userId"]', 'r.sort_values(["rating"], ascending=False, kind="stable").userId')
case('movies.sortValues(by: ["genres", "title"])["movieId"]', 'm.sort_values(["genres", "title"], kind="stable").movieId')
case('ratings["rating"].sortValues()', 'r.rating.sort_values(kind="stable")')
case('ratings["rating"].sortValues(ascending: false)', 'r.rating.sort_values(ascending=False, kind="stable")')

# --- merge ---
for how in ["inner", "left", "right", "outer"]:
    case(f'ratings.merge(movies, on: "movieId", how: .{how})', f'r.merge(m, on="movieId", how="{how}")')
    case(f'movies.merge(ratings, on: "movieId", how: .{how})["userId"]', f'm.merge(r, on="movieId", how="{how}").userId')
case('movies.head(3).merge(movies.tail(3), on: "movieId", how: .outer)', 'm.head(3).merge(m.tail(3), on="movieId", how="outer")')

# --- group-by ---
for key in ["userId", "movieId"]:
    g = f'ratings.groupBy("{key}")'
    p = f'r.groupby("{key}")'
    case(f"{g}.size()", f'{p}.size().reset_index(name="count")')
    case(f'{g}.count("rating")', f'{p}.rating.count().reset_index(name="count")')
    for fn in ["sum", "mean", "median", "std", "min", "max", "nunique", "first", "last"]:
        case(f'{g}.{fn}("rating")' if fn != "mean" else f'{g}.mean("rating")', f"{p}.rating.{fn}().reset_index()")
    case(f'{g}.variance("rating")', f"{p}.rating.var().reset_index()")
    case(f'{g}["rating"].mean()', f"{p}.rating.mean().reset_index()")
    case(f'{g}["timestamp"].max()', f"{p}.timestamp.max().reset_index()")
    case(f"{g}.sum()", f"{p}.sum().reset_index()")
    case(f"{g}.mean()", f"{p}.mean().reset_index()")
    case(f'{g}.agg("rating", [.mean, .count, .std])', f'{p}.rating.agg(["mean", "count", "std"]).reset_index()')
    case(f'{g}.agg([("rating", [.mean, .max]), ("timestamp", [.min, .size])])', f'flat({p}.agg({{"rating": ["mean", "max"], "timestamp": ["min", "size"]}}))')
case('ratings.groupBy(["userId", "movieId"]).size()', 'r.groupby(["userId", "movieId"]).size().reset_index(name="count")')
case('ratings.groupBy(["movieId", "userId"]).mean("rating")', 'r.groupby(["movieId", "userId"]).rating.mean().reset_index()')
case('ratings.groupBy(["userId", "movieId"]).agg("rating", [.sum, .count])', 'r.groupby(["userId", "movieId"]).rating.agg(["sum", "count"]).reset_index()')
case('ratings.groupBy("rating").size()', 'r.groupby("rating").size().reset_index(name="count")')
case('ratings.groupBy("rating")["userId"].nunique()', 'r.groupby("rating").userId.nunique().reset_index()')
case('movies.groupBy("genres").first("title")', 'm.groupby("genres").title.first().reset_index()')
case('movies.groupBy("movieId")["title"].min()', 'm.groupby("movieId").title.min().reset_index()')
case('movies.groupBy("movieId")["title"].max()', 'm.groupby("movieId").title.max().reset_index()')
case('movies.groupBy("movieId").nunique("title")', 'm.groupby("movieId").title.nunique().reset_index()')
case('movies.groupBy("movieId")["timestamp"].count()', 'm.groupby("movieId").timestamp.count().reset_index(name="count")')
case('movies.groupBy("movieId").last("timestamp")', 'm.groupby("movieId").timestamp.last().reset_index()')

# --- column reductions ---
for col in ["rating", "userId", "movieId", "timestamp"]:
    c = f'ratings["{col}"]'
    p = f"r.{col}"
    case(f"{c}.sum()", f"{p}.sum()")
    case(f"{c}.mean()", f"{p}.mean()")
    case(f"{c}.median()", f"{p}.median()")
    case(f"{c}.std()", f"{p}.std()")
    case(f"{c}.variance()", f"{p}.var()")
    case(f"{c}.quantile(0.25)", f"{p}.quantile(0.25)")
    case(f"{c}.quantile(0.9)", f"{p}.quantile(0.9)")
    case(f"{c}.idxmax()", f"{p}.idxmax()")
    case(f"{c}.idxmin()", f"{p}.idxmin()")
    case(f"{c}.describe()", f'{p}.describe().reset_index(name="{col}").rename(columns={{"index": "statistic"}})')
case('ratings.describe()', 'r.describe().reset_index(names="statistic")')
case('movies.describe()', 'm.describe().reset_index(names="statistic")')
case('ratings["rating"].quantile(0.0)', "r.rating.quantile(0.0)")
case('ratings["rating"].quantile(1.0)', "r.rating.quantile(1.0)")
case('Column("x", [5.0]).std()', "pd.Series([5.0]).std()")

# --- missing values ---
case('ratings["rating"].fillna(0.0)', "r.rating.fillna(0.0)")
case('ratings["rating"].fillna(0)', "r.rating.fillna(0)")
case('ratings["movieId"].fillna(0)', "r.movieId.fillna(0)")
case('movies["genres"].fillna("(none)")', 'm.genres.fillna("(none)")')
case('ratings["rating"].dropna()', "r.rating.dropna()")
case('ratings.dropna()', "r.dropna()")
case('ratings.dropna(subset: ["rating"])["movieId"]', 'r.dropna(subset=["rating"]).movieId')
case('movies.dropna()', "m.dropna()")
case('ratings.fillna(0.0)', "r.fillna(0.0)")
case('movies.fillna("?")["genres"]', 'm.fillna("?").genres')

# --- map / apply ---
case('ratings["rating"].map { (x: Double) in x * 2 }', "r.rating.map(lambda x: x * 2)")
case('ratings["userId"].map { (u: Int) in u * u }', "r.userId.map(lambda u: u * u)")
case('ratings["userId"].apply { (u: Int) in u % 2 == 0 ? "even" : "odd" }', 'r.userId.apply(lambda u: "even" if u % 2 == 0 else "odd")')
case('movies["title"].map { (t: String) in t + "!" }', 'm.title.map(lambda t: t + "!")')
case('ratings["rating"].apply { (x: Double) in x >= 4.0 ? 1 : 0 }', "r.rating.map(lambda x: 1 if x >= 4.0 else 0, na_action='ignore')")

# --- strings ---
case('movies["title"].str.lower()', "m.title.str.lower()")
case('movies["title"].str.upper()', "m.title.str.upper()")
case('movies["title"].str.len()', "m.title.str.len()")
case('movies["genres"].str.len()', "m.genres.str.len()")
case('movies["title"].str.contains("Les")', 'm.title.str.contains("Les", na=False)')
case('movies["genres"].str.contains("Drama")', 'm.genres.str.contains("Drama", na=False)')
case('movies["title"].str.contains("^T")', 'm.title.str.contains("^T", na=False)')
case('movies["title"].str.contains("(19", regex: false)', 'm.title.str.contains("(19", regex=False, na=False)')
case('movies["title"].str.contains("19[89]")', 'm.title.str.contains("19[89]", na=False)')
case('movies["title"].str.startswith("T")', 'm.title.str.startswith("T", na=False)')
case('movies["genres"].str.split("|").explode()', 'm.genres.str.split("|").explode()')
case('movies["genres"].str.split("|").len()', 'm.genres.str.split("|").str.len()')
case('movies.assign("genres", movies["genres"].str.split("|")).explode("genres")', 'm.assign(genres=m.genres.str.split("|")).explode("genres")')
case('movies.assign("genre", movies["genres"].str.split("|")).explode("genre")["movieId"]', 'm.assign(genre=m.genres.str.split("|")).explode("genre").movieId')
case('movies.assign("genres", movies["genres"].str.split("|")).explode("genres").groupBy("genres").size()', 'm.assign(genres=m.genres.str.split("|")).explode("genres").groupby("genres").size().reset_index(name="count")')
case('movies["genres"].str.split("|").explode().valueCounts()', 'm.genres.str.split("|").explode().value_counts().reset_index()')
case('movies["title"].str.strip()', "m.title.str.strip()")

# --- dates ---
for field in ["year", "month", "day", "weekday", "dayofweek", "hour", "minute"]:
    case(f'toDatetime(ratings["timestamp"], unit: .s).dt.{field}', f'pd.to_datetime(r.timestamp, unit="s").dt.{field}')
case('toDatetime(movies["timestamp"], unit: .D).dt.year', 'pd.to_datetime(m.timestamp, unit="D").dt.year')
case('toDatetime(movies["timestamp"], unit: .D).dt.day', 'pd.to_datetime(m.timestamp, unit="D").dt.day')
case('toDatetime(ratings["timestamp"] * 1000, unit: .ms).dt.month', 'pd.to_datetime(r.timestamp * 1000, unit="ms").dt.month')
case('toDatetime(ratings["timestamp"]).strings()', 'pd.to_datetime(r.timestamp, unit="s").dt.strftime("%Y-%m-%d %H:%M:%S")')
case('toDatetime(Column("t", [-1, 0, 951782400, 4107542400]), unit: .s).dt.day', 'pd.to_datetime(pd.Series([-1, 0, 951782400, 4107542400]), unit="s").dt.day')
case('toDatetime(Column("t", [-86401, 68256000]), unit: .s).dt.weekday', 'pd.to_datetime(pd.Series([-86401, 68256000]), unit="s").dt.weekday')
case('ratings.groupBy("year").size()', 'r.assign(year=pd.to_datetime(r.timestamp, unit="s").dt.year).groupby("year").size().reset_index(name="count")', setup='ratings["year"] = toDatetime(ratings["timestamp"], unit: .s).dt.year')

# --- edge cases: interpolation, duplicates in merges, missing keys, Unicode, dates far from 1970 ---
for q in ["0.1", "0.33", "0.5", "0.75", "0.999"]:
    case(f'Column("x", [1.0, 2.0, 3.0, 4.0, 10.0]).quantile({q})', f"pd.Series([1.0, 2.0, 3.0, 4.0, 10.0]).quantile({q})")
case('Column("x", [4, 1, 3, 2]).median()', "pd.Series([4, 1, 3, 2]).median()")
case('Column("x", [4.0, nil, 1.0, 3.0]).median()', "pd.Series([4.0, None, 1.0, 3.0]).median()")
case('Column("x", [1, 2, 3, 4]).std()', "pd.Series([1, 2, 3, 4]).std()")
case('Column("x", [1, 2, 3, 4]).variance()', "pd.Series([1, 2, 3, 4]).var()")
case('Column("x", [0.1, 0.2, 0.3]).sum()', "pd.Series([0.1, 0.2, 0.3]).sum()")
case('Column("x", [3, 7, 7, 1]).idxmax()', "pd.Series([3, 7, 7, 1]).idxmax()")
case('Column("x", [nil, 2.0, 1.0, 1.0]).idxmin()', "pd.Series([None, 2.0, 1.0, 1.0]).idxmin()")
case('Column("x", [1, 2, 3, 4]).describe()', 'pd.Series([1, 2, 3, 4], name="x").describe().reset_index(name="x").rename(columns={"index": "statistic"})')
case('DataFrame([Column("k", [1.5, nil, 1.5, 0.5]), Column("v", [1, 2, 3, 4])]).groupBy("k").sum("v")', 'pd.DataFrame({"k": [1.5, None, 1.5, 0.5], "v": [1, 2, 3, 4]}).groupby("k").v.sum().reset_index()')
case('DataFrame([Column("a", ["x", "y", "x", "y"]), Column("b", [2, nil, 1, 1]), Column("v", [1.0, 2.0, 3.0, 4.0])]).groupBy(["a", "b"]).sum("v")', 'pd.DataFrame({"a": ["x", "y", "x", "y"], "b": [2, None, 1, 1], "v": [1.0, 2.0, 3.0, 4.0]}).groupby(["a", "b"]).v.sum().reset_index()')
A = 'DataFrame(["k": [1, 1, 2], "v": [1, 2, 3]])'
B = 'DataFrame(["k": [1, 1, 3], "w": [4, 5, 6]])'
PA = 'pd.DataFrame({"k": [1, 1, 2], "v": [1, 2, 3]})'
PB = 'pd.DataFrame({"k": [1, 1, 3], "w": [4, 5, 6]})'
for how in ["inner", "left", "right", "outer"]:
    case(f'{A}.merge({B}, on: "k", how: .{how})', f'{PA}.merge({PB}, on="k", how="{how}")')
SA = 'DataFrame(["k": ["b", "a", "c"], "v": ["1", "2", "3"]])'
SB = 'DataFrame(["k": ["d", "b", "a"], "v": ["4", "5", "6"]])'
PSA = 'pd.DataFrame({"k": ["b", "a", "c"], "v": ["1", "2", "3"]})'
PSB = 'pd.DataFrame({"k": ["d", "b", "a"], "v": ["4", "5", "6"]})'
for how in ["inner", "left", "right", "outer"]:
    case(f'{SA}.merge({SB}, on: "k", how: .{how})', f'{PSA}.merge({PSB}, on="k", how="{how}")')
case('movies.sortValues(by: ["genres"], ascending: false)["movieId"]', 'm.sort_values(["genres"], ascending=False, kind="stable").movieId')
case('ratings.sortValues(by: ["userId", "movieId"], ascending: [false, true])', 'r.sort_values(["userId", "movieId"], ascending=[False, True], kind="stable")')
case('ratings.groupBy(["userId", "movieId"]).count("rating")', 'r.groupby(["userId", "movieId"]).rating.count().reset_index(name="count")')
case('movies.groupBy("movieId").min()', 'm.groupby("movieId").min().reset_index()')
case('movies.groupBy("movieId").agg([("title", [.first, .last, .nunique]), ("timestamp", [.size, .count])])', 'flat(m.groupby("movieId").agg({"title": ["first", "last", "nunique"], "timestamp": ["size", "count"]}))')
case('Column("s", ["e\\u{301}", "é", "straße", "Ünïcödé"]).str.len()', 'pd.Series(["e\u0301", "é", "straße", "Ünïcödé"]).str.len()')
case('Column("s", ["straße", "Ünïcödé", "ǅ"]).str.upper()', 'pd.Series(["straße", "Ünïcödé", "ǅ"]).str.upper()')
case('Column("s", ["ÀB", "Ünïcödé", "ǅ"]).str.lower()', 'pd.Series(["ÀB", "Ünïcödé", "ǅ"]).str.lower()')
case('Column("s", ["ab12", "a1b2c3", "1999", nil]).str.contains("[0-9]{2}")', 'pd.Series(["ab12", "a1b2c3", "1999", None]).str.contains("[0-9]{2}", na=False)')
case('Column("s", ["a||b", "", "|", nil]).str.split("|").explode()', 'pd.Series(["a||b", "", "|", None]).str.split("|").explode()')
case('Column("s", ["  a b ", "\\tx\\n", ""]).str.strip()', 'pd.Series(["  a b ", "\\tx\\n", ""]).str.strip()')
case('Column("s", ["x", nil]).str.len()', 'pd.Series(["x", None]).str.len()')
dates = "[-2208988800, 951868800, 1709164800, 253402300799, -62135596800]"
for field in ["year", "month", "day", "weekday", "hour"]:
    case(f'toDatetime(Column("t", {dates}), unit: .s).dt.{field}', f'pd.to_datetime(pd.Series({dates}), unit="s").dt.{field}')
case('toDatetime(Column("t", [-1500, 1500, 86399999]), unit: .ms).strings()', 'pd.to_datetime(pd.Series([-1500, 1500, 86399999]), unit="ms").dt.strftime("%Y-%m-%d %H:%M:%S")')
case('toDatetime(Column("t", [0.5, 1.25, nil]), unit: .D).strings()', 'pd.to_datetime(pd.Series([0.5, 1.25, None]), unit="D").dt.strftime("%Y-%m-%d %H:%M:%S")')
case('ratings["userId"].fillna(0.5)', "r.userId.fillna(0.5)")
case('ratings.dropna(subset: ["movieId", "rating"])["userId"]', 'r.dropna(subset=["movieId", "rating"]).userId')
case('Column("x", [1, 2, 3]) * Column("y", [2.5, nil, 1.0])', 'pd.Series([1, 2, 3]) * pd.Series([2.5, None, 1.0])')
case('Column("x", [7, -7, 0]) / 2', 'pd.Series([7, -7, 0]) / 2')
case('Column("x", [1.0, -1.0, 0.0]) / 0', 'pd.Series([1.0, -1.0, 0.0]) / 0')
case('Column("x", [1, 2, 3]) - Column("y", [3, 2, 1])', 'pd.Series([1, 2, 3]) - pd.Series([3, 2, 1])')
case('Column("s", ["b", "a", nil]) < "b"', 'pd.Series(["b", "a", None]) < "b"')
case('Column("s", ["é", "e", "z"]) > "f"', 'pd.Series(["é", "e", "z"]) > "f"')

# --- nlargest / nsmallest, dates into a frame ---
case('ratings.nlargest(4, "rating")', 'r.nlargest(4, "rating")')
case('ratings.nsmallest(5, "rating")', 'r.nsmallest(5, "rating")')
case('ratings.nlargest(3, "userId")["timestamp"]', 'r.nlargest(3, "userId").timestamp')
case('ratings.nsmallest(30, "movieId")["movieId"]', 'r.nsmallest(30, "movieId").movieId')
case('ratings.assign("when", toDatetime(ratings["timestamp"])).head(3)["when"]', 'r.assign(when=pd.to_datetime(r.timestamp, unit="s").dt.strftime("%Y-%m-%d %H:%M:%S")).head(3)["when"]')

# --- a frame from labelled tuples ---
case('DataFrame(rows: [(title: "Heat", year: 1995, score: 4.5), (title: "Up", year: 2009, score: 4.0)])', 'pd.DataFrame.from_records([("Heat", 1995, 4.5), ("Up", 2009, 4.0)], columns=["title", "year", "score"])')
case('DataFrame(rows: [(id: 1, note: nil), (id: 2, note: Optional("b"))] as [(id: Int, note: String?)])', 'pd.DataFrame.from_records([(1, None), (2, "b")], columns=["id", "note"])')

# --- map with an optional result ---
case('Column("s", ["12", "x", "7", nil]).map { (t: String) in Int(t) }', 'pd.Series(["12", "x", "7", None]).map(lambda t: int(t) if t.isdigit() else None, na_action="ignore")')

# --- str.replace, str.slice, str.endswith ---
case('movies["title"].str.replace(" (1995)", "")', 'm.title.str.replace(" (1995)", "", regex=False)')
case('movies["title"].str.replace("[0-9]+", "#", regex: true)', 'm.title.str.replace("[0-9]+", "#", regex=True)')
case('movies["genres"].str.replace("|", ", ")', 'm.genres.str.replace("|", ", ", regex=False)')
case('movies["title"].str.slice(-5, -1)', "m.title.str.slice(-5, -1)")
case('movies["title"].str.slice(0, 3)', "m.title.str.slice(0, 3)")
case('movies["title"].str.slice(20)', "m.title.str.slice(20)")
case('movies["title"].str.slice(nil, -30)', "m.title.str.slice(None, -30)")
case('movies["title"].str.endswith("(1995)")', 'm.title.str.endswith("(1995)", na=False)')
case('movies["title"].str.slice(-5, -1).map { (t: String) in Int(t) }', 'm.title.str.slice(-5, -1).map(lambda t: int(t) if t.isdigit() else None, na_action="ignore")')

# --- compound assignment ---
case('r4', 'r.head(3).assign(rating=r.rating.head(3) + 1, userId=r.userId.head(3) * 10, timestamp=r.timestamp.head(3) - r.timestamp.head(3))', setup='let r4 = ratings.head(3)\nr4["rating"] += 1\nr4["userId"] *= 10\nr4["timestamp"] -= r4["timestamp"]')

with open("pandas_cases.jsonl", "w") as out:
    for c in cases:
        out.write(json.dumps(c, ensure_ascii=False) + "\n")
print("pandas", pd.__version__, "numpy", np.__version__, "cases", len(cases))
