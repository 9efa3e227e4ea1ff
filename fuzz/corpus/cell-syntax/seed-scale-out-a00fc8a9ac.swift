let spark = cf.alsLearner(rank: 50, regParam: 0.1, maxIter: 10, valIdxs: valIdxs,
                          engine: .spark(master: "local[2]"))
spark.fit()
