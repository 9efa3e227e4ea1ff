let topRatings = ratings.join(topUsers, on: "userId").join(topMovies, on: "movieId")
let table = crosstab(topRatings, rows: "userId", columns: "movieId", values: "rating", aggregate: .sum)
expect(table.count, equals: 15)
expect(table.columnNames.count - 1, equals: 15)
table
