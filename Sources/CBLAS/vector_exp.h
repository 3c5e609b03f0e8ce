// A float32 exp over a buffer with AVX2 or AVX-512, for CPUs that have them (see
// nbrun_cpu_vector_level). Swift code cannot ask for AVX instructions per function; these C
// functions can. Each one handles the whole buffer: the last partial vector goes through the same
// vector code via a padded copy, so every element takes the same instructions wherever it sits.
//
// Bit stability: the steps are exactly those of Autodiff's VectorExp.exp (Cephes's method), one
// IEEE operation each, with no fused multiply-add. Swift never contracts `a * b + c`, and the
// pragma below stops clang from contracting here, so AVX-512, AVX2 and the plain Swift loop give
// identical bits for every input.
#if defined(__x86_64__)
#include <immintrin.h>
#include <string.h>

#pragma clang fp contract(off)

__attribute__((target("avx2"))) static inline __m256 nbrun_exp8(__m256 input) {
    // max/min return their second operand for NaN, so NaN flows through to the result.
    __m256 x = _mm256_min_ps(_mm256_set1_ps(100.0f), _mm256_max_ps(_mm256_set1_ps(-104.0f), input));
    const __m256 shift = _mm256_set1_ps(12582912.0f);
    __m256 shifted = _mm256_add_ps(_mm256_mul_ps(x, _mm256_set1_ps(1.44269504f)), shift);
    __m256 n = _mm256_sub_ps(shifted, shift);
    __m256 r = _mm256_sub_ps(x, _mm256_mul_ps(n, _mm256_set1_ps(0.693359375f)));
    r = _mm256_sub_ps(r, _mm256_mul_ps(n, _mm256_set1_ps(-2.12194440e-4f)));
    __m256 p = _mm256_set1_ps(1.98756915e-4f);
    p = _mm256_add_ps(_mm256_mul_ps(p, r), _mm256_set1_ps(1.39819995e-3f));
    p = _mm256_add_ps(_mm256_mul_ps(p, r), _mm256_set1_ps(8.3334519e-3f));
    p = _mm256_add_ps(_mm256_mul_ps(p, r), _mm256_set1_ps(4.16657959e-2f));
    p = _mm256_add_ps(_mm256_mul_ps(p, r), _mm256_set1_ps(1.66666655e-1f));
    p = _mm256_add_ps(_mm256_mul_ps(p, r), _mm256_set1_ps(5.00000012e-1f));
    __m256 er = _mm256_add_ps(_mm256_add_ps(_mm256_mul_ps(p, _mm256_mul_ps(r, r)), r), _mm256_set1_ps(1.0f));
    // 2^n as two factors so that n down to -150 (subnormal results) still has valid exponent bits.
    __m256i bits = _mm256_sub_epi32(_mm256_castps_si256(shifted), _mm256_set1_epi32(0x4B400000));
    __m256i half = _mm256_srai_epi32(bits, 1);
    __m256i bias = _mm256_set1_epi32(127);
    __m256 scaleA = _mm256_castsi256_ps(_mm256_slli_epi32(_mm256_add_epi32(half, bias), 23));
    __m256 scaleB = _mm256_castsi256_ps(_mm256_slli_epi32(_mm256_add_epi32(_mm256_sub_epi32(bits, half), bias), 23));
    return _mm256_mul_ps(_mm256_mul_ps(er, scaleA), scaleB);
}

__attribute__((target("avx512f"))) static inline __m512 nbrun_exp16(__m512 input) {
    __m512 x = _mm512_min_ps(_mm512_set1_ps(100.0f), _mm512_max_ps(_mm512_set1_ps(-104.0f), input));
    const __m512 shift = _mm512_set1_ps(12582912.0f);
    __m512 shifted = _mm512_add_ps(_mm512_mul_ps(x, _mm512_set1_ps(1.44269504f)), shift);
    __m512 n = _mm512_sub_ps(shifted, shift);
    __m512 r = _mm512_sub_ps(x, _mm512_mul_ps(n, _mm512_set1_ps(0.693359375f)));
    r = _mm512_sub_ps(r, _mm512_mul_ps(n, _mm512_set1_ps(-2.12194440e-4f)));
    __m512 p = _mm512_set1_ps(1.98756915e-4f);
    p = _mm512_add_ps(_mm512_mul_ps(p, r), _mm512_set1_ps(1.39819995e-3f));
    p = _mm512_add_ps(_mm512_mul_ps(p, r), _mm512_set1_ps(8.3334519e-3f));
    p = _mm512_add_ps(_mm512_mul_ps(p, r), _mm512_set1_ps(4.16657959e-2f));
    p = _mm512_add_ps(_mm512_mul_ps(p, r), _mm512_set1_ps(1.66666655e-1f));
    p = _mm512_add_ps(_mm512_mul_ps(p, r), _mm512_set1_ps(5.00000012e-1f));
    __m512 er = _mm512_add_ps(_mm512_add_ps(_mm512_mul_ps(p, _mm512_mul_ps(r, r)), r), _mm512_set1_ps(1.0f));
    __m512i bits = _mm512_sub_epi32(_mm512_castps_si512(shifted), _mm512_set1_epi32(0x4B400000));
    __m512i half = _mm512_srai_epi32(bits, 1);
    __m512i bias = _mm512_set1_epi32(127);
    __m512 scaleA = _mm512_castsi512_ps(_mm512_slli_epi32(_mm512_add_epi32(half, bias), 23));
    __m512 scaleB = _mm512_castsi512_ps(_mm512_slli_epi32(_mm512_add_epi32(_mm512_sub_epi32(bits, half), bias), 23));
    return _mm512_mul_ps(_mm512_mul_ps(er, scaleA), scaleB);
}

// Both return `count`: the tail is padded to a whole vector (with zeros) and copied back.
__attribute__((target("avx2"))) static inline long nbrun_exp_avx2(const float *src, float *dst, long count) {
    long i = 0;
    for (; i + 8 <= count; i += 8) _mm256_storeu_ps(dst + i, nbrun_exp8(_mm256_loadu_ps(src + i)));
    if (i < count) {
        float padded[8] = {0};
        memcpy(padded, src + i, (size_t)(count - i) * sizeof(float));
        _mm256_storeu_ps(padded, nbrun_exp8(_mm256_loadu_ps(padded)));
        memcpy(dst + i, padded, (size_t)(count - i) * sizeof(float));
    }
    return count;
}
__attribute__((target("avx512f"))) static inline long nbrun_exp_avx512(const float *src, float *dst, long count) {
    long i = 0;
    for (; i + 16 <= count; i += 16) _mm512_storeu_ps(dst + i, nbrun_exp16(_mm512_loadu_ps(src + i)));
    if (i < count) {
        float padded[16] = {0};
        memcpy(padded, src + i, (size_t)(count - i) * sizeof(float));
        _mm512_storeu_ps(padded, nbrun_exp16(_mm512_loadu_ps(padded)));
        memcpy(dst + i, padded, (size_t)(count - i) * sizeof(float));
    }
    return count;
}
#else
static inline long nbrun_exp_avx2(const float *src, float *dst, long count) { return 0; }
static inline long nbrun_exp_avx512(const float *src, float *dst, long count) { return 0; }
#endif
