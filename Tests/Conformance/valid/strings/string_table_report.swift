let products = [("Widget", 4, 2.5), ("Gadget", 10, 12.0), ("Doohickey", 1, 99.99)]
func pad(_ s: String, _ width: Int) -> String {
    s.count >= width ? s : s + String(repeating: " ", count: width - s.count)
}
func padLeft(_ s: String, _ width: Int) -> String {
    s.count >= width ? s : String(repeating: " ", count: width - s.count) + s
}
print(pad("Product", 10) + padLeft("Qty", 5) + padLeft("Price", 8))
for (name, qty, price) in products {
    print(pad(name, 10) + padLeft(String(qty), 5) + padLeft(String(price), 8))
}
let total = products.reduce(0.0) { $0 + Double($1.1) * $1.2 }
print(pad("Total", 15) + padLeft(String(total), 8))
