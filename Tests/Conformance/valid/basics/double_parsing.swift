let inputs = ["3.14", "-0.5", "1e3", "2.", ".5", "inf", "nan", "abc", "1,5", "  1", "0x1p3"]
for s in inputs {
    print(s, Double(s) as Any)
}
print(Double("12.5")! * 2)
print(Float("0.1")!)
