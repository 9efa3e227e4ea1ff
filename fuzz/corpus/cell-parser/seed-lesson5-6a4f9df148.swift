func loadings(_ k: Int) -> [(loading: Double, title: String)] {
    let fac = moviePCA[k].tolist()
    var out: [(loading: Double, title: String)] = []
    for j in 0..<topMovieIdsAll.count {
        out.append((loading: round(fac[j] * 10000) / 10000, title: movieNames[topMovieIdsAll[j]]!))
    }
    return out
}
let comp0 = loadings(0)
comp0.sorted { $0.loading > $1.loading }.prefix(10)
