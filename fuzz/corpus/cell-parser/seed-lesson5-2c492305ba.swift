let preds = learn.predict()
let y = learn.data.valY
jointplot(preds, y, kind: .hex, xLabel: "prediction", yLabel: "rating")
