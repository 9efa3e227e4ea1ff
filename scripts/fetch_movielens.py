#!/usr/bin/env python3
"""Write MovieLens 100K as data/ml-100k/ratings.csv and movies.csv (lesson 5's layout).

ratings.csv: userId,movieId,rating,timestamp (file order of the source, u.data).
movies.csv:  movieId,title,genres with title "Title (Year)" and genres joined by "|",
             quoted per RFC 4180 where needed, UTF-8.

Sources, in order:
1. The official GroupLens archive ml-100k.zip (u.data tab-separated; u.item "|"-separated and
   ISO-8859-1 encoded, so "Misérables, Les (1995)" is decoded to UTF-8 here).
2. Where that host cannot be reached: the copy shipped in the PyPI wheel recbole==1.2.1
   (recbole/dataset_example/ml-100k/ml-100k.inter and ml-100k.item, tab-separated, typed headers),
   fetched with `pip download --no-deps`.

The result is checked (100,000 ratings, 943 users, 1,682 movies, ratings 1 to 5); any mismatch
stops with an error. The data is never committed: the MovieLens licence forbids redistribution.
"""
import csv
import io
import os
import re
import subprocess
import sys
import tempfile
import urllib.request
import zipfile

GROUPLENS_URL = "https://files.grouplens.org/datasets/movielens/ml-100k.zip"
RECBOLE = "recbole==1.2.1"
GENRES = ["unknown", "Action", "Adventure", "Animation", "Children's", "Comedy", "Crime",
          "Documentary", "Drama", "Fantasy", "Film-Noir", "Horror", "Musical", "Mystery",
          "Romance", "Sci-Fi", "Thriller", "War", "Western"]
UNKNOWN_MOVIE = 267  # has neither title nor year in either source


def fail(message):
    sys.exit(f"fetch_movielens: error: {message}")


def from_grouplens(timeout=15):
    """Returns (ratings, movies) from the official archive, or None when it cannot be reached."""
    try:
        with urllib.request.urlopen(GROUPLENS_URL, timeout=timeout) as response:
            archive = zipfile.ZipFile(io.BytesIO(response.read()))
    except Exception as error:  # no network, DNS failure, timeout, HTTP error
        print(f"fetch_movielens: GroupLens not reachable ({error}); using the recbole wheel")
        return None
    ratings = []
    for line in archive.read("ml-100k/u.data").decode("ascii").splitlines():
        user, item, rating, stamp = line.split("\t")
        ratings.append((int(user), int(item), int(rating), int(stamp)))
    movies = []
    for line in archive.read("ml-100k/u.item").decode("iso-8859-1").splitlines():
        fields = line.split("|")
        movie_id, title = int(fields[0]), fields[1].strip()
        flags = fields[5:5 + len(GENRES)]
        genres = "|".join(g for g, flag in zip(GENRES, flags) if flag == "1")
        if movie_id == UNKNOWN_MOVIE or not title:
            title = "unknown"
        movies.append((movie_id, title, genres))
    return ratings, movies


def from_recbole():
    """Returns (ratings, movies) from the recbole wheel on PyPI."""
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
                        "--disable-pip-version-check", "-d", folder, RECBOLE], check=True)
        wheels = [f for f in os.listdir(folder) if f.endswith(".whl")]
        if not wheels:
            fail(f"pip download {RECBOLE} produced no wheel")
        wheel = zipfile.ZipFile(os.path.join(folder, wheels[0]))
        inter = wheel.read("recbole/dataset_example/ml-100k/ml-100k.inter").decode("utf-8")
        item = wheel.read("recbole/dataset_example/ml-100k/ml-100k.item").decode("utf-8")
    rows = inter.splitlines()
    if rows[0].split("\t")[:3] != ["user_id:token", "item_id:token", "rating:float"]:
        fail(f"unexpected header in ml-100k.inter: {rows[0]!r}")
    ratings = []
    for line in rows[1:]:
        if line:
            user, movie, rating, stamp = line.split("\t")
            ratings.append((int(user), int(movie), int(float(rating)), int(float(stamp))))
    rows = item.splitlines()
    if rows[0].split("\t")[:2] != ["item_id:token", "movie_title:token_seq"]:
        fail(f"unexpected header in ml-100k.item: {rows[0]!r}")
    movies = []
    for line in rows[1:]:
        if not line:
            continue
        movie_id, title, year, genres = line.split("\t")
        movie_id = int(movie_id)
        if movie_id == UNKNOWN_MOVIE:
            title, genres = "unknown", "unknown"
        elif re.fullmatch(r"\d{4}", year):
            title = f"{title} ({year})"
        movies.append((movie_id, title, "|".join(genres.split(" "))))
    return ratings, movies


def check(ratings, movies):
    users = {r[0] for r in ratings}
    items = {r[1] for r in ratings}
    values = {r[2] for r in ratings}
    problems = []
    if len(ratings) != 100_000: problems.append(f"{len(ratings)} ratings, expected 100,000")
    if len(users) != 943: problems.append(f"{len(users)} users, expected 943")
    if len(items) != 1682: problems.append(f"{len(items)} rated movies, expected 1,682")
    if len(movies) != 1682: problems.append(f"{len(movies)} movies, expected 1,682")
    if values != {1, 2, 3, 4, 5}: problems.append(f"rating values {sorted(values)}, expected 1 to 5")
    if not items <= {m[0] for m in movies}: problems.append("a rated movie has no title")
    if problems:
        fail("; ".join(problems))


def write_atomically(path, header, rows):
    temporary = path + ".tmp"
    with open(temporary, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(header)
        writer.writerows(rows)
    os.replace(temporary, path)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "data/ml-100k"
    os.makedirs(out, exist_ok=True)
    data = from_grouplens() or from_recbole()
    ratings, movies = data
    check(ratings, movies)
    write_atomically(os.path.join(out, "movies.csv"), ["movieId", "title", "genres"], movies)
    write_atomically(os.path.join(out, "ratings.csv"), ["userId", "movieId", "rating", "timestamp"], ratings)
    print(f"fetch_movielens: wrote {len(ratings):,} ratings and {len(movies):,} movies to {out}/")


if __name__ == "__main__":
    main()
