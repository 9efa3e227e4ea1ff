let valIdxs = cvIdxs(ratings.count)
let cf = CollabFilterDataset.fromCSV(path, "ratings.csv", user: "userId", item: "movieId", rating: "rating")
(users: cf.nUsers, movies: cf.nItems, validation: valIdxs.count, minRating: cf.minScore, maxRating: cf.maxScore)
