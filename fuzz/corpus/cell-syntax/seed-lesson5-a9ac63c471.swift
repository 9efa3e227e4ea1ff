let fitted = noGrad { matmul(userFactors, movieFactors.T) }.tolist()
print("user  " + topMovieIds.map { String(format: "%5d", $0) }.joined())
for (i, row) in fitted.enumerated() {
    print(String(format: "%4d  ", topUserIds[i]) + row.map { String(format: "%5.1f", $0) }.joined())
}
