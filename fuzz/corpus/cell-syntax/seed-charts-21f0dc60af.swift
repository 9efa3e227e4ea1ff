var hx: [Double] = []
var hy: [Double] = []
for i in 0..<2000 {
    let a = normals[i]
    hx.append(a)
    hy.append(0.6 * a + normals[(i * 7 + 3) % 2000] * 0.8)
}
jointplot(hx, hy, kind: .hex, title: "jointplot(x, y, kind: .hex)", xLabel: "x", yLabel: "y")
