import Foundation

let data: [Double] = [1.0, 1.5, 2.1, 1.8, 8.0, 8.5, 9.1, 7.7, 15.2, 14.8, 16.0, 15.5, 2.3]
var centroids: [Double] = [0.0, 5.0, 10.0]

func nearest(_ x: Double, _ cs: [Double]) -> Int {
    var best = 0
    for i in 1..<cs.count where abs(x - cs[i]) < abs(x - cs[best]) {
        best = i
    }
    return best
}

var assignment = [Int](repeating: -1, count: data.count)
var iteration = 0
while true {
    iteration += 1
    let newAssignment = data.map { nearest($0, centroids) }
    if newAssignment == assignment { break }
    assignment = newAssignment
    for k in 0..<centroids.count {
        let members = zip(data, assignment).filter { $0.1 == k }.map { $0.0 }
        if !members.isEmpty {
            centroids[k] = members.reduce(0, +) / Double(members.count)
        }
    }
    print("iteration \(iteration):", centroids.map { String(format: "%.3f", $0) }.joined(separator: ", "))
}
print("converged after \(iteration) iterations")
for k in 0..<centroids.count {
    let members = zip(data, assignment).filter { $0.1 == k }.map { $0.0 }.sorted()
    print("cluster \(k): \(members)")
}
let inertia = zip(data, assignment).reduce(0.0) { $0 + pow($1.0 - centroids[$1.1], 2) }
print(String(format: "inertia %.4f", inertia))
