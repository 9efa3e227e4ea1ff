class DotProduct: Module {
    func callAsFunction(_ u: Tensor, _ m: Tensor) -> Tensor { (u * m).sum(1) }
}
let dotModel = DotProduct()
expect(dotModel(a, b).tolist(), equals: [6, 70])
dotModel(a, b)
