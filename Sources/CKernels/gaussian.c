// Vectorised Box–Muller with polynomial log / sin / cos; see LinearAlgebra/GaussianSource.swift
// for the formulas. Compiled for AVX2 and for baseline x86-64 (target_clones): the same
// operations on every lane, no FMA contraction, so both variants give identical bits.
#pragma STDC FP_CONTRACT OFF
#include "ckernels.h"
#include <string.h>

typedef uint32_t v8u __attribute__((vector_size(32)));
typedef int32_t v8i __attribute__((vector_size(32)));
typedef float v8f __attribute__((vector_size(32)));

#if defined(__x86_64__) && defined(__clang__)
#define CK_CLONES __attribute__((target_clones("avx2", "default")))
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

// (b >> 8 + ½)·2⁻²⁴ ∈ (0, 1), exact.
INLINE void open_unit(const v8u *b, v8f *u) {
    v8i i = (v8i)(*b >> 8);
    *u = (__builtin_convertvector(i, v8f) + 0.5f) * 0x1p-24f;
}

// ln x for normal x > 0: x = 2^e·z with z ∈ [√½, √2) by integer arithmetic on the bits,
// ln x = e·ln 2 + f − f²/2 + f³·P(f), f = z − 1 (Cephes logf coefficients, ln 2 in two parts).
INLINE void ln(v8f *xp) {
    v8f x = *xp;
    v8i ix; memcpy(&ix, &x, sizeof ix);
    v8i tmp = ix - 0x3f3504f3;
    v8i e = tmp >> 23;
    v8i iz = ix - (tmp & (v8i)(v8u){0xff800000u, 0xff800000u, 0xff800000u, 0xff800000u,
                                    0xff800000u, 0xff800000u, 0xff800000u, 0xff800000u});
    v8f z; memcpy(&z, &iz, sizeof z);
    v8f f = z - 1.0f, ef = __builtin_convertvector(e, v8f), f2 = f * f;
    v8f p = 7.0376836292e-2f * f - 1.1514610310e-1f;
    p = p * f + 1.1676998740e-1f;
    p = p * f - 1.2420140846e-1f;
    p = p * f + 1.4249322787e-1f;
    p = p * f - 1.6668057665e-1f;
    p = p * f + 2.0000714765e-1f;
    p = p * f - 2.4999993993e-1f;
    p = p * f + 3.3333331174e-1f;
    v8f y = p * f * f2;
    y = y + ef * -2.12194440e-4f;
    y = y - f2 * 0.5f;
    *xp = f + y + ef * 0.693359375f;
}

// Sixteen normals: z1, z2 are one Box–Muller pair per lane.
INLINE void normals16(v8u *st, v8f *z1, v8f *z2) {
    v8u b1, b2;
    next_words(st, &b1); next_words(st, &b2);
    v8f u, psi;
    open_unit(&b1, &u);
    ln(&u);
    v8f r = __builtin_elementwise_sqrt(-2.0f * u);
    open_unit(&b2, &psi);
    psi *= 0.78539816339744831f;
    v8f x2 = psi * psi;
    // cos ψ and sin ψ by their Taylor series to ψ⁸ and ψ⁹ (ψ ∈ (0, π/4)).
    v8f c = x2 * (1.0f / 40320) - 1.0f / 720;
    c = c * x2 + 1.0f / 24;
    c = c * x2 - 0.5f;
    c = c * x2 + 1.0f;
    v8f s = x2 * (1.0f / 362880) - 1.0f / 5040;
    s = s * x2 + 1.0f / 120;
    s = s * x2 - 1.0f / 6;
    s = s * x2 + 1.0f;
    s = s * psi;
    v8u swap = 0u - (b2 & 1u);   // all ones where the pair is swapped
    v8u cu, su; memcpy(&cu, &c, sizeof cu); memcpy(&su, &s, sizeof su);
    v8u au = (cu & ~swap) | (su & swap), bu = (su & ~swap) | (cu & swap);
    v8f a, b; memcpy(&a, &au, sizeof a); memcpy(&b, &bu, sizeof b);
    v8f ra = r * a, rb = r * b;
    v8u ua, ub; memcpy(&ua, &ra, sizeof ua); memcpy(&ub, &rb, sizeof ub);
    ua ^= (b2 & 2u) << 30;
    ub ^= (b2 & 4u) << 29;
    memcpy(z1, &ua, sizeof *z1); memcpy(z2, &ub, sizeof *z2);
}

INLINE void load_state(const ck_lanes *g, v8u *s) { memcpy(s, g->s, sizeof g->s); }
INLINE void store_state(ck_lanes *g, const v8u *s) { memcpy(g->s, s, sizeof g->s); }

CK_CLONES
void ck_normals(ck_lanes *g, float *out, size_t count, float scale, int accumulate) {
    v8u st[4];
    load_state(g, st);
    size_t i = 0;
    v8f z1, z2;
    for (; i + 16 <= count; i += 16) {
        normals16(st, &z1, &z2);
        z1 *= scale; z2 *= scale;
        if (accumulate) {
            v8f o1, o2;
            memcpy(&o1, out + i, 32); memcpy(&o2, out + i + 8, 32);
            z1 = o1 + z1; z2 = o2 + z2;
        }
        memcpy(out + i, &z1, 32); memcpy(out + i + 8, &z2, 32);
    }
    if (i < count) {
        normals16(st, &z1, &z2);
        float tail[16];
        memcpy(tail, &z1, 32); memcpy(tail + 8, &z2, 32);
        for (size_t l = 0; i + l < count; l++) {
            float v = tail[l] * scale;
            out[i + l] = accumulate ? out[i + l] + v : v;
        }
    }
    store_state(g, st);
}

CK_CLONES
void ck_words(ck_lanes *g, uint32_t *out, size_t count) {
    v8u st[4];
    load_state(g, st);
    size_t i = 0;
    for (; i + 8 <= count; i += 8) {
        v8u w;
        next_words(st, &w);
        memcpy(out + i, &w, 32);
    }
    if (i < count) {
        v8u w;
        next_words(st, &w);
        uint32_t tail[8];
        memcpy(tail, &w, 32);
        for (size_t l = 0; i + l < count; l++) out[i + l] = tail[l];
    }
    store_state(g, st);
}
