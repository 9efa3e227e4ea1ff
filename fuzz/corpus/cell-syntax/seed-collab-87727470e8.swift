let ratings = readCSV(path + "ratings.csv")
let counts = ratings.groupBy("movieId").count().sorted(by: "count", ascending: false).head(1000)
let topMovies = counts["movieId"].values
let movies = readCSV(path + "movies.csv")
var movieNames: [Int: String] = [:]
let ids = movies["movieId"].values
let titles = movies["title"].values
for k in 0..<ids.count {
    movieNames[ids[k]] = titles[k]
}
let topMovieIdx = topMovies.map { cf.itemIndex[$0] }
let m = learn.model
let movieBias = m.ib(topMovieIdx)
expect(movieBias.shape == [1000, 1])
let biasList = movieBias.tolist()
var movieRatings: [(Double, String)] = []
for k in 0..<topMovies.count {
    movieRatings.append((biasList[k][0], movieNames[topMovies[k]]!))
}
movieRatings.sorted { $0.0 < $1.0 }.prefix(15)
