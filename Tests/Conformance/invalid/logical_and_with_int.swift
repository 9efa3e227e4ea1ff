let a = 3
let b = 0
if a > 1 && b {
    print("both")
}
