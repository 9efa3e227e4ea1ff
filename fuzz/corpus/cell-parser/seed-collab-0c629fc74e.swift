let preds = learn.predict()
let y = learn.data.valY
expect(preds.shape == [20000] && y.shape == [20000])
let err = preds - y
expect(abs((err * err).mean().item() - valLoss) < 0.01, "MSE over all rows ≈ mean of batch MSEs")
preds[0..<5]
