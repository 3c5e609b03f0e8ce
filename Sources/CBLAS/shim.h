// OpenBLAS's cblas.h (found through pkg-config `openblas`) also declares openblas_set_num_threads
// and openblas_get_corename.
#include <cblas.h>
#include <stdlib.h>
#include "vector_exp.h"

// OpenBLAS's exported (undocumented) hooks that pick the CPU kernels; reading OPENBLAS_CORETYPE again.
void gotoblas_dynamic_init(void);
void gotoblas_dynamic_quit(void);

#if defined(__x86_64__)
#include <cpuid.h>

// 2 when the CPU and the OS support AVX-512 F/DQ/BW/VL, 1 for AVX2 with FMA, 0 otherwise
// (the same checks OpenBLAS makes before it uses its SkylakeX or Haswell kernels).
static inline int nbrun_cpu_vector_level(void) {
    unsigned int a, b, c, d;
    if (!__get_cpuid(1, &a, &b, &c, &d)) return 0;
    int hasFMA = (c >> 12) & 1, hasOSXSAVE = (c >> 27) & 1, hasAVX = (c >> 28) & 1;
    if (!hasOSXSAVE || !hasAVX || !hasFMA) return 0;
    unsigned int xcr0, xcr0High;
    __asm__ volatile("xgetbv" : "=a"(xcr0), "=d"(xcr0High) : "c"(0));
    if ((xcr0 & 6) != 6) return 0;
    if (!__get_cpuid_count(7, 0, &a, &b, &c, &d)) return 0;
    if (!((b >> 5) & 1)) return 0;
    unsigned int avx512 = (1u << 16) | (1u << 17) | (1u << 30) | (1u << 31);
    return ((b & avx512) == avx512 && (xcr0 & 0xE0) == 0xE0) ? 2 : 1;
}
#else
static inline int nbrun_cpu_vector_level(void) { return 0; }
#endif
