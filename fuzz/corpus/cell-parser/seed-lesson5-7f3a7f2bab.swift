let data = cf.getData(valIdxs: valIdxs, bs: 64)
(train: data.trainCount, validation: data.validCount)
