//| seed: 42
let pick = randperm(topMovieIdsAll.count).tolist().prefix(50)
let xs = pick.map { comp0[$0].loading }
let ys = pick.map { comp1[$0].loading }
let names = pick.map { comp0[$0].title }
scatter(x: xs, y: ys, labels: names, title: "Movies on the first two principal components",
        xLabel: "component 1", yLabel: "component 2", width: 900, height: 700)
