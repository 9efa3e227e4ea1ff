let learn = cf.learner(nFactors: nFactors, valIdxs: valIdxs, bs: 64, opt: .adam)
learn.model
