class DataSet {
    let values: [Double]
    lazy var mean: Double = {
        print("computing mean")
        return values.reduce(0, +) / Double(values.count)
    }()

    init(_ values: [Double]) {
        self.values = values
    }
}

let ds = DataSet([2, 4, 6, 8])
print("created")
print(ds.mean)
print(ds.mean)
let other = ds
print(other.mean)
