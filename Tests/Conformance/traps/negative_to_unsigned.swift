let deltas = [5, 0, -3]
for d in deltas {
    print("delta \(d)")
    let u = UInt(d)
    print("as unsigned: \(u)")
}
