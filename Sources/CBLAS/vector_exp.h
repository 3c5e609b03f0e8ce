// A float32 exp over a buffer with AVX2 + FMA or AVX-512, for CPUs that have them (see
// nbrun_cpu_vector_level). Each function handles whole vectors only and returns how many
// elements it wrote; the caller finishes the tail.
// Swift code cannot ask for AVX instructions per function; this C function can, and the same
// Cephes method as Autodiff's VectorExp keeps results within 2 ulp of the C library.
#if defined(__x86_64__)
#include <immintrin.h>

__attribute__((target("avx2,fma"))) static inline long nbrun_exp_avx2(const float *src, float *dst, long count) {
    const __m256 upper = _mm256_set1_ps(100.0f), lower = _mm256_set1_ps(-104.0f);
    const __m256 log2e = _mm256_set1_ps(1.44269504f), shift = _mm256_set1_ps(12582912.0f);
    const __m256 ln2High = _mm256_set1_ps(0.693359375f), ln2Low = _mm256_set1_ps(-2.12194440e-4f);
    const __m256 one = _mm256_set1_ps(1.0f);
    long i = 0;
    for (; i + 8 <= count; i += 8) {
        __m256 input = _mm256_loadu_ps(src + i);
        // max/min return their second operand for NaN, so NaN flows through to the result.
        __m256 x = _mm256_min_ps(upper, _mm256_max_ps(lower, input));
        __m256 shifted = _mm256_fmadd_ps(x, log2e, shift);
        __m256 n = _mm256_sub_ps(shifted, shift);
        __m256 r = _mm256_fnmadd_ps(n, ln2High, x);
        r = _mm256_fnmadd_ps(n, ln2Low, r);
        __m256 p = _mm256_set1_ps(1.98756915e-4f);
        p = _mm256_fmadd_ps(p, r, _mm256_set1_ps(1.39819995e-3f));
        p = _mm256_fmadd_ps(p, r, _mm256_set1_ps(8.3334519e-3f));
        p = _mm256_fmadd_ps(p, r, _mm256_set1_ps(4.16657959e-2f));
        p = _mm256_fmadd_ps(p, r, _mm256_set1_ps(1.66666655e-1f));
        p = _mm256_fmadd_ps(p, r, _mm256_set1_ps(5.00000012e-1f));
        __m256 er = _mm256_add_ps(_mm256_fmadd_ps(p, _mm256_mul_ps(r, r), r), one);
        __m256i bits = _mm256_sub_epi32(_mm256_castps_si256(shifted), _mm256_set1_epi32(0x4B400000));
        __m256i half = _mm256_srai_epi32(bits, 1);
        __m256i bias = _mm256_set1_epi32(127);
        __m256 scaleA = _mm256_castsi256_ps(_mm256_slli_epi32(_mm256_add_epi32(half, bias), 23));
        __m256 scaleB = _mm256_castsi256_ps(_mm256_slli_epi32(_mm256_add_epi32(_mm256_sub_epi32(bits, half), bias), 23));
        _mm256_storeu_ps(dst + i, _mm256_mul_ps(_mm256_mul_ps(er, scaleA), scaleB));
    }
    return i;
}
__attribute__((target("avx512f"))) static inline long nbrun_exp_avx512(const float *src, float *dst, long count) {
    const __m512 upper = _mm512_set1_ps(100.0f), lower = _mm512_set1_ps(-104.0f);
    const __m512 log2e = _mm512_set1_ps(1.44269504f), shift = _mm512_set1_ps(12582912.0f);
    const __m512 ln2High = _mm512_set1_ps(0.693359375f), ln2Low = _mm512_set1_ps(-2.12194440e-4f);
    const __m512 one = _mm512_set1_ps(1.0f);
    long i = 0;
    for (; i + 16 <= count; i += 16) {
        __m512 input = _mm512_loadu_ps(src + i);
        // max/min return their second operand for NaN, so NaN flows through to the result.
        __m512 x = _mm512_min_ps(upper, _mm512_max_ps(lower, input));
        __m512 shifted = _mm512_fmadd_ps(x, log2e, shift);
        __m512 n = _mm512_sub_ps(shifted, shift);
        __m512 r = _mm512_fnmadd_ps(n, ln2High, x);
        r = _mm512_fnmadd_ps(n, ln2Low, r);
        __m512 p = _mm512_set1_ps(1.98756915e-4f);
        p = _mm512_fmadd_ps(p, r, _mm512_set1_ps(1.39819995e-3f));
        p = _mm512_fmadd_ps(p, r, _mm512_set1_ps(8.3334519e-3f));
        p = _mm512_fmadd_ps(p, r, _mm512_set1_ps(4.16657959e-2f));
        p = _mm512_fmadd_ps(p, r, _mm512_set1_ps(1.66666655e-1f));
        p = _mm512_fmadd_ps(p, r, _mm512_set1_ps(5.00000012e-1f));
        __m512 er = _mm512_add_ps(_mm512_fmadd_ps(p, _mm512_mul_ps(r, r), r), one);
        __m512i bits = _mm512_sub_epi32(_mm512_castps_si512(shifted), _mm512_set1_epi32(0x4B400000));
        __m512i half = _mm512_srai_epi32(bits, 1);
        __m512i bias = _mm512_set1_epi32(127);
        __m512 scaleA = _mm512_castsi512_ps(_mm512_slli_epi32(_mm512_add_epi32(half, bias), 23));
        __m512 scaleB = _mm512_castsi512_ps(_mm512_slli_epi32(_mm512_add_epi32(_mm512_sub_epi32(bits, half), bias), 23));
        _mm512_storeu_ps(dst + i, _mm512_mul_ps(_mm512_mul_ps(er, scaleA), scaleB));
    }
    return i;
}
#else
static inline long nbrun_exp_avx2(const float *src, float *dst, long count) { return 0; }
static inline long nbrun_exp_avx512(const float *src, float *dst, long count) { return 0; }
#endif
