// Small numeric kernels in C, where Swift's SIMD types do not reliably compile to vector code.
// Used only by LinearAlgebra (GaussianSource, VectorKernels, RowGEMM). Deterministic: integer and IEEE single
// operations, no fused multiply-add, so every instruction-set variant gives the same bits. The rowgemm routines
// do no arithmetic of their own: they move data into OpenBLAS's panels and call OpenBLAS's micro-kernel.
#ifndef CKERNELS_H
#define CKERNELS_H
#include <stddef.h>
#include <stdint.h>

/// Eight xoshiro128** generators; s[w][lane] is state word w of lane `lane`.
typedef struct { uint32_t s[4][8]; } ck_lanes;

/// out[i] = scale·z_i (accumulate = 0) or out[i] += scale·z_i (accumulate = 1), z_i ~ N(0, 1),
/// for i < count; normals come in blocks of 16, the rest of a last block is discarded.
void ck_normals(ck_lanes *g, float *out, size_t count, float scale, int accumulate);

/// out[i] = uniform 32-bit words for i < count (blocks of 8; the rest of a last block is discarded).
void ck_words(ck_lanes *g, uint32_t *out, size_t count);

/// x[i] = exp(x[i] − shift) for i < n (Cephes-style polynomial, results below e^−87.3 flushed to 0);
/// returns Σ x[i] summed in a fixed order (eight partial sums, then the tail).
float ck_exp_shifted(float *x, size_t n, float shift);

/// max_i x[i] over the non-NaN x[i] for i < n (−∞ when there is none).
float ck_max(const float *x, size_t n);

/// Frozen softmax attention (W_Q = W_K = W_V = I) for n samples of L tokens of dimension d1:
/// a_s^(r) = Σ_l softmax_l(⟨x_s^(l), x_s^(r)⟩ · inv_scale) · x_s^(l). x and a are (n·L) × d1, row-major,
/// and must not alias. L ≤ 64.
void ck_attention(const float *x, float *a, size_t n, size_t L, size_t d1, float inv_scale);

/// One view of a fresh batch of n samples of L tokens (d1 floats each), fused per sample in `scratch`
/// (L·d1 floats): x^(l) = sigma·ξ + Σ_{e ∈ [row_start[q], row_start[q+1])} signs[e]·dict[active[e]] with
/// q = order[s·L + l] (or s·L + l when order is NULL), ξ the next normals of g as one request of n·L·d1
/// (none when sigma = 0); then out_s = frozen attention of x_s (as ck_attention). out is (n·L) × d1.
void ck_attended_view(ck_lanes *g, float *out, size_t n, size_t L, size_t d1, float sigma,
                      const float *dict, const int32_t *active, const float *signs, const long *row_start,
                      const long *order, float inv_scale, float *scratch);

/// dst[i·row_floats ..< (i+1)·row_floats] = src[indices[i]·row_floats ..< …] for i < count, with software
/// prefetch of the rows ahead (a copy: bits unchanged).
void ck_gather(float *dst, const float *src, const long *indices, size_t count, size_t row_floats);

/// BReLU pooling: h[k·m + i] = Σ_r BReLU_{bias[i]}(u[(k·L + r)·m + i]) for k < n, i < m (r summed in
/// order from 0; BReLU_b(x) = max(x − b, 0) + min(x + b, 0) with Swift's max/min). u is (n·L) × m.
void ck_brelu_pool(const float *u, size_t L, size_t n, size_t m, const float *bias, float *h);

/// BReLU backward mask: gu[(k·L + r)·m + i] = |u[…]| > bias[i] ? gh[k·m + i] : 0 for k < n, r < L, i < m.
void ck_brelu_backward(const float *gh, const float *u, size_t L, size_t n, size_t m, const float *bias, float *gu);

/// 1 when the CPU (and OS) support AVX-512 F, BW, DQ and VL — what OpenBLAS's SkylakeX kernels
/// need — else 0. `clreport` then chooses between the Haswell and SkylakeX kernel families by a
/// short calibration (KernelFamilyCalibration), since which is faster depends on the CPU.
int ck_cpu_has_avx512(void);

/// GEMMs on rows scattered through memory, packed straight into OpenBLAS's panels and multiplied by
/// OpenBLAS's own Haswell SGEMM micro-kernel with its level-3 blocking (see rowgemm.c); meant to give
/// the bits of cblas_sgemm on a gathered copy, which the caller checks per shape.
typedef struct ck_rowgemm_ws ck_rowgemm_ws;

/// Panel buffers for problems with m ≤ n_max (≤ 4096); NULL if n_max is out of range, memory is short,
/// or the routines cannot run here (no AVX2/FMA, or the loaded OpenBLAS does not export `sgemm_kernel_HASWELL`).
ck_rowgemm_ws *ck_rowgemm_workspace(long n_max);
void ck_rowgemm_workspace_free(ck_rowgemm_ws *ws);

/// Row-major C (m × n, row stride ldc) = W (m × d, row-major) · Rᵀ, R's row t being rows[t] (d floats):
/// cblas_sgemm(RowMajor, NoTrans, Trans, m, n, d, 1, W, d, R, d, 0, C, ldc). −1 (nothing done) without
/// a workspace or when m > its n_max.
int ck_rowgemm_forward(long m, long n, long d, const float *w, const float *const *rows, float *c, long ldc,
                       ck_rowgemm_ws *ws);

/// Row-major C (m × d) = G (m × n, row stride ldg) · R, R's row t being rows[t] (d floats):
/// cblas_sgemm(RowMajor, NoTrans, NoTrans, m, d, n, 1, G, ldg, R, d, 0, C, d). −1 as above.
int ck_rowgemm_weight_gradient(long m, long n, long d, const float *g, long ldg, const float *const *rows, float *c,
                               ck_rowgemm_ws *ws);

#endif
