// Debian's cblas.h (/usr/include/<multiarch>/cblas.h, OpenBLAS's when libopenblas-dev is installed).
// Found on the default include path rather than through pkg-config, whose `-lopenblas` would link it.
#include <cblas.h>
#include <stdlib.h>
#include "vector_exp.h"

// OpenBLAS's exported (undocumented) hooks that pick the CPU kernels; reading OPENBLAS_CORETYPE again.
void gotoblas_dynamic_init(void);
void gotoblas_dynamic_quit(void);
// OpenBLAS's own extensions, declared here too so that they do not depend on which cblas.h is found.
void openblas_set_num_threads(int num_threads);
char *openblas_get_corename(void);

// The types of the entry points nbrun calls, taken from the declarations above. nbrun does not link
// OpenBLAS: NativeKernels.swift opens it on the first product that needs it, because loading it starts
// OpenBLAS's thread pool, start-up work that most runs never use.
typedef __typeof__(cblas_sgemm) *nbrun_sgemm_t;
typedef __typeof__(cblas_dgemm) *nbrun_dgemm_t;
typedef __typeof__(openblas_set_num_threads) *nbrun_set_num_threads_t;
typedef __typeof__(openblas_get_corename) *nbrun_get_corename_t;
typedef __typeof__(gotoblas_dynamic_init) *nbrun_dynamic_hook_t;

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
