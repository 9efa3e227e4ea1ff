let grid = [[1, 2, 3], [4, -1, 6], [7, 8, 9]]
outer: for (r, row) in grid.enumerated() {
    for (c, value) in row.enumerated() {
        if value < 0 {
            print("negative at", r, c)
            break outer
        }
        print("visit", value)
    }
}
rows: for row in grid {
    for value in row {
        if value % 2 == 0 { continue rows }
        print("odd first:", value)
    }
}
var n = 0
search: while true {
    n += 1
    switch n {
    case 4: break search
    default: continue search
    }
}
print("stopped at", n)
