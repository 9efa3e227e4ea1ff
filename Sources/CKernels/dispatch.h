// Run-time choice between a kernel's AVX2/FMA variant and its portable variant (internal header;
// not part of the module's public include/ folder).
//
// Each vectorised kernel's body is written once, as an always-inline function; CK_KERNEL compiles
// it twice, once with __attribute__((target("avx2,fma"))) and once for the baseline CPU, and
// defines the public function that calls one of the two. The AVX2/FMA variant is used when the
// CPU has both features (__builtin_cpu_supports) and NOTEBOOK_PORTABLE_KERNELS is not "1".
// Elsewhere (arm64, other compilers) only the portable variant exists; the compiler still
// vectorises it for the target's baseline (SSE2 on x86-64, NEON on arm64).
#ifndef CK_DISPATCH_H
#define CK_DISPATCH_H

#include "CKernels.h"

#define CK_INLINE static inline __attribute__((always_inline))

#if defined(__x86_64__) && (defined(__clang__) || defined(__GNUC__))
#define CK_HAS_AVX2_VARIANT 1
#define CK_TARGET_AVX2 __attribute__((target("avx2,fma")))

// Defines `name params`, dispatching to name##_avx2 or name##_portable, both of which call
// name##_body args. `params` and `args` are parenthesised lists.
#define CK_KERNEL(name, params, args)                                                             \
    CK_TARGET_AVX2 static void name##_avx2 params { name##_body args; }                          \
    static void name##_portable params { name##_body args; }                                     \
    void name params {                                                                            \
        if (ck_kernels_vectorised()) name##_avx2 args;                                            \
        else name##_portable args;                                                                \
    }
#else
#define CK_HAS_AVX2_VARIANT 0
#define CK_KERNEL(name, params, args) \
    void name params { name##_body args; }
#endif

#endif
