class EmbeddingDot: Module {
    let u: Embedding
    let m: Embedding
    init(_ nUsers: Int, _ nItems: Int, factors: Int = 10) {
        u = Embedding(nUsers, factors)
        m = Embedding(nItems, factors)
        u.weight.uniform(0, 0.05)
        m.weight.uniform(0, 0.05)
    }
    func callAsFunction(_ users: Tensor, _ items: Tensor) -> Tensor {
        (u(users) * m(items)).sum(1)
    }
}
let net = EmbeddingDot(nUsers, nItems)
expect(net.parameters().count == 2, "two embedding tables")
expect(net.parameters()[0].shape == [nUsers, 10])
let w = net.u.weight
expect(w.tolist().count == nUsers)
net.parameters().map { $0.shape }
