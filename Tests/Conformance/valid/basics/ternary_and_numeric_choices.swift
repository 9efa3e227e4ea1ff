let scores = [45, 67, 89, 100, 12]
for s in scores {
    let grade = s >= 90 ? "A" : s >= 60 ? "pass" : "fail"
    print(s, grade)
}
let n = -4
print(n < 0 ? -n : n)
print(n % 2 == 0 ? "even" : "odd")
let ratio = 3.0
print(ratio > 2 ? ratio * 2 : ratio / 2)
