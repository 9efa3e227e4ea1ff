class Box {
    var contents: [String] = []
    func add(_ s: String) { contents.append(s) }
}

let box = Box()
box.add("pen")
box.add("cup")
box.contents.append("key")
print(box.contents)

struct Wrapper {
    let box: Box
}
let w = Wrapper(box: box)
w.box.add("map")
print(box.contents.count)
var w2 = w
w2.box.contents.removeAll()
print(w.box.contents.isEmpty)
