let path = "../data/ml-100k/"
let valIdxs = cvIdxs(100000)
let cf = CollabFilterDataset.fromCSV(path, "ratings.csv", user: "userId", item: "movieId", rating: "rating")
expect(cf.nUsers == 943 && cf.nItems == 1682)
cf
