let topUserIds = topUsers["userId"].values
let topMovieIds = topMovies["movieId"].values
var userRow: [Int: Int] = [:]
for (i, id) in topUserIds.enumerated() { userRow[id] = i }
var movieColumn: [Int: Int] = [:]
for (j, id) in topMovieIds.enumerated() { movieColumn[id] = j }
let knownRows = Tensor(topRatings["userId"].values.map { userRow[$0]! }).long()
let knownColumns = Tensor(topRatings["movieId"].values.map { movieColumn[$0]! }).long()
let known = Tensor(topRatings["rating"].values)
print("\(known.count) of 225 cells are known")
