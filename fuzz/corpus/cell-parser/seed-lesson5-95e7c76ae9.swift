let movies2 = readCSV(path + "movies.csv")
var movieNames: [Int: String] = [:]
let ids = movies2["movieId"].values
let titles = movies2["title"].values
for k in 0..<ids.count { movieNames[ids[k]] = titles[k] }
let byCount = ratings.groupBy("movieId").count().sorted(by: "count", ascending: false).head(3000)
let topMovieIdsAll = byCount["movieId"].values
let topMovieIdx = topMovieIdsAll.map { cf.itemIndex[$0] }
let m = learn.model
let movieBias = m.ib(topMovieIdx).tolist()
var movieRatings: [(bias: Double, title: String)] = []
for k in 0..<topMovieIdsAll.count {
    movieRatings.append((bias: round(movieBias[k][0] * 1000) / 1000, title: movieNames[topMovieIdsAll[k]]!))
}
topMovieIdsAll.count
