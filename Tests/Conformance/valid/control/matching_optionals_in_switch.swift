let inputs: [String?] = ["12", nil, "abc", "-4", ""]
for input in inputs {
    switch input.flatMap({ Int($0) }) {
    case nil where input == nil:
        print("no input")
    case nil:
        print("not a number: \(input!.isEmpty ? "<empty>" : input!)")
    case let n? where n < 0:
        print("negative \(n)")
    case let n?:
        print("number \(n)")
    }
}
