let als = cf.alsLearner(rank: 50, regParam: 0.1, maxIter: 10, valIdxs: valIdxs)
als.fit()
