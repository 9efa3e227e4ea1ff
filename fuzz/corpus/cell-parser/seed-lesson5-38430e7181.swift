class EmbeddingDot: Module {
    let u: Embedding
    let m: Embedding
    init(_ nUsers: Int, _ nItems: Int) {
        u = Embedding(nUsers, nFactors)
        m = Embedding(nItems, nFactors)
        u.weight.uniform(0, 0.05)
        m.weight.uniform(0, 0.05)
    }
    func callAsFunction(_ users: Tensor, _ items: Tensor) -> Tensor {
        (u(users) * m(items)).sum(1)
    }
}
let dotNet = EmbeddingDot(cf.nUsers, cf.nItems)
let dotOpt = SGD(dotNet.parameters(), lr: 1e-1, momentum: 0.9, weightDecay: 1e-5)
fit(dotNet, data, 3, dotOpt, mseLoss)
