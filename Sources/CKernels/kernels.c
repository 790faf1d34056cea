// exp and frozen attention kernels; compiled for x86-64-v4, AVX2 and baseline x86-64 (target_clones) with the
// same operations per element and no FMA contraction, so all variants give identical bits.
#pragma STDC FP_CONTRACT OFF
#include "vec.h"

CK_CLONES
float ck_exp_shifted(float *x, size_t n, float shift) { return exp_shifted(x, n, shift); }

CK_CLONES
float ck_max(const float *x, size_t n) {
    // Eight running maxima, then the tail; `v > m ? v : m` skips NaNs like Swift's max(m, v).
    float m = -__builtin_inff();
    size_t i = 0;
    if (n >= 8) {
        v8f acc; memcpy(&acc, x, 32);
        for (i = 8; i + 8 <= n; i += 8) {
            v8f v; memcpy(&v, x + i, 32);
            v8i gt = v > acc;   // all ones where v > acc (false for NaN)
            acc = (v8f)(((v8i)v & gt) | ((v8i)acc & ~gt));
        }
        for (int l = 0; l < 8; l++) m = acc[l] > m ? acc[l] : m;
    }
    for (; i < n; i++) m = x[i] > m ? x[i] : m;
    return m;
}

CK_CLONES
void ck_attention(const float *x, float *a, size_t n, size_t L, size_t d1, float inv_scale) {
    float g[64 * 64], w[64 * 64];
    for (size_t s = 0; s < n; s++) attend_sample(x + s * L * d1, a + s * L * d1, L, d1, inv_scale, g, w);
}
