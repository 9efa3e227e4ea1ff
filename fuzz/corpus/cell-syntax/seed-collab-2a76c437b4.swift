let valLoss = learn.history.last!.valLoss
expect(learn.history.count == 3, "3 epochs")
expect(valLoss <= 0.845, "the cell-14 recipe reaches val_loss ≤ 0.845 (PyTorch ≈ 0.83)")
sqrt(valLoss)
