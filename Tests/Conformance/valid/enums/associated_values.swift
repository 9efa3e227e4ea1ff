enum Barcode {
    case upc(Int, Int, Int, Int)
    case qrCode(String)
}

var product = Barcode.upc(8, 85909, 51226, 3)
print(product)
product = .qrCode("ABCDEFGHIJ")
print(product)

func describe(_ code: Barcode) -> String {
    switch code {
    case .upc(let numberSystem, let manufacturer, let item, let check):
        return "UPC: \(numberSystem), \(manufacturer), \(item), \(check)"
    case let .qrCode(text):
        return "QR: \(text) (\(text.count) chars)"
    }
}

print(describe(.upc(0, 1, 2, 3)))
print(describe(product))
