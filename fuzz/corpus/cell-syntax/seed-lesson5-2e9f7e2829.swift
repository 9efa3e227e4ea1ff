class EmbeddingNet: Module {
    let u: Embedding
    let m: Embedding
    let lin1: Linear
    let lin2: Linear
    let drop1: Dropout
    let drop2: Dropout
    init(_ nUsers: Int, _ nItems: Int, nh: Int = 10, p1: Double = 0.05, p2: Double = 0.5) {
        u = Embedding(nUsers, nFactors)
        m = Embedding(nItems, nFactors)
        u.weight.uniform(-0.01, 0.01)
        m.weight.uniform(-0.01, 0.01)
        lin1 = Linear(nFactors * 2, nh)
        lin2 = Linear(nh, 1)
        drop1 = Dropout(p1)
        drop2 = Dropout(p2)
    }
    func callAsFunction(_ users: Tensor, _ items: Tensor) -> Tensor {
        let x = drop1(concat([u(users), m(items)], dim: 1))
        let h = drop2(relu(lin1(x)))
        return sigmoid(lin2(h)) * (maxRating - minRating + 1) + minRating - 0.5
    }
}
let net = EmbeddingNet(cf.nUsers, cf.nItems)
let netOpt = Adam(net.parameters(), lr: 1e-3, weightDecay: 1e-5)
fit(net, data, 3, netOpt, mseLoss)
