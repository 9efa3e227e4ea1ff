// Randomness: the project's one seeded generator, a leaf that imports nothing of ours.
//
//   RandomGenerator.swift   xoshiro256** seeded by SplitMix64: uniform ints, floats and doubles,
//                           Box–Muller normals, Fisher–Yates permutations (one per notebook run)
//   SplitMix64.swift        the seeding step, also a tiny generator on its own (fuzz tests)
//
// numpy's MT19937 stays in Collab: it is used only where the lesson's split must match numpy.
