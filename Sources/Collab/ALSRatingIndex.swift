/// Training ratings grouped by user and by item (compressed sparse rows, built by counting sort),
/// so each ALS half-step reads one entity's ratings contiguously. Shapes: N ratings, E entities.
struct ALSRatingIndex: Sendable {
    /// `start[e] ..< start[e + 1]` are entity e's ratings (E + 1 offsets).
    let start: [Int]
    /// The other side's index per rating (the item for a user, the user for an item), (N).
    let other: [Int32]
    /// The rating per entry, (N).
    let ratings: [Float]

    var entityCount: Int { start.count - 1 }

    func count(_ entity: Int) -> Int { start[entity + 1] - start[entity] }

    /// Groups `(key[n], other[n], rating[n])` by key. Every key must be in `0..<entities`
    /// (the caller checks).
    init(keys: [Int32], others: [Int32], ratings: [Float], entities: Int) {
        var start = [Int](repeating: 0, count: entities + 1)
        for key in keys { start[Int(key) + 1] += 1 }
        for e in 0..<entities { start[e + 1] += start[e] }
        var next = start
        var other = [Int32](repeating: 0, count: keys.count)
        var values = [Float](repeating: 0, count: keys.count)
        for n in 0..<keys.count {
            let key = Int(keys[n])
            other[next[key]] = others[n]
            values[next[key]] = ratings[n]
            next[key] += 1
        }
        self.start = start
        self.other = other
        self.ratings = values
    }
}
