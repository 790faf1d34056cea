// Vectorised Box–Muller with polynomial log / sin / cos; see LinearAlgebra/GaussianSource.swift
// for the formulas. Compiled for x86-64-v4, AVX2 and baseline x86-64 (target_clones): the same
// operations on every lane, no FMA contraction, so all variants give identical bits.
#pragma STDC FP_CONTRACT OFF
#include "vec.h"

CK_CLONES
void ck_normals(ck_lanes *g, float *out, size_t count, float scale, int accumulate) {
    v8u st[4];
    load_state(g, st);
    size_t i = 0;
    v8f z1, z2;
    for (; i + 32 <= count; i += 32) {
        float t[32];
        normals32(st, t);
        if (accumulate) for (size_t l = 0; l < 32; l++) out[i + l] = out[i + l] + t[l] * scale;
        else for (size_t l = 0; l < 32; l++) out[i + l] = t[l] * scale;
    }
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
