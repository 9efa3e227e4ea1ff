let p1 = als.predict()
let p2 = spark.predict()
expect(p1.shape == [20000] && p2.shape == [20000])
(p1[0..<5], p2[0..<5])
