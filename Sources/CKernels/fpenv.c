// Flush-to-zero for subnormal floats on the calling thread. Weight decay drives rarely-seen
// embedding rows toward zero, into subnormal floats where x86 arithmetic is about 10x slower
// (docs/architecture.md, "The engine's hot loops").
//   x86:   MXCSR flush-to-zero (bit 15) and denormals-are-zero (bit 6) (Intel SDM vol. 1, 10.2.3).
//   arm64: FPCR.FZ (bit 24), which flushes subnormal inputs and results of single and double
//          precision (Arm ARM, "FPCR, Floating-point Control Register").
//   other: nothing (the kernels are still correct, only slower on subnormals).
#include "CKernels.h"

#if defined(__x86_64__) || defined(__i386__)
#include <xmmintrin.h>
#define CK_FTZ_DAZ 0x8040u

unsigned int ck_set_flush_denormals(int on) {
    unsigned int saved = _mm_getcsr();
    _mm_setcsr(on ? (saved | CK_FTZ_DAZ) : (saved & ~CK_FTZ_DAZ));
    return saved;
}

void ck_restore_fp_control(unsigned int saved) { _mm_setcsr(saved); }

int ck_flush_denormals_enabled(void) { return (_mm_getcsr() & CK_FTZ_DAZ) == CK_FTZ_DAZ; }
#elif defined(__aarch64__)
#define CK_FPCR_FZ (1ull << 24)

static inline uint64_t get_fpcr(void) {
    uint64_t value;
    __asm__ volatile("mrs %0, fpcr" : "=r"(value));
    return value;
}

static inline void set_fpcr(uint64_t value) { __asm__ volatile("msr fpcr, %0" : : "r"(value)); }

// FPCR's defined bits all lie below bit 32, so the saved word fits the x86-shaped signature.
unsigned int ck_set_flush_denormals(int on) {
    uint64_t saved = get_fpcr();
    set_fpcr(on ? (saved | CK_FPCR_FZ) : (saved & ~CK_FPCR_FZ));
    return (unsigned int)saved;
}

void ck_restore_fp_control(unsigned int saved) { set_fpcr((uint64_t)saved); }

int ck_flush_denormals_enabled(void) { return (get_fpcr() & CK_FPCR_FZ) != 0; }
#else
unsigned int ck_set_flush_denormals(int on) { (void)on; return 0; }
void ck_restore_fp_control(unsigned int saved) { (void)saved; }
int ck_flush_denormals_enabled(void) { return 0; }
#endif
