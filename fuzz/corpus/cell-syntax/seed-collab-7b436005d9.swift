let movieEmb = m.i(topMovieIdx)
let moviePCA = PCA(nComponents: 3).fit(movieEmb.T).components
expect(moviePCA.shape == [3, 1000])
let fac0 = moviePCA[0].tolist()
var movieComp: [(Double, String)] = []
for k in 0..<topMovies.count {
    movieComp.append((fac0[k], movieNames[topMovies[k]]!))
}
movieComp.sorted { $0.0 > $1.0 }.prefix(10)
