let train = [0.95, 0.81, 0.78, 0.76, 0.75]
let valid = [0.88, 0.83, 0.80, 0.79, 0.79]
plot([train, valid], labels: ["train", "valid"], title: "Two series", xLabel: "epoch", yLabel: "MSE")
