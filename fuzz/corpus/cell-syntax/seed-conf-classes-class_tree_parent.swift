final class Folder {
    let name: String
    weak var parent: Folder?
    var children: [Folder] = []
    var files: [String: Int] = [:]

    init(_ name: String) { self.name = name }

    @discardableResult
    func add(_ child: Folder) -> Folder {
        child.parent = self
        children.append(child)
        return child
    }

    var path: String {
        guard let p = parent else { return name }
        return p.path + "/" + name
    }

    var totalSize: Int {
        files.values.reduce(0, +) + children.reduce(0) { $0 + $1.totalSize }
    }
}

let root = Folder("root")
let docs = root.add(Folder("docs"))
let pics = root.add(Folder("pics"))
let trips = pics.add(Folder("trips"))
docs.files = ["cv.txt": 12, "notes.md": 3]
pics.files["cat.png"] = 400
trips.files["alps.jpg"] = 900
trips.files["sea.jpg"] = 750
print(trips.path)
print(docs.path)
print(root.totalSize, pics.totalSize, trips.totalSize)
print(root.children.map(\.name))
print(trips.parent?.name ?? "none", root.parent?.name ?? "none")
print(trips.parent === pics)
