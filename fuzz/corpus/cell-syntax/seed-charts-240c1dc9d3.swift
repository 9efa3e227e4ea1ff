var losses: [Double] = []
for i in 0..<50 {
    losses.append(1.0 / Double(i + 1) + 0.2)
}
plot(losses, title: "plot(y)", xLabel: "iteration", yLabel: "loss")
