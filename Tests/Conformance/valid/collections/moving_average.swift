let series: [Double] = [1, 3, 5, 7, 9, 11, 13]
let window = 3
var averages: [Double] = []
for i in 0...(series.count - window) {
    let slice = series[i..<(i + window)]
    averages.append(slice.reduce(0, +) / Double(window))
}
print(averages)
let cumulative = series.reduce(into: [Double]()) { acc, x in acc.append((acc.last ?? 0) + x) }
print(cumulative)
let ma2 = zip(series, series.dropFirst()).map { ($0 + $1) / 2 }
print(ma2)
