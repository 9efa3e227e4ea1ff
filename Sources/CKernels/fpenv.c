// MXCSR flush-to-zero (bit 15) and denormals-are-zero (bit 6) for the calling thread.
// Weight decay drives rarely-seen embedding rows toward zero, into subnormal floats where x86
// arithmetic is about 10x slower (DESIGN.md "The engine").
#include "CKernels.h"

#if defined(__x86_64__) || defined(__i386__)
#include <xmmintrin.h>
#define CK_FTZ_DAZ 0x8040u

unsigned int ck_set_flush_denormals(int on) {
    unsigned int saved = _mm_getcsr();
    _mm_setcsr(on ? (saved | CK_FTZ_DAZ) : (saved & ~CK_FTZ_DAZ));
    return saved;
}

void ck_restore_mxcsr(unsigned int saved) { _mm_setcsr(saved); }

int ck_flush_denormals_enabled(void) { return (_mm_getcsr() & CK_FTZ_DAZ) == CK_FTZ_DAZ; }
#else
unsigned int ck_set_flush_denormals(int on) { (void)on; return 0; }
void ck_restore_mxcsr(unsigned int saved) { (void)saved; }
int ck_flush_denormals_enabled(void) { return 0; }
#endif
