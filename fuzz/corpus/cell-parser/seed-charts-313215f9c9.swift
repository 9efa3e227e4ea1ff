let lrs = (0..<40).map { 1e-5 * pow(10.0, Double($0) / 8.0) }
plot(lrs, lrs.map { log($0) * -0.1 + 0.3 }, title: "plot(x, y)", xLabel: "learning rate", yLabel: "loss")
