enum JobError: Error {
    case failed(step: Int)
}

func runJob(failAt: Int?) throws {
    print("start")
    defer { print("cleanup") }
    for step in 1...3 {
        defer { print("end of step \(step)") }
        if step == failAt {
            throw JobError.failed(step: step)
        }
        print("step \(step) done")
    }
    print("all steps done")
}

do {
    try runJob(failAt: nil)
} catch {
    print("unexpected")
}
print("---")
do {
    try runJob(failAt: 2)
} catch JobError.failed(let step) {
    print("failed at \(step)")
}
