let userIdx = ratings["userId"].values.map { cf.userIndex[$0] }
let movieIdx = ratings["movieId"].values.map { cf.itemIndex[$0] }
let liked = ratings["rating"].values.map { $0 >= 4 ? 1.0 : 0.0 }
let x = ratings.assign("userIdx", userIdx).assign("movieIdx", movieIdx)
let likedData = ColumnarModelData.fromDataFrame(valIdxs: valIdxs, x: x, y: liked, catFlds: ["userIdx", "movieIdx"], bs: 64)
class LikeModel: Module {
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
        (u(users) * m(items)).sum(1) + ub(users).squeeze(1) + mb(items).squeeze(1)
    }
}
let likeNet = LikeModel(cf.nUsers, cf.nItems)
let likeOpt = Adam(likeNet.parameters(), lr: 1e-3, weightDecay: 1e-5)
fit(likeNet, likedData, 3, likeOpt, bceWithLogitsLoss)
