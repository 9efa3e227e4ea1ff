class DotProduct: Module {
    func callAsFunction(_ u: Tensor, _ m: Tensor) -> Tensor {
        (u * m).sum(1)
    }
}
let model = DotProduct()
let out = model(a, b)
expect(out.shape == [2] && out[0] == 6.0 && out[1] == 70.0, "DotProduct gives [6, 70]")
out
