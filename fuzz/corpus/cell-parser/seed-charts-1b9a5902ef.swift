var normals: [Double] = []
for _ in 0..<2000 {
    var s = 0.0
    for _ in 0..<12 { s += Double.random(in: 0..<1) }
    normals.append(s - 6.0)
}
hist(normals, bins: 30, title: "Sum of 12 uniforms − 6", xLabel: "value", yLabel: "count")
