//| seed: 5
let userFactors = uniform([15, 5], 0, 1, requiresGrad: true)
let movieFactors = uniform([15, 5], 0, 1, requiresGrad: true)
func knownPredictions() -> Tensor {
    (userFactors[knownRows] * movieFactors[knownColumns]).sum(1)
}
func tableRMSE() -> Double {
    noGrad { mseLoss(knownPredictions(), known).sqrt().item() }
}
let rmseBefore = tableRMSE()
let descent = SGD([userFactors, movieFactors], lr: 0.1)
for step in 0..<1000 {
    let loss = mseLoss(knownPredictions(), known).sqrt()
    descent.zeroGrad()
    loss.backward()
    descent.step()
}
let rmseAfter = tableRMSE()
expect(rmseAfter < rmseBefore / 2, "gradient descent lowers the RMSE")
print(String(format: "RMSE of the known cells: %.3f with random factors, %.3f after 1,000 steps", rmseBefore, rmseAfter))
