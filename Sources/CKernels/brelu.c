// BReLU pooling and its backward mask for pre-activations stored sample-major (U is (n·L) × m), the
// layout of the default-size step. Written so that every clone performs, per element, the operations of
// the Swift loops they replace (`BReLU.pool`, `BReLU.backward`), with Swift's max/min semantics:
// max(a, 0) = (0 >= a) ? 0 : a, min(a, 0) = (0 < a) ? 0 : a — so the bits (NaN and signed zeros
// included) are those of the Swift code. The i loops vectorise (16 lanes in the x86-64-v4 clone).
#pragma STDC FP_CONTRACT OFF
#include "vec.h"

CK_CLONES
void ck_brelu_pool(const float *u, size_t L, size_t n, size_t m, const float *bias, float *h) {
    for (size_t k = 0; k < n; k++) {
        float *hk = h + k * m;
        for (size_t i = 0; i < m; i++) hk[i] = 0.0f;
        for (size_t r = 0; r < L; r++) {
            const float *ur = u + (k * L + r) * m;
            for (size_t i = 0; i < m; i++) {
                float x = ur[i], b = bias[i];
                float d = x - b, e = x + b;
                float hi = (0.0f >= d) ? 0.0f : d;
                float lo = (0.0f < e) ? 0.0f : e;
                hk[i] = hk[i] + (hi + lo);
            }
        }
    }
}

CK_CLONES
void ck_brelu_backward(const float *gh, const float *u, size_t L, size_t n, size_t m, const float *bias, float *gu) {
    for (size_t k = 0; k < n; k++) {
        const float *ghk = gh + k * m;
        for (size_t r = 0; r < L; r++) {
            const float *ur = u + (k * L + r) * m;
            float *gr = gu + (k * L + r) * m;
            for (size_t i = 0; i < m; i++) gr[i] = __builtin_fabsf(ur[i]) > bias[i] ? ghk[i] : 0.0f;
        }
    }
}
