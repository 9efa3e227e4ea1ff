struct Task {
    var title: String
    var done = false

    mutating func complete() {
        done = true
    }
}

var tasks = [Task(title: "write"), Task(title: "test"), Task(title: "ship")]
tasks[1].complete()
tasks[2].title = "release"
for i in tasks.indices where tasks[i].title.hasPrefix("w") {
    tasks[i].complete()
}
for t in tasks {
    print(t.title, t.done)
}
let remaining = tasks.filter { !$0.done }.map(\.title)
print(remaining)
var copy = tasks
copy[2].complete()
print(tasks[2].done, copy[2].done)
