let scores = [3, 9, 4]
let count = scores.count
if let n = count {
    print(n)
}
