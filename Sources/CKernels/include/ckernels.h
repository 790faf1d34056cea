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

// The conv encoder's passes (convnet.c), on the channel-major batch layout C×N×H×W (`total` = N·H·W
// values per channel). Element operations as in the Swift layers of `ConvNet`; reductions by fixed
// partial sums.

/// im2col for a k×k convolution, stride 1, zero padding p, of n images whose channel c starts at
/// in + c·channel_stride (n planes of h×w there): col[((c·k + a)·k + b)·total + (img·h + y)·w + x]
/// = in[c, img, y + a − p, x + b − p] (0 outside the image). `in` and `col` must not overlap.
void ck_im2col(const float *in, long channel_stride, long channels, long n, long h, long w, long k, long p, float *col);

/// The adjoint of ck_im2col: in[c, img, y′, x′] = (in[…] if accumulate, else 0) + Σ over the taps (a, b)
/// in order of the col entries that read (c, img, y′, x′), channel c of `in` at in + c·channel_stride.
void ck_col2im(const float *col, long channels, long n, long h, long w, long k, long p, float *in, long channel_stride,
               int accumulate);

/// out[r] += Σ_{c < cols} x[r·cols + c] for r < rows (sixteen partial sums, then the tail).
void ck_row_sums(const float *x, long rows, long cols, float *out);

/// Training batch norm per channel c of m values (x = y allowed): μ, σ² in double (eight partial sums),
/// inv = 1/√(σ² + ε), x̂ = (x − μ)·inv → normalized, y = γ x̂ + β (then y < 0 ? 0 : y when relu);
/// inverse_std[c] = inv, mean_out[c] = μ, variance_out[c] = σ² (as floats).
void ck_batchnorm_forward(const float *x, long channels, long m, const float *gamma, const float *beta, float epsilon,
                          int relu, float *normalized, float *y, float *inverse_std, float *mean_out, float *variance_out);

/// Batch-norm backward per channel (dx = dy allowed): δ = dy, masked to relu_output > 0 when relu_output is
/// not NULL (the ReLU's backward); γ_grad += Σ δ x̂, β_grad += Σ δ; dx = γ·inv·((δ − mean δ) − x̂·mean(δ x̂)).
void ck_batchnorm_backward(const float *dy, const float *relu_output, const float *normalized, long channels, long m,
                           const float *gamma, const float *inverse_std, float *gamma_grad, float *beta_grad, float *dx);

/// x[i] = x[i] < 0 ? 0 : x[i] for i < count.
void ck_relu(float *x, long count);

/// grad[i] = y[i] > 0 ? grad[i] : 0 for i < count.
void ck_relu_backward(const float *y, float *grad, long count);

/// 2×2 stride-2 pooling of `planes` planes of h×w (even): the mean ¼(((a + b) + c) + d) or the maximum
/// (first of the window's entries in row order on ties, index within the plane in argmax).
void ck_pool2_forward(const float *x, long planes, long h, long w, int max, float *y, int32_t *argmax);

/// Its adjoint, overwriting dx: ¼δ to each entry of the window, or δ to the argmax.
void ck_pool2_backward(const float *dy, long planes, long h, long w, int max, const int32_t *argmax, float *dx);

/// The forward product of a conv whose col has k = 9 rows (one channel, 3×3), in place of bias fill +
/// SGEMM (bound by the writes of y): y[o·ldy + j] = bias[o] + Σ_t W[o·9 + t]·
/// col[t·cols + j] for o < m, j < cols. Returns −1 (nothing done) when k ≠ 9.
int ck_conv_k9_forward(const float *weights, const float *bias, const float *col, long m, long k, long cols, float *y,
                       long ldy);

/// Batch norm (training), ReLU and 2×2 average pooling in one pass per channel (n planes of h×w, even):
/// x̂ → normalized, the rectified map of one channel → scratch (m = n·h·w floats, a workspace), its pooled
/// map → pooled (m/4 per channel); statistics as ck_batchnorm_forward. The full-size rectified map is not
/// kept.
void ck_batchnorm_relu_avgpool_forward(const float *x, long channels, long n, long h, long w, const float *gamma,
                                       const float *beta, float epsilon, float *normalized, float *scratch, float *pooled,
                                       float *inverse_std, float *mean_out, float *variance_out);

/// Its backward from ∂L/∂pooled: ¼δ spread over each window, masked by [γ x̂ + β > 0] (the ReLU, from x̂),
/// then ck_batchnorm_backward into dx (m per channel); scratch is a workspace of m floats.
void ck_batchnorm_relu_avgpool_backward(const float *pooled_grad, const float *normalized, long channels, long n, long h,
                                        long w, const float *gamma, const float *beta, const float *inverse_std,
                                        float *gamma_grad, float *beta_grad, float *scratch, float *dx);
#endif
