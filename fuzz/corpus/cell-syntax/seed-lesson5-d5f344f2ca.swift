[(model: "this notebook: EmbeddingDotBias, SGDR", rmse: round(learnerRMSE * 1000) / 1000),
 (model: "LibRec BiasedMF", rmse: 0.911),
 (model: "Surprise SVD++", rmse: 0.919),
 (model: "Surprise SVD", rmse: 0.934)]
