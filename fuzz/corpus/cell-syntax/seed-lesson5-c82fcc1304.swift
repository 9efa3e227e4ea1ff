let movieEmb = m.i(topMovieIdx)
let moviePCA = PCA(nComponents: 3).fit(movieEmb.T).components
expect(moviePCA.shape, equals: [3, topMovieIdsAll.count])
moviePCA.shape
