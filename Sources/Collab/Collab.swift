// Collab: fastai 0.7's collaborative filtering (lesson5-spec §3): data, split, model, learner.
//
// What it offers, one file each:
//   MT19937.swift            numpy's legacy Mersenne Twister and permutation, bit for bit
//   CVIndices.swift          cvIdxs(n, valPct:, seed:) = fastai get_cv_idxs (§3.1)
//   CollabFilterDataset.swift  ratings CSV/frame → first-appearance user/item indices (§3.3)
//   RatingRows.swift         split(valIdxs:) in original row order = split_by_idx (§3.2)
//   Batching.swift           RatingBatch, CollabData: shuffled training / sequential validation batches
//   RandomSource.swift       the per-epoch shuffle's generator (MT19937 or any plug-in)
//   SGDR.swift               sumGeom, CosineAnnealing, SGDRSchedule = fit's lr schedule (§3.8)
//   TrainingHistory.swift    debiased EMA training loss, epoch rows, per-batch lr/loss, val mean (§3.9)
//   PCA.swift                scikit-learn PCA (exact SVD, svd_flip) for the embedding plots (§3.12)
//   SingularValueDecomposition.swift  LAPACK dgesdd, the only file importing CLapacke
//   EmbeddingDotBias.swift   the library model: four U(±0.05) tables, sigmoid to (min, max) (§3.4)
//   OptimizerChoice.swift    .adam / .sgd(momentum:), built anew at every fit (§3.6)
//   FitLoop.swift            the epoch loop of fastai's fit: EMA, validation, NaN stop, timing (§3.9)
//   FitProgress.swift        FitProgressReporter, how a fit tells a display about its progress
//   CollabLearner.swift      cf.learner(...), learn.fit(lr, nCycle, wds:, cycleLen:, cycleMult:), predict
//   CollabError.swift        the module's error enum (PCA has PCAError)
