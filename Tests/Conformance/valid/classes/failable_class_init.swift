class Product {
    let name: String
    let price: Double

    init?(name: String, price: Double) {
        if name.isEmpty || price < 0 { return nil }
        self.name = name
        self.price = price
    }
}

class DiscountedProduct: Product {
    let discount: Double
    init?(name: String, price: Double, discount: Double) {
        guard discount >= 0 && discount < 1 else { return nil }
        self.discount = discount
        super.init(name: name, price: price)
    }
    var finalPrice: Double { price * (1 - discount) }
}

print(Product(name: "", price: 3) == nil)
print(Product(name: "Pen", price: 1.5)?.name ?? "none")
print(DiscountedProduct(name: "Lamp", price: 40, discount: 0.25)?.finalPrice ?? -1)
print(DiscountedProduct(name: "Lamp", price: 40, discount: 1.5)?.finalPrice ?? -1)
print(DiscountedProduct(name: "Lamp", price: -1, discount: 0.1) == nil)
