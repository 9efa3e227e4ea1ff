let data = cf.getData(valIdxs: valIdxs, bs: 64)
class DotBias: Module {
    let u: Embedding
    let m: Embedding
    let ub: Embedding
    let mb: Embedding
    init(_ nUsers: Int, _ nItems: Int) {
        u = Embedding(nUsers, 50)
        m = Embedding(nItems, 50)
        ub = Embedding(nUsers, 1)
        mb = Embedding(nItems, 1)
        u.weight.uniform(-0.01, 0.01)
        m.weight.uniform(-0.01, 0.01)
        ub.weight.uniform(-0.01, 0.01)
        mb.weight.uniform(-0.01, 0.01)
    }
    func callAsFunction(_ users: Tensor, _ items: Tensor) -> Tensor {
        let s = (u(users) * m(items)).sum(1) + ub(users).squeeze(1) + mb(items).squeeze(1)
        return sigmoid(s) * 4.0 + 1.0
    }
}
let model = DotBias(cf.nUsers, cf.nItems)
let opt = SGD(model.parameters(), lr: 0.1, momentum: 0.9, weightDecay: wd)
fit(model, data, 3, opt, mseLoss)
