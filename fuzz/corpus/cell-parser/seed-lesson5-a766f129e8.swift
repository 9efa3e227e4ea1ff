let minRating = cf.minScore
let maxRating = cf.maxScore
class EmbeddingDotBias: Module {
    let u: Embedding
    let m: Embedding
    let ub: Embedding
    let mb: Embedding
    init(_ nUsers: Int, _ nItems: Int) {
        u = Embedding(nUsers, nFactors)
        m = Embedding(nItems, nFactors)
        ub = Embedding(nUsers, 1)
        mb = Embedding(nItems, 1)
        u.weight.uniform(-0.01, 0.01)
        m.weight.uniform(-0.01, 0.01)
        ub.weight.uniform(-0.01, 0.01)
        mb.weight.uniform(-0.01, 0.01)
    }
    func callAsFunction(_ users: Tensor, _ items: Tensor) -> Tensor {
        let s = (u(users) * m(items)).sum(1) + ub(users).squeeze(1) + mb(items).squeeze(1)
        return sigmoid(s) * (maxRating - minRating) + minRating
    }
}
let biasNet = EmbeddingDotBias(cf.nUsers, cf.nItems)
let biasOpt = SGD(biasNet.parameters(), lr: 1e-1, momentum: 0.9, weightDecay: 2e-4)
fit(biasNet, data, 3, biasOpt, mseLoss)
