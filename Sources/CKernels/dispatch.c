// The process-wide kernel variant, chosen once from the CPU and the environment, and a per-thread
// override so a test can run both variants in one process (see dispatch.h).
#include "dispatch.h"
#include <stdlib.h>
#include <string.h>

// -1: not chosen yet; 0: portable; 1: AVX2/FMA. Every thread computes the same value, so a race
// on the first call is harmless; the atomic keeps it well-defined.
static _Atomic int process_choice = -1;
static _Thread_local int force_portable_on_thread = 0;

int ck_kernels_vector_variant_available(void) {
#if CK_HAS_AVX2_VARIANT
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
#else
    return 0;
#endif
}

static int choose(void) {
    const char *forced = getenv("NOTEBOOK_PORTABLE_KERNELS");
    if (forced && strcmp(forced, "1") == 0) return 0;
    return ck_kernels_vector_variant_available();
}

int ck_kernels_vectorised(void) {
    if (force_portable_on_thread) return 0;
    int choice = process_choice;
    if (choice < 0) {
        choice = choose();
        process_choice = choice;
    }
    return choice;
}

void ck_kernels_force_portable_on_thread(int on) { force_portable_on_thread = on != 0; }
