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
let movieFactors = spark.itemFactors[topMovieIdx]
expect(movieFactors.shape == [1000, 50])
let pca = PCA(nComponents: 3).fit(movieFactors.T).components
let fac0 = pca[0].tolist()
var movieComp: [(Double, String)] = []
for k in 0..<topMovies.count {
    movieComp.append((fac0[k], movieNames[topMovies[k]]!))
}
movieComp.sorted { $0.0 > $1.0 }.prefix(10)
