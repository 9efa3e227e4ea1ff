enum Result { case success(Int), failure(String) }
let results: [Result] = [.success(3), .failure("timeout"), .success(10)]
for r in results {
    if case .success(let v) = r, v > 5 {
        print("big success", v)
    } else if case .failure(let msg) = r {
        print("failed:", msg)
    } else {
        print("small success")
    }
}
let age = 34
if case 18...64 = age {
    print("working age")
}
let point = (3, 0)
if case (_, 0) = point {
    print("on the x axis")
}
let maybe: Int? = 7
if case .some(let v) = maybe { print("has", v) }
