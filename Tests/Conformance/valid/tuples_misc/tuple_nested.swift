let record = (name: "Widget", dims: (w: 3, h: 4), tags: ["a", "b"])
print(record.name)
print(record.dims.w * record.dims.h)
print(record.dims)
print(record.tags.count)
print(record)

let ((a, b), c) = ((1, 2), 3)
print(a + b + c)

var grid = [((0, 0), "origin"), ((1, 2), "p"), ((3, 1), "q")]
grid.sort { $0.0.1 < $1.0.1 }
for ((px, py), label) in grid {
    print(label, px, py)
}
