#!/usr/bin/env python3
"""Trains Spark MLlib's ALS for the notebook's Spark engine (Sources/Collab/SparkALS.swift).

Run by `spark-submit` (masters local[...], spark://, yarn, k8s://) or by plain python for a Spark
Connect address (sc://...). Input: two CSV files of `user,item,rating` (dataset indices, no
header). Output, all in --out (never through the log):
  started.json       {"sparkVersion", "master"} once the Spark session is up
  user_factors.csv   id,f0,...,f{rank-1}   (one row per user with training ratings)
  item_factors.csv   id,f0,...,f{rank-1}
  result.json        {"rmse", "evaluated", "sparkVersion", "master", "fitSeconds", ...}, written last
  error.json         {"cause"} when the job fails (then the exit status is 1)
Explicit feedback, nonnegative=False, coldStartStrategy="drop" (validation rows whose user or
item has no training rating are left out of the RMSE, as the embedded engine does).
"""
import argparse
import csv
import json
import os
import sys
import time
import traceback


def write_json(path, value):
    tmp = path + ".tmp"
    with open(tmp, "w") as f:
        json.dump(value, f)
    os.replace(tmp, path)


def write_factors(path, rows):
    tmp = path + ".tmp"
    with open(tmp, "w") as f:
        for row in rows:
            # Spark's factors are float32; repr of the float64 holding one reads back exactly.
            f.write(str(row["id"]) + "," + ",".join(repr(v) for v in row["features"]) + "\n")
    os.replace(tmp, path)


def describe(error):
    """One line naming the failure: the Java exception behind a Py4J error, else the Python one."""
    java = getattr(error, "java_exception", None)
    if java is not None:
        try:
            return str(java.toString()).splitlines()[0]
        except Exception:
            pass
    lines = str(error).strip().splitlines()
    return type(error).__name__ + (": " + lines[0] if lines else "")


def read_local(spark, path, schema):
    """Reads a local CSV on the driver and ships it (for Spark Connect or clusters without
    shared storage)."""
    rows = []
    with open(path) as f:
        for user, item, rating in csv.reader(f):
            rows.append((int(user), int(item), float(rating)))
    return spark.createDataFrame(rows, schema)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--master", required=True)
    p.add_argument("--train", required=True)
    p.add_argument("--valid", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--rank", type=int, required=True)
    p.add_argument("--reg-param", type=float, required=True)
    p.add_argument("--max-iter", type=int, required=True)
    p.add_argument("--seed", type=int, required=True)
    p.add_argument("--upload", action="store_true",
                   help="read the CSVs on the driver and ship them, instead of by path")
    args = p.parse_args()
    error_path = os.path.join(args.out, "error.json")
    stage = "starting Spark"
    try:
        from pyspark.sql import SparkSession
        from pyspark.sql.types import FloatType, IntegerType, StructField, StructType

        if args.master.startswith("sc://"):
            spark = SparkSession.builder.remote(args.master).appName("notebook-als").getOrCreate()
        else:
            spark = SparkSession.builder.appName("notebook-als").getOrCreate()
        write_json(os.path.join(args.out, "started.json"),
                   {"sparkVersion": spark.version, "master": args.master})

        stage = "reading the ratings"
        schema = StructType([StructField("user", IntegerType(), False),
                             StructField("item", IntegerType(), False),
                             StructField("rating", FloatType(), False)])
        if args.upload:
            train = read_local(spark, args.train, schema)
            valid = read_local(spark, args.valid, schema)
        else:
            train = spark.read.csv("file://" + os.path.abspath(args.train), schema=schema)
            valid = spark.read.csv("file://" + os.path.abspath(args.valid), schema=schema)

        stage = "fitting ALS"
        from pyspark.ml.evaluation import RegressionEvaluator
        from pyspark.ml.recommendation import ALS
        als = ALS(rank=args.rank, regParam=args.reg_param, maxIter=args.max_iter, seed=args.seed,
                  userCol="user", itemCol="item", ratingCol="rating",
                  implicitPrefs=False, nonnegative=False, coldStartStrategy="drop")
        started = time.time()
        model = als.fit(train)
        users = model.userFactors.collect()
        items = model.itemFactors.collect()
        fit_seconds = time.time() - started

        stage = "evaluating"
        predictions = model.transform(valid)
        evaluated = predictions.count()
        rmse = RegressionEvaluator(metricName="rmse", labelCol="rating",
                                   predictionCol="prediction").evaluate(predictions) if evaluated else float("nan")

        stage = "writing the factors"
        write_factors(os.path.join(args.out, "user_factors.csv"), users)
        write_factors(os.path.join(args.out, "item_factors.csv"), items)
        write_json(os.path.join(args.out, "result.json"),
                   {"rmse": rmse if rmse == rmse else None, "evaluated": evaluated, "sparkVersion": spark.version,
                    "master": args.master, "fitSeconds": fit_seconds,
                    "users": len(users), "items": len(items), "rank": args.rank})
        spark.stop()
        return 0
    except BaseException as e:  # report every failure in error.json, the log has the rest
        write_json(error_path, {"cause": f"{stage}: {describe(e)}"[:2000]})
        traceback.print_exc()
        return 1


if __name__ == "__main__":
    sys.exit(main())
