var queue = ["a", "b"]
while true {
    let item = queue.removeFirst()
    print("processing", item)
}
