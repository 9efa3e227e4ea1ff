func evaluate() -> Double {
    noGrad { mseLoss(net(users, items), ratings).item() }
}
let before = evaluate()
let opt = Adam(net.parameters(), lr: 0.05, weightDecay: 1e-5)
let batch = 100
for epoch in 0..<8 {
    let order = randperm(nRatings)
    var start = 0
    while start < nRatings {
        let idx = order[start..<min(start + batch, nRatings)]
        let loss = mseLoss(net(users[idx], items[idx]), ratings[idx])
        opt.zeroGrad()
        loss.backward()
        opt.step()
        start += batch
    }
}
let after = evaluate()
print("MSE before \(before), after \(after)")
expect(after < before / 4, "training lowers the MSE")
after
