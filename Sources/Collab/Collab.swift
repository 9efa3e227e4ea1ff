// Collab: fastai 0.7's collaborative filtering (docs/lesson5-semantics.md): data, split, model, learner.
//
// What it offers, one file each:
//   MT19937.swift            numpy's legacy Mersenne Twister and permutation, bit for bit
//   CVIndices.swift          cvIdxs(n, valPct:, seed:) = fastai get_cv_idxs (§1)
//   CollabFilterDataset.swift  ratings CSV/frame → first-appearance user/item indices (§3)
//   RatingRows.swift         split(valIdxs:) in original row order = split_by_idx (§2)
//   Batching.swift           RatingBatch, CollabData: shuffled training / sequential validation batches
//   RandomSource.swift       the per-epoch shuffle's generator (MT19937 or any plug-in)
//   SGDR.swift               sumGeom, CosineAnnealing, SGDRSchedule = fit's lr schedule (§8)
//   TrainingHistory.swift    debiased EMA training loss, epoch rows, per-batch lr/loss, val mean (§9)
//   PCA.swift                scikit-learn PCA (exact SVD, svd_flip) for the embedding plots (§12)
//   SingularValueDecomposition.swift  LAPACK dgesdd (with ALSNormalEquations, the only files importing CLapacke)
//   EmbeddingDotBias.swift   the library model: four U(±0.05) tables, sigmoid to (min, max) (§4)
//   OptimizerChoice.swift    .adam / .sgd(momentum:), built anew at every fit (§6)
//   FitLoop.swift            the epoch loop of fastai's fit: EMA, validation, NaN stop, timing (§9)
//   FitProgress.swift        FitProgressReporter, how a fit tells a display about its progress
//   CollabLearner.swift      cf.learner(...), learn.fit(lr, nCycle, wds:, cycleLen:, cycleMult:), predict
//   CollabError.swift        the module's error enum (PCA has PCAError)
//
// Alternating least squares (docs/scale-out.md), one learner with two engines:
//   ALSParameters.swift      rank, regParam, maxIter, seed (Spark's names); ALSEngine .embedded / .spark(master:)
//   ALSLearner.swift         split + engine → factors, validation RMSE (cold start dropped), predict, report
//   ALSFactors.swift         user/item factor tables in the dataset's index order, predictions, RMSE
//   EmbeddedALS.swift        our engine: Spark's ALS-WR sweeps on 2 threads; seeded unit-row initial factors
//   ALSRatingIndex.swift     training ratings grouped by user and by item (CSR)
//   ALSNormalEquations.swift (YᵀY + λn I) x = Yᵀr with BLAS ssyrk/sgemv and LAPACK sposv
//   SparkALS.swift           the Spark engine: job folder, spark-submit with deadlines, results from files
//   SparkMaster.swift        master URL forms (local, spark://, yarn, k8s://, sc://), NOTEBOOK_SPARK_MASTER
//   SparkInstallation.swift  .venv-spark, SPARK_HOME, java and scripts/spark_als.py located
//   TimedProcess.swift       a child in its own process group, with deadlines and peak memory
//   TCPProbe.swift           does a master's port accept connections (within a timeout)
//   SyntheticRatings.swift   the seeded planted-low-rank ratings of `make bench-scale`
//   ALSError.swift           the ALS and Spark error enum
