enum FieldError: Error {
    case empty(String)
    case notNumber(String)
}

func field(_ name: String, _ value: String) -> Result<Int, FieldError> {
    if value.isEmpty { return .failure(.empty(name)) }
    guard let n = Int(value) else { return .failure(.notNumber(name)) }
    return .success(n)
}

let form = [("age", "34"), ("height", ""), ("weight", "70"), ("shoe", "42a")]
let results = form.map { field($0.0, $0.1) }

var total = 0
var errors: [String] = []
for r in results {
    switch r {
    case .success(let v): total += v
    case .failure(.empty(let name)): errors.append("\(name) is empty")
    case .failure(.notNumber(let name)): errors.append("\(name) is not a number")
    }
}
print(total)
print(errors)
let firstFailure = results.first { if case .failure = $0 { return true }; return false }
print(firstFailure.map { "\($0)" } ?? "none")
let values = results.compactMap { try? $0.get() }
print(values)
