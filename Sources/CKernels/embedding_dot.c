// Fused embedding-bag dot product with biases: the forward and backward of EmbeddingDotBias
// before the sigmoid. Legend: B batch, F factors, U users, I items.
#include "dispatch.h"

// u: (U,F), it: (I,F), ubias: (U) or NULL, ibias: (I) or NULL, users, items: (B) -> out: (B)
CK_INLINE void ck_embedding_dot_forward_body(float *restrict out, const float *restrict u,
                                            const float *restrict it, const float *restrict ubias,
                                            const float *restrict ibias,
                                            const int64_t *restrict users,
                                            const int64_t *restrict items, size_t B, size_t F) {
    for (size_t b = 0; b < B; b++) {
        const float *ur = u + (size_t)users[b] * F;
        const float *ir = it + (size_t)items[b] * F;
        float s = 0.0f;
        for (size_t f = 0; f < F; f++) s += ur[f] * ir[f];
        if (ubias) s += ubias[users[b]];
        if (ibias) s += ibias[items[b]];
        out[b] = s;
    }
}

// forward: out[b] = sum_f u[users[b],f] * it[items[b],f] + ...
// so dL/du[users[b],f] += dout[b] * it[items[b],f]; dL/dit[items[b],f] += dout[b] * u[users[b],f]
// Written as one gradient row per batch entry (a row-sparse gradient; rows = users / items).
CK_INLINE void ck_embedding_dot_backward_body(float *restrict du_rows, float *restrict dit_rows,
                                             const float *restrict dout, const float *restrict u,
                                             const float *restrict it,
                                             const int64_t *restrict users,
                                             const int64_t *restrict items, size_t B, size_t F) {
    for (size_t b = 0; b < B; b++) {
        const float *ur = u + (size_t)users[b] * F;
        const float *ir = it + (size_t)items[b] * F;
        float d = dout[b];
        float *dur = du_rows + b * F;
        float *dir = dit_rows + b * F;
        for (size_t f = 0; f < F; f++) {
            dur[f] = d * ir[f];
            dir[f] = d * ur[f];
        }
    }
}

CK_INLINE void ck_scatter_add_rows_body(float *restrict dense, const int64_t *restrict rows,
                                       const float *restrict values, size_t R, size_t F) {
    for (size_t r = 0; r < R; r++) {
        float *dst = dense + (size_t)rows[r] * F;
        const float *src = values + r * F;
        for (size_t f = 0; f < F; f++) dst[f] += src[f];
    }
}

CK_KERNEL(ck_embedding_dot_forward,
          (float *out, const float *u, const float *it, const float *ubias, const float *ibias,
           const int64_t *users, const int64_t *items, size_t B, size_t F),
          (out, u, it, ubias, ibias, users, items, B, F))

CK_KERNEL(ck_embedding_dot_backward,
          (float *du_rows, float *dit_rows, const float *dout, const float *u, const float *it,
           const int64_t *users, const int64_t *items, size_t B, size_t F),
          (du_rows, dit_rows, dout, u, it, users, items, B, F))

CK_KERNEL(ck_scatter_add_rows,
          (float *dense, const int64_t *rows, const float *values, size_t R, size_t F),
          (dense, rows, values, R, F))
