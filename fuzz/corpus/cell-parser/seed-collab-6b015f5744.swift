setLRs(opt, 0.01)
let h = fit(model, data, 3, opt, mseLoss)
expect(h.last!.valLoss < 0.95, "the cell model learns (PyTorch ≈ 0.88)")
h.last!.valLoss
