comp0.sorted { $0.loading < $1.loading }.prefix(10)
