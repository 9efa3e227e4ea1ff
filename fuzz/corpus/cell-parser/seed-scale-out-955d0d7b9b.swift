expect(abs(als.rmse! - spark.rmse!) < 0.005, "the engines agree within 0.005")
expect(als.userFactors.shape == [943, 50] && spark.itemFactors.shape == [1682, 50])
[(engine: als.engine, spark: "—", seconds: als.fitSeconds!, validRMSE: als.rmse!),
 (engine: spark.engine, spark: spark.sparkVersion!, seconds: spark.fitSeconds!, validRMSE: spark.rmse!)]
