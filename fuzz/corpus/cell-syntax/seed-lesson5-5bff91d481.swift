let learnerRMSE = sqrt(learn.history.last!.valLoss)
expect(learnerRMSE, atMost: 0.92)
var results = [(model: "EmbeddingDotBias learner, Adam + SGDR", validationRMSE: round(learnerRMSE * 1000) / 1000)]
print(String(format: "validation RMSE %.3f stars", learnerRMSE))
