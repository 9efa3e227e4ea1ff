let comp1 = loadings(1)
comp1.sorted { $0.loading > $1.loading }.prefix(10)
