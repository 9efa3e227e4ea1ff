// Fused optimizer sweeps: one pass over a parameter tensor per step. Written per element, with
// the source of each formula; clang -O3 -fno-math-errno vectorises these loops, once for AVX2/FMA
// and once for the baseline CPU (CK_KERNEL, dispatch.h).
#include "dispatch.h"
#include <math.h>

// Source: PyTorch 0.3 torch/optim/adam.py (docs/lesson5-semantics.md, "Adam"):
//   grad = grad.add(weight_decay, p.data)
//   exp_avg.mul_(beta1).add_(1 - beta1, grad)
//   exp_avg_sq.mul_(beta2).addcmul_(1 - beta2, grad, grad)
//   denom = exp_avg_sq.sqrt().add_(eps)
//   step_size = lr * math.sqrt(bias_correction2) / bias_correction1
//   p.data.addcdiv_(-step_size, exp_avg, denom)
CK_INLINE void ck_adam_step_body(float *restrict param, const float *restrict grad,
                                 float *restrict exp_avg, float *restrict exp_avg_sq, size_t n,
                                 float step_size, float beta1, float one_minus_beta1, float beta2,
                                 float one_minus_beta2, float eps, float weight_decay) {
    if (grad) {
        for (size_t i = 0; i < n; i++) {
            float p = param[i];
            float g = grad[i] + weight_decay * p;
            float m = beta1 * exp_avg[i] + one_minus_beta1 * g;
            float v = beta2 * exp_avg_sq[i] + one_minus_beta2 * (g * g);
            exp_avg[i] = m;
            exp_avg_sq[i] = v;
            param[i] = p - step_size * (m / (sqrtf(v) + eps));
        }
    } else {
        for (size_t i = 0; i < n; i++) {
            float p = param[i];
            float g = weight_decay * p;
            float m = beta1 * exp_avg[i] + one_minus_beta1 * g;
            float v = beta2 * exp_avg_sq[i] + one_minus_beta2 * (g * g);
            exp_avg[i] = m;
            exp_avg_sq[i] = v;
            param[i] = p - step_size * (m / (sqrtf(v) + eps));
        }
    }
}

// Source: torch.optim.AdamW (single-tensor path, PyTorch 2.x):
//   param.mul_(1 - lr * weight_decay)
//   exp_avg.lerp_(grad, 1 - beta1); exp_avg_sq.mul_(beta2).addcmul_(grad, grad, value=1 - beta2)
//   step_size = lr / bias_correction1
//   denom = (exp_avg_sq.sqrt() / sqrt(bias_correction2)).add_(eps)
//   param.addcdiv_(exp_avg, denom, value=-step_size)
CK_INLINE void ck_adamw_step_body(float *restrict param, const float *restrict grad,
                                  float *restrict exp_avg, float *restrict exp_avg_sq, size_t n,
                                  float step_size, float inv_sqrt_bc2, float decay,
                                  float one_minus_beta1, float beta2, float one_minus_beta2,
                                  float eps) {
    for (size_t i = 0; i < n; i++) {
        float p = param[i] * decay;
        float g = grad ? grad[i] : 0.0f;
        float m = exp_avg[i] + one_minus_beta1 * (g - exp_avg[i]);  // lerp, as PyTorch does
        float v = beta2 * exp_avg_sq[i] + one_minus_beta2 * (g * g);
        exp_avg[i] = m;
        exp_avg_sq[i] = v;
        param[i] = p - step_size * (m / (sqrtf(v) * inv_sqrt_bc2 + eps));
    }
}

// Source: torch.optim.SGD (_single_tensor_sgd), identical in PyTorch 0.3 for these options:
//   d_p = d_p.add(p, alpha=weight_decay)
//   buf = clone(d_p) on the first step, else buf.mul_(momentum).add_(d_p, alpha=1 - dampening)
//   d_p = d_p.add(buf, alpha=momentum) if nesterov else buf
//   p.add_(d_p, alpha=-lr)
CK_INLINE void ck_sgd_step_body(float *restrict param, const float *restrict grad,
                                float *restrict buf, size_t n, float lr, float momentum,
                                float one_minus_dampening, float weight_decay, int nesterov,
                                int first_step) {
    if (momentum == 0.0f || buf == NULL) {
        for (size_t i = 0; i < n; i++) {
            float d = (grad ? grad[i] : 0.0f) + weight_decay * param[i];
            param[i] -= lr * d;
        }
        return;
    }
    for (size_t i = 0; i < n; i++) {
        float d = (grad ? grad[i] : 0.0f) + weight_decay * param[i];
        float b = first_step ? d : momentum * buf[i] + one_minus_dampening * d;
        buf[i] = b;
        float step = nesterov ? d + momentum * b : b;
        param[i] -= lr * step;
    }
}

CK_KERNEL(ck_adam_step,
          (float *param, const float *grad, float *exp_avg, float *exp_avg_sq, size_t n,
           float step_size, float beta1, float one_minus_beta1, float beta2, float one_minus_beta2,
           float eps, float weight_decay),
          (param, grad, exp_avg, exp_avg_sq, n, step_size, beta1, one_minus_beta1, beta2,
           one_minus_beta2, eps, weight_decay))

CK_KERNEL(ck_adamw_step,
          (float *param, const float *grad, float *exp_avg, float *exp_avg_sq, size_t n,
           float step_size, float inv_sqrt_bc2, float decay, float one_minus_beta1, float beta2,
           float one_minus_beta2, float eps),
          (param, grad, exp_avg, exp_avg_sq, n, step_size, inv_sqrt_bc2, decay, one_minus_beta1,
           beta2, one_minus_beta2, eps))

CK_KERNEL(ck_sgd_step,
          (float *param, const float *grad, float *buf, size_t n, float lr, float momentum,
           float one_minus_dampening, float weight_decay, int nesterov, int first_step),
          (param, grad, buf, n, lr, momentum, one_minus_dampening, weight_decay, nesterov,
           first_step))
