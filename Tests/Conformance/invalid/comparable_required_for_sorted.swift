struct Task {
    var title: String
    var priority: Int
}

let tasks = [Task(title: "a", priority: 2), Task(title: "b", priority: 1)]
let ordered = tasks.sorted()
print(ordered.count)
