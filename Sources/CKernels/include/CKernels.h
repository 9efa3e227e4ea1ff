// CKernels: the handful of hot inner loops of the Tensors engine, in plain C over pointers and
// lengths. Each function has a Swift wrapper (Sources/Tensors) and a test against a Swift reference.
//
// Shape legend (karpathy/llm.c style): n = number of elements of one parameter tensor;
// B = batch size, F = factors (embedding width), U = users, I = items.
#ifndef CKERNELS_H
#define CKERNELS_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

// ---- Optimizer sweeps: one fused pass per parameter tensor ---------------------------------

/// Adam as in PyTorch 0.3 (coupled L2 weight decay, bias correction folded into the step size):
///   g = grad + wd*p; m = b1*m + (1-b1)*g; v = b2*v + (1-b2)*g*g;
///   p -= step_size * m / (sqrt(v) + eps),  step_size = lr*sqrt(1-b2^t)/(1-b1^t) (computed by caller).
/// `grad` may be NULL (treated as zeros). param, exp_avg, exp_avg_sq: n floats each.
/// one_minus_beta1/2 are passed in (computed in double by the caller, as PyTorch does in Python):
/// 1.0f - 0.999f is off by 1.3e-5 relative, which would move every step by ~1e-6.
void ck_adam_step(float *param, const float *grad, float *exp_avg, float *exp_avg_sq, size_t n,
                  float step_size, float beta1, float one_minus_beta1, float beta2,
                  float one_minus_beta2, float eps, float weight_decay);

/// AdamW as in PyTorch (torch.optim.AdamW, decoupled weight decay):
///   p *= (1 - lr*wd); m = b1*m + (1-b1)*g; v = b2*v + (1-b2)*g*g;
///   p -= (lr/bc1) * m / (sqrt(v)/sqrt(bc2) + eps),  bc1 = 1-b1^t, bc2 = 1-b2^t.
/// The caller passes step_size = lr/bc1, inv_sqrt_bc2 = 1/sqrt(bc2), decay = 1 - lr*wd, and
/// 1-b1, 1-b2 computed in double.
void ck_adamw_step(float *param, const float *grad, float *exp_avg, float *exp_avg_sq, size_t n,
                   float step_size, float inv_sqrt_bc2, float decay, float one_minus_beta1,
                   float beta2, float one_minus_beta2, float eps);

/// SGD as in torch.optim.SGD:
///   d = grad + wd*p;
///   if momentum != 0: buf = d on the first step, else buf = momentum*buf + one_minus_dampening*d;
///                     d = nesterov ? d + momentum*buf : buf;
///   p -= lr*d.
/// `grad` may be NULL (zeros). `buf` may be NULL when momentum == 0.
void ck_sgd_step(float *param, const float *grad, float *buf, size_t n, float lr, float momentum,
                 float one_minus_dampening, float weight_decay, int nesterov, int first_step);

// ---- Kernel variants -----------------------------------------------------------------------
// Every kernel above and below (except ck_sgemm) exists in an AVX2/FMA variant and a portable
// one; the AVX2/FMA variant runs when the CPU has both features and the environment variable
// NOTEBOOK_PORTABLE_KERNELS is not "1" (chosen once per process). See dispatch.h.

/// Nonzero when the calling thread runs the AVX2/FMA variants.
int ck_kernels_vectorised(void);
/// Nonzero when this CPU (and this build) has the AVX2/FMA variants, whatever the environment says.
int ck_kernels_vector_variant_available(void);
/// Forces the portable variants on the calling thread (on != 0), or returns it to the process's
/// choice (on == 0). For tests that compare the two variants in one process.
void ck_kernels_force_portable_on_thread(int on);

// ---- Floating-point environment -----------------------------------------------------------

/// Sets (on != 0) or clears flush-to-zero for the calling thread: on x86 the MXCSR flush-to-zero
/// and denormals-are-zero bits, on arm64 the FPCR FZ bit; elsewhere nothing. Returns the previous
/// control word so it can be restored with ck_restore_fp_control.
unsigned int ck_set_flush_denormals(int on);
/// Restores a control word returned by ck_set_flush_denormals.
void ck_restore_fp_control(unsigned int saved);
/// Nonzero when subnormals are flushed to zero on the calling thread.
int ck_flush_denormals_enabled(void);

// ---- Embedding dot product with biases (EmbeddingDotBias) ---------------------------------

/// out[b] = sum_f u[users[b]*F + f] * it[items[b]*F + f] + ubias[users[b]] + ibias[items[b]]
/// u: (U,F), it: (I,F), ubias: (U), ibias: (I) (either bias may be NULL), users/items: (B),
/// out: (B). Indices must already be checked by the caller.
void ck_embedding_dot_forward(float *out, const float *u, const float *it, const float *ubias,
                              const float *ibias, const int64_t *users, const int64_t *items,
                              size_t B, size_t F);

/// Backward of ck_embedding_dot_forward, given dout (B):
///   du_rows[b*F+f] = dout[b] * it[items[b]*F + f]   (row b of the row-sparse gradient of u)
///   dit_rows[b*F+f] = dout[b] * u[users[b]*F + f]    (row b of the row-sparse gradient of it)
/// The bias gradients are dout itself (one row per batch entry), so none is written here.
void ck_embedding_dot_backward(float *du_rows, float *dit_rows, const float *dout, const float *u,
                               const float *it, const int64_t *users, const int64_t *items,
                               size_t B, size_t F);

/// Scatter-add of row-sparse gradient rows into a dense (rows_total, F) buffer:
///   dense[rows[r]*F + f] += values[r*F + f] for r < R. Rows must already be checked.
void ck_scatter_add_rows(float *dense, const int64_t *rows, const float *values, size_t R,
                         size_t F);

// ---- BLAS shim (the only place that includes cblas.h) -------------------------------------

/// C = alpha * op(A) * op(B) + beta * C, row-major, via OpenBLAS cblas_sgemm.
/// op(A) is M x K, op(B) is K x N, C is M x N. trans_a/trans_b nonzero mean "transpose".
void ck_sgemm(int trans_a, int trans_b, int M, int N, int K, float alpha, const float *A, int lda,
              const float *B, int ldb, float beta, float *C, int ldc);

#ifdef __cplusplus
}
#endif

#endif
