var queue = [3, 2, 1]
let next: Int? = queue.popLast()
while next {
    print("more")
}
