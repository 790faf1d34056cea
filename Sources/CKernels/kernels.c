// exp and frozen attention kernels; compiled for AVX2 and baseline x86-64 (target_clones) with the
// same operations per element and no FMA contraction, so both variants give identical bits.
#pragma STDC FP_CONTRACT OFF
#include "ckernels.h"
#include <string.h>

typedef int32_t v8i __attribute__((vector_size(32)));
typedef float v8f __attribute__((vector_size(32)));

#if defined(__x86_64__) && defined(__clang__)
#define CK_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define CK_CLONES
#endif
#define INLINE static inline __attribute__((always_inline))

// exp(x) for x ≤ 0: x = k·ln 2 + r, k = round(x·log₂e), |r| ≤ ln2/2 (ln 2 in two parts),
// e^r = 1 + r + r²·P(r) (Cephes expf coefficients), 2^k by the exponent bits; x < −87.3 → 0.
INLINE void exp8(v8f *xp) {
    v8f x = *xp;
    v8i under = x < -87.3f;
    x = (v8f)(((v8i)x & ~under) | ((v8i)(v8f){-87.3f, -87.3f, -87.3f, -87.3f, -87.3f, -87.3f, -87.3f, -87.3f} & under));
    v8f kf = x * 1.44269504088896341f;
    // round to nearest by the 1.5·2²³ trick (|kf| < 2²²)
    kf = (kf + 12582912.0f) - 12582912.0f;
    v8i k = __builtin_convertvector(kf, v8i);
    v8f r = x - kf * 0.693359375f;
    r = r - kf * -2.12194440e-4f;
    v8f r2 = r * r;
    v8f p = 1.9875691500e-4f * r + 1.3981999507e-3f;
    p = p * r + 8.3334519073e-3f;
    p = p * r + 4.1665795894e-2f;
    p = p * r + 1.6666665459e-1f;
    p = p * r + 5.0000001201e-1f;
    v8f e = p * r2 + r + 1.0f;
    v8i bits = (k + 127) << 23;
    v8f scale; memcpy(&scale, &bits, sizeof scale);
    e = e * scale;
    *xp = (v8f)((v8i)e & ~under);
}

CK_CLONES
float ck_exp_shifted(float *x, size_t n, float shift) {
    v8f acc = {0, 0, 0, 0, 0, 0, 0, 0};
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        v8f v; memcpy(&v, x + i, 32);
        v = v - shift;
        exp8(&v);
        memcpy(x + i, &v, 32);
        acc += v;
    }
    float sum = ((acc[0] + acc[1]) + (acc[2] + acc[3])) + ((acc[4] + acc[5]) + (acc[6] + acc[7]));
    if (i < n) {
        v8f v = {0, 0, 0, 0, 0, 0, 0, 0};
        for (size_t l = 0; i + l < n; l++) v[l] = x[i + l] - shift;
        exp8(&v);
        for (size_t l = 0; i + l < n; l++) { x[i + l] = v[l]; sum += v[l]; }
    }
    return sum;
}

INLINE float dot(const float *a, const float *b, size_t n) {
    v8f acc = {0, 0, 0, 0, 0, 0, 0, 0};
    size_t c = 0;
    for (; c + 8 <= n; c += 8) {
        v8f va, vb; memcpy(&va, a + c, 32); memcpy(&vb, b + c, 32);
        acc += va * vb;
    }
    float s = ((acc[0] + acc[1]) + (acc[2] + acc[3])) + ((acc[4] + acc[5]) + (acc[6] + acc[7]));
    for (; c < n; c++) s += a[c] * b[c];
    return s;
}

CK_CLONES
void ck_attention(const float *x, float *a, size_t n, size_t L, size_t d1, float inv_scale) {
    float g[64 * 64], w[64 * 64];
    for (size_t s = 0; s < n; s++) {
        const float *xs = x + s * L * d1;
        float *as = a + s * L * d1;
        // G[l, r] = ⟨x^(l), x^(r)⟩ / s, symmetric
        for (size_t l = 0; l < L; l++)
            for (size_t r = l; r < L; r++) {
                float v = dot(xs + l * d1, xs + r * d1, d1) * inv_scale;
                g[l * L + r] = v; g[r * L + l] = v;
            }
        // W[r, l] = softmax over l of G[l, r] (G symmetric: row r of G)
        for (size_t r = 0; r < L; r++) {
            float *wr = w + r * L, mx = g[r * L];
            for (size_t l = 0; l < L; l++) { wr[l] = g[r * L + l]; if (wr[l] > mx) mx = wr[l]; }
            float sum = ck_exp_shifted(wr, L, mx), inv = 1.0f / sum;
            for (size_t l = 0; l < L; l++) wr[l] *= inv;
        }
        // A_s = W · X_s, eight columns at a time: every output token reads the L input chunks.
        size_t c = 0;
        for (; c + 8 <= d1; c += 8) {
            for (size_t r = 0; r < L; r++) {
                const float *wr = w + r * L;
                v8f xv; memcpy(&xv, xs + c, 32);
                v8f acc = wr[0] * xv;
                for (size_t l = 1; l < L; l++) { memcpy(&xv, xs + l * d1 + c, 32); acc += wr[l] * xv; }
                memcpy(as + r * d1 + c, &acc, 32);
            }
        }
        for (; c < d1; c++)
            for (size_t r = 0; r < L; r++) {
                float acc = w[r * L] * xs[c];
                for (size_t l = 1; l < L; l++) acc += w[r * L + l] * xs[l * d1 + c];
                as[r * d1 + c] = acc;
            }
    }
}
