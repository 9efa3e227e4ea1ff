movieRatings.sorted { $0.bias < $1.bias }.prefix(15)
