// Shared inline helpers of the C kernels (xoshiro lanes, Box–Muller, exp, dot, attention of one
// sample). Included by every kernel file after `#pragma STDC FP_CONTRACT OFF`, so each instruction-set
// clone performs the same IEEE operations and all variants give the same bits.
#ifndef CK_VEC_H
#define CK_VEC_H
#include "ckernels.h"
#include <string.h>

typedef uint32_t v8u __attribute__((vector_size(32)));
typedef int32_t v8i __attribute__((vector_size(32)));
typedef float v8f __attribute__((vector_size(32)));

#if defined(__x86_64__) && defined(__clang__)
// x86-64-v4 (AVX-512: one-instruction rotates and ternary logic for xoshiro, 16-lane transform),
// AVX2 and baseline; the dispatcher picks the best the CPU has.
#define CK_CLONES __attribute__((target_clones("arch=x86-64-v4", "avx2", "default")))
#else
#define CK_CLONES
#endif

#define ROTL(x, k) (((x) << (k)) | ((x) >> (32 - (k))))
#define INLINE static inline __attribute__((always_inline))
// Helpers pass vectors by pointer only: by value, a 32-byte vector's ABI differs between the
// baseline and the AVX2 clone.

// xoshiro128**: result = rotl(s1·5, 7)·9, then the state transition.
INLINE void next_words(v8u *s, v8u *result) {
    v8u a = s[1] + (s[1] << 2);
    v8u r = ROTL(a, 7);
    *result = r + (r << 3);
    v8u t = s[1] << 9;
    s[2] ^= s[0]; s[3] ^= s[1]; s[1] ^= s[2]; s[0] ^= s[3];
    s[2] ^= t;
    s[3] = ROTL(s[3], 11);
}

// The Box–Muller transform is written once, for any vector width W (8 and 16 lanes); every
// lane performs the same IEEE single operations whatever W, so the bits do not depend on it.
#define CK_TRANSFORM(W, vu, vi, vf)                                                                   \
/* (b >> 8 + ½)·2⁻²⁴ ∈ (0, 1), exact. */                                                            \
INLINE void open_unit##W(const vu *b, vf *u) {                                                      \
    vi i = (vi)(*b >> 8);                                                                           \
    *u = (__builtin_convertvector(i, vf) + 0.5f) * 0x1p-24f;                                        \
}                                                                                                   \
/* ln x for normal x > 0: x = 2^e·z with z ∈ [√½, √2) by integer arithmetic on the bits,           \
   ln x = e·ln 2 + f − f²/2 + f³·P(f), f = z − 1 (Cephes logf coefficients, ln 2 in two parts). */  \
INLINE void ln##W(vf *xp) {                                                                         \
    vf x = *xp;                                                                                     \
    vi ix; memcpy(&ix, &x, sizeof ix);                                                              \
    vi tmp = ix - 0x3f3504f3;                                                                       \
    vi e = tmp >> 23;                                                                               \
    vi iz = ix - (tmp & (int32_t)0xff800000u);                                                      \
    vf z; memcpy(&z, &iz, sizeof z);                                                                \
    vf f = z - 1.0f, ef = __builtin_convertvector(e, vf), f2 = f * f;                               \
    vf p = 7.0376836292e-2f * f - 1.1514610310e-1f;                                                 \
    p = p * f + 1.1676998740e-1f;                                                                   \
    p = p * f - 1.2420140846e-1f;                                                                   \
    p = p * f + 1.4249322787e-1f;                                                                   \
    p = p * f - 1.6668057665e-1f;                                                                   \
    p = p * f + 2.0000714765e-1f;                                                                   \
    p = p * f - 2.4999993993e-1f;                                                                   \
    p = p * f + 3.3333331174e-1f;                                                                   \
    vf y = p * f * f2;                                                                              \
    y = y + ef * -2.12194440e-4f;                                                                   \
    y = y - f2 * 0.5f;                                                                              \
    *xp = f + y + ef * 0.693359375f;                                                                \
}                                                                                                   \
/* One Box–Muller pair per lane from the words b1 (radius) and b2 (angle, swap, signs). */          \
INLINE void box_muller##W(const vu *b1p, const vu *b2p, vf *z1, vf *z2) {                           \
    vu b2 = *b2p;                                                                                   \
    vf u, psi;                                                                                      \
    open_unit##W(b1p, &u);                                                                          \
    ln##W(&u);                                                                                      \
    vf r = __builtin_elementwise_sqrt(-2.0f * u);                                                   \
    open_unit##W(&b2, &psi);                                                                        \
    psi *= 0.78539816339744831f;                                                                    \
    vf x2 = psi * psi;                                                                              \
    /* cos ψ and sin ψ by their Taylor series to ψ⁸ and ψ⁹ (ψ ∈ (0, π/4)). */                      \
    vf c = x2 * (1.0f / 40320) - 1.0f / 720;                                                        \
    c = c * x2 + 1.0f / 24;                                                                         \
    c = c * x2 - 0.5f;                                                                              \
    c = c * x2 + 1.0f;                                                                              \
    vf s = x2 * (1.0f / 362880) - 1.0f / 5040;                                                      \
    s = s * x2 + 1.0f / 120;                                                                        \
    s = s * x2 - 1.0f / 6;                                                                          \
    s = s * x2 + 1.0f;                                                                              \
    s = s * psi;                                                                                    \
    vu swap = 0u - (b2 & 1u);   /* all ones where the pair is swapped */                            \
    vu cu, su; memcpy(&cu, &c, sizeof cu); memcpy(&su, &s, sizeof su);                              \
    vu au = (cu & ~swap) | (su & swap), bu = (su & ~swap) | (cu & swap);                            \
    vf a, b; memcpy(&a, &au, sizeof a); memcpy(&b, &bu, sizeof b);                                  \
    vf ra = r * a, rb = r * b;                                                                      \
    vu ua, ub; memcpy(&ua, &ra, sizeof ua); memcpy(&ub, &rb, sizeof ub);                            \
    ua ^= (b2 & 2u) << 30;                                                                          \
    ub ^= (b2 & 4u) << 29;                                                                          \
    memcpy(z1, &ua, sizeof *z1); memcpy(z2, &ub, sizeof *z2);                                       \
}

typedef uint32_t v16u __attribute__((vector_size(64)));
typedef int32_t v16i __attribute__((vector_size(64)));
typedef float v16f __attribute__((vector_size(64)));
CK_TRANSFORM(8, v8u, v8i, v8f)
CK_TRANSFORM(16, v16u, v16i, v16f)

// Sixteen normals: z1, z2 are one Box–Muller pair per lane.
INLINE void normals16(v8u *st, v8f *z1, v8f *z2) {
    v8u b1, b2;
    next_words(st, &b1); next_words(st, &b2);
    box_muller8(&b1, &b2, z1, z2);
}

// The next two blocks of sixteen (exactly two calls of normals16, in stream order): the four word
// vectors are drawn one after the other, the transform runs 16 lanes wide (one AVX-512 vector, or
// two AVX2 vectors with more independent work in flight). out[0..<32] = z1, z2 of the first block,
// then of the second.
INLINE void normals32(v8u *st, float *out) {
    v8u w[4];
    next_words(st, &w[0]); next_words(st, &w[1]); next_words(st, &w[2]); next_words(st, &w[3]);
    v16u b1 = __builtin_shufflevector(w[0], w[2], 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
    v16u b2 = __builtin_shufflevector(w[1], w[3], 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
    v16f z1, z2;
    box_muller16(&b1, &b2, &z1, &z2);
    memcpy(out, &z1, 32); memcpy(out + 8, &z2, 32);
    memcpy(out + 16, (char *)&z1 + 32, 32); memcpy(out + 24, (char *)&z2 + 32, 32);
}

INLINE void load_state(const ck_lanes *g, v8u *s) { memcpy(s, g->s, sizeof g->s); }
INLINE void store_state(ck_lanes *g, const v8u *s) { memcpy(g->s, s, sizeof g->s); }

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

INLINE float exp_shifted(float *x, size_t n, float shift) {
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

// Frozen attention of one sample: xs, as are L × d1 (must not alias); g, w are L × L scratch.
//     G[l, r] = ⟨x^(l), x^(r)⟩ · inv_scale,  W[r, ·] = softmax(G[r, ·]),  a^(r) = Σ_l W[r, l] · x^(l)
INLINE void attend_sample(const float *xs, float *as, size_t L, size_t d1, float inv_scale, float *g, float *w) {
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
        float sum = exp_shifted(wr, L, mx), inv = 1.0f / sum;
        for (size_t l = 0; l < L; l++) wr[l] *= inv;
    }
    // A_s = W · X_s, sixteen columns at a time, then the last d1 mod 16 one by one: every output token
    // reads the L input chunks. Each column gets the same operations in the same order whatever the
    // width (the width only decides how many columns share an instruction), so the bits do not depend on it.
    size_t c = 0;
    for (; c + 16 <= d1; c += 16) {
        for (size_t r = 0; r < L; r++) {
            const float *wr = w + r * L;
            v16f xv; memcpy(&xv, xs + c, 64);
            v16f acc = wr[0] * xv;
            for (size_t l = 1; l < L; l++) { memcpy(&xv, xs + l * d1 + c, 64); acc += wr[l] * xv; }
            memcpy(as + r * d1 + c, &acc, 64);
        }
    }
    for (; c < d1; c++)
        for (size_t r = 0; r < L; r++) {
            float acc = w[r * L] * xs[c];
            for (size_t l = 1; l < L; l++) acc += w[r * L + l] * xs[l * d1 + c];
            as[r * d1 + c] = acc;
        }
}

#endif
