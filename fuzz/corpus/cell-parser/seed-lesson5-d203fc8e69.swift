let validRows = valIdxs.sorted()
let validUsers = Tensor(validRows.map { userIdx[$0] }).long()
let validMovies = Tensor(validRows.map { movieIdx[$0] }).long()
likeNet.eval()
let probabilities = noGrad { sigmoid(likeNet(validUsers, validMovies)) }
let likedY = likedData.valY
let auc = rocAUC(probabilities, likedY)
expect(auc, atLeast: 0.75)
let likedShare = likedY.mean().item()
print(String(format: "accuracy %.3f (always answering \"liked\" would score %.3f), ROC AUC %.3f",
             accuracy(probabilities, likedY), likedShare, auc))
