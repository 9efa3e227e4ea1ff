movieRatings.sorted { $0.0 > $1.0 }.prefix(15)
