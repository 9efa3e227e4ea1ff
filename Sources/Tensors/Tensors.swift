// Tensors: a small Float32 tensor engine with reverse-mode autodiff, modelled on PyTorch.
//
// What this module offers (one concept per file):
//   Shape.swift, TensorError.swift       shapes (rank 0...4) and the one error enum
//   Tensor.swift, Creation.swift         the Tensor node and its constructors
//   IndexTensor.swift                    integer index tensors for lookups
//   (Randomness, re-exported below)      the seeded generator: RandomGenerator, SplitMix64
//   GradMode.swift, Autodiff.swift       no-grad scopes; the tape and the backward sweep
//   Gradient.swift                       dense and row-sparse gradients
//   Broadcasting.swift                   numpy broadcasting rules and the reduction back
//   BLAS.swift                           the only file that calls OpenBLAS (sgemm)
//   Kernels.swift                        Swift wrappers over the C kernels (CKernels)
//   Math.swift                           the libm entry points the ops use
//   FloatingPointEnvironment.swift       flush subnormals to zero (x86 MXCSR FTZ/DAZ, arm64 FPCR.FZ)
//   Ops/                                 the op families, forward and backward side by side:
//     Arithmetic, Unary, Reduction, MatMul, ShapeOps, Indexing, Comparison, EmbeddingDot
//   NN/                                  Module, Embedding, Linear, Dropout, activations, losses
//   Optim/                               SGD, Adam, AdamW over fused C sweeps (CKernels)
//
// Primitive differentiable ops, each recorded through `Tensor.record` with its backward rule
// beside it (everything else is composed from them: mean = sum·1/n, squeeze/unsqueeze = reshape,
// row(i) = rows(i..<i+1) reshaped, Linear = matmul + add, ...):
//   Arithmetic   add sub mul div (broadcasting), neg, tensor–scalar add/mul, scalar/tensor
//   Unary        exp log sqrt pow(scalar) sigmoid relu tanh clamp abs
//   Reduction    sum (all), sum(dim:keepdim:)
//   MatMul       matmul (ranks 1 and 2, BLAS sgemm)
//   ShapeOps     reshape, transposed (2-D), concat, expanded (Broadcasting.swift)
//   Indexing     gatherRows (embedding lookup, row-sparse gradient), rows(a..<b)
//   EmbeddingDot embeddingDotBias (fused gather-dot-bias, C kernel)
//   NN           dropout; Loss.mse, Loss.binaryCrossEntropyWithLogits, Loss.crossEntropy (fused)
// Not differentiable: compare (0/1 masks), argmax, argsort, value(at:), item().

// The engine's users see the seeded generator through `import Tensors`, as before it moved to the
// leaf module Randomness (which the test targets and the cell language use without the engine).
@_exported import Randomness
