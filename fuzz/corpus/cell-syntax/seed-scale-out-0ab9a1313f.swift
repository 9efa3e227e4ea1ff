let fac1 = pca[1].tolist()
let shown = 0..<50
scatter(x: shown.map { fac0[$0] }, y: shown.map { fac1[$0] },
        labels: shown.map { movieNames[topMovies[$0]]! },
        title: "Spark ALS movie factors, first two principal components", xLabel: "component 0", yLabel: "component 1")
