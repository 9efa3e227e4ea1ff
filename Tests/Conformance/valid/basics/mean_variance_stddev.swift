import Foundation

let data: [Double] = [2, 4, 4, 4, 5, 5, 7, 9]
let n = Double(data.count)
let mean = data.reduce(0, +) / n
let variance = data.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / n
let sampleVariance = data.map { pow($0 - mean, 2) }.reduce(0, +) / (n - 1)
print("mean:", mean)
print("variance:", variance)
print("stddev:", sqrt(variance))
print("sample variance:", sampleVariance)
print("sample stddev:", sqrt(sampleVariance))
let zScores = data.map { ($0 - mean) / sqrt(variance) }
print(zScores)
