let path = "../../data/ml-100k/"
let valIdxs = cvIdxs(100000)
expect(valIdxs.count == 20000 && Array(valIdxs.prefix(3)) == [75721, 80184, 19864], "numpy's permutation")
let wd = 2e-4
let nFactors = 50
let cf = CollabFilterDataset.fromCSV(path, "ratings.csv", user: "userId", item: "movieId", rating: "rating")
expect(cf.nUsers == 943 && cf.nItems == 1682 && cf.minScore == 1.0 && cf.maxScore == 5.0)
let learn = cf.learner(nFactors: nFactors, valIdxs: valIdxs, bs: 64, opt: .adam)
learn.model
