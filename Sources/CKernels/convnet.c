// The non-GEMM passes of the convolutional encoder (`ConvNet`): im2col/col2im, batch norm fused
// with the ReLU, the ReLU alone, 2×2 pooling and the per-row sums of a bias gradient, on the
// channel-major batch layout C×N×H×W. Written in C because the Swift loops they replace did not
// vectorise: `for i in 0..<n where x[i] < 0 { x[i] = 0 }` compiles to a branch per element
// (mispredicted half the time after batch norm), Float/Double reductions stay scalar (Swift does
// not reassociate), and im2col's per-row `update(from:)` calls cost more than the copy of a 28-float
// row. Here the element loops are branch-free selects and the reductions use fixed partial sums, so
// clang vectorises them (16 lanes in the x86-64-v4 clone).
//
// Every element operation is the one of the Swift code it replaces (same IEEE single operations,
// no FMA contraction, ReLU as `x < 0 ? 0 : x`, its backward as `y > 0 ? g : 0`); only the order of
// the reductions (sums over a channel or a row) differs, by a fixed partial-sum scheme, so every
// instruction-set clone gives the same bits.
#pragma STDC FP_CONTRACT OFF
#include "vec.h"

#define RESTRICT __restrict__

// Sixteen-lane vectors (one AVX-512 register, two AVX2 ones) for the loops the vectoriser leaves
// scalar: in-place element loops (x = y allowed, so no `restrict`) with a select.
typedef double v8d __attribute__((vector_size(64)));
#define LOAD16(v, p) memcpy(&(v), (p), 64)
#define STORE16(p, v) memcpy((p), &(v), 64)
// v < 0 ? 0 : v per lane (NaN kept), and keep ? g : 0 per lane, by the comparison masks.
#define RELU16(v) ((v16f)((v16i)(v) & ~(v16i)((v) < 0.0f)))
#define MASK16(g, keep) ((v16f)((v16i)(g) & (v16i)(keep)))

// The largest k²·H·W for which the tap masks live on the stack (64 KiB); larger shapes take the
// plain loops.
#define CK_MASK_MAX 16384

// mask[(a·k + b)·plane + y·w + x] = all ones where the source pixel (y + a − p, x + b − p) of tap
// (a, b) lies in the image, else 0.
static void tap_masks(int32_t *mask, long h, long w, long k, long p) {
    for (long a = 0; a < k; a++)
        for (long b = 0; b < k; b++) {
            int32_t *m = mask + (a * k + b) * h * w;
            for (long y = 0; y < h; y++)
                for (long x = 0; x < w; x++) {
                    long sy = y + a - p, sx = x + b - p;
                    m[y * w + x] = (sy >= 0 && sy < h && sx >= 0 && sx < w) ? -1 : 0;
                }
        }
}

// im2col: for tap (a, b), with off = (a − p)·w + (b − p), the entry of pixel t of image img is
// src[img·plane + t + off] where the tap's mask is set, else 0: a shifted copy ANDed with the mask
// (sixteen lanes), reading out-of-image entries only where they are still inside the channel's
// images (else the checked scalar loop).
CK_CLONES
void ck_im2col(const float *RESTRICT in, long channel_stride, long channels, long n, long h, long w, long k, long p,
               float *RESTRICT col) {
    long plane = h * w, total = n * plane;
    if (k * k * plane > CK_MASK_MAX) {
        for (long c = 0; c < channels; c++)
            for (long a = 0; a < k; a++)
                for (long b = 0; b < k; b++) {
                    float *dst = col + ((c * k + a) * k + b) * total;
                    for (long img = 0; img < n; img++)
                        for (long y = 0; y < h; y++)
                            for (long x = 0; x < w; x++) {
                                long sy = y + a - p, sx = x + b - p;
                                dst[img * plane + y * w + x] = (sy >= 0 && sy < h && sx >= 0 && sx < w)
                                    ? in[c * channel_stride + img * plane + sy * w + sx] : 0.0f;
                            }
                }
        return;
    }
    int32_t mask[k * k * plane];
    tap_masks(mask, h, w, k, p);
    for (long c = 0; c < channels; c++) {
        const float *src = in + c * channel_stride;
        for (long tap = 0; tap < k * k; tap++) {
            float *dst = col + (c * k * k + tap) * total;
            const int32_t *m = mask + tap * plane;
            long off = (tap / k - p) * w + (tap % k - p);
            for (long img = 0; img < n; img++) {
                const float *s = src + img * plane + off;
                float *d = dst + img * plane;
                long t = 0;
                if (img * plane + off >= 0 && img * plane + off + plane <= total) {
                    for (; t + 16 <= plane; t += 16) {
                        v16f v; v16i mv; LOAD16(v, s + t); LOAD16(mv, m + t);
                        v = (v16f)((v16i)v & mv);
                        STORE16(d + t, v);
                    }
                }
                for (; t < plane; t++) d[t] = m[t] ? s[t] : 0.0f;
            }
        }
    }
}

// col2im: for each channel, in (+)= Σ_{taps in order} of the tap's row shifted back by off, masked:
// in[img·plane + t + off] += dcol[img·plane + t] for the pixels t where the tap's mask is set (the
// vector loop adds 0 at the others, which lie inside the channel's images).
CK_CLONES
void ck_col2im(const float *RESTRICT col, long channels, long n, long h, long w, long k, long p, float *RESTRICT in,
               long channel_stride, int accumulate) {
    long plane = h * w, total = n * plane;
    int use_mask = k * k * plane <= CK_MASK_MAX;
    int32_t mask[use_mask ? k * k * plane : 1];
    if (use_mask) tap_masks(mask, h, w, k, p);
    for (long c = 0; c < channels; c++) {
        float *dst = in + c * channel_stride;
        if (!accumulate) for (long j = 0; j < total; j++) dst[j] = 0.0f;
        for (long tap = 0; tap < k * k; tap++) {
            const float *src = col + (c * k * k + tap) * total;
            long a = tap / k, b = tap % k, off = (a - p) * w + (b - p);
            for (long img = 0; img < n; img++) {
                const float *s = src + img * plane;
                float *d = dst + img * plane + off;
                if (!use_mask) {
                    for (long y = 0; y < h; y++)
                        for (long x = 0; x < w; x++) {
                            long sy = y + a - p, sx = x + b - p;
                            if (sy >= 0 && sy < h && sx >= 0 && sx < w) d[y * w + x] += s[y * w + x];
                        }
                    continue;
                }
                const int32_t *m = mask + tap * plane;
                long t = 0;
                if (img * plane + off >= 0 && img * plane + off + plane <= total) {
                    for (; t + 16 <= plane; t += 16) {
                        v16f v, o; v16i mv; LOAD16(v, s + t); LOAD16(mv, m + t); LOAD16(o, d + t);
                        o = o + (v16f)((v16i)v & mv);
                        STORE16(d + t, o);
                    }
                }
                for (; t < plane; t++) if (m[t]) d[t] += s[t];
            }
        }
    }
}

// Σ of x[0..<n] in float: sixteen partial sums s_l = Σ_{i ≡ l mod 16} x[i] (over the whole
// blocks), combined pairwise, then the tail in order.
static inline float sum16(const float *RESTRICT x, long n) {
    float acc[16] = {0};
    long i = 0;
    for (; i + 16 <= n; i += 16)
        for (int l = 0; l < 16; l++) acc[l] += x[i + l];
    for (int s = 8; s >= 1; s /= 2)
        for (int l = 0; l < s; l++) acc[l] += acc[l + s];
    float t = acc[0];
    for (; i < n; i++) t += x[i];
    return t;
}

CK_CLONES
void ck_row_sums(const float *RESTRICT x, long rows, long cols, float *RESTRICT out) {
    for (long r = 0; r < rows; r++) out[r] += sum16(x + r * cols, cols);
}

// Σ (double)x[i] and Σ ((double)x[i] − mean)² with eight double lanes per half (sixteen partial sums,
// combined in a fixed order), then the tail in order.
static inline double sum_double(const float *x, long m, double mean, int squares) {
    v8d a0 = {0}, a1 = {0};
    long i = 0;
    for (; i + 16 <= m; i += 16) {
        v16f v; LOAD16(v, x + i);
        v8f lo = __builtin_shufflevector(v, v, 0, 1, 2, 3, 4, 5, 6, 7);
        v8f hi = __builtin_shufflevector(v, v, 8, 9, 10, 11, 12, 13, 14, 15);
        v8d dl = __builtin_convertvector(lo, v8d), dh = __builtin_convertvector(hi, v8d);
        if (squares) { dl = dl - mean; dh = dh - mean; a0 += dl * dl; a1 += dh * dh; }
        else { a0 += dl; a1 += dh; }
    }
    v8d a = a0 + a1;
    double t = ((a[0] + a[4]) + (a[2] + a[6])) + ((a[1] + a[5]) + (a[3] + a[7]));
    for (; i < m; i++) {
        double d = (double)x[i];
        if (squares) { d -= mean; t += d * d; } else t += d;
    }
    return t;
}

CK_CLONES
void ck_batchnorm_forward(const float *x, long channels, long m, const float *RESTRICT gamma,
                          const float *RESTRICT beta, float epsilon, int relu, float *RESTRICT normalized,
                          float *y, float *RESTRICT inverse_std, float *RESTRICT mean_out,
                          float *RESTRICT variance_out) {
    for (long c = 0; c < channels; c++) {
        const float *src = x + c * m;
        float *xh = normalized + c * m, *dst = y + c * m;
        double mean = sum_double(src, m, 0, 0) / (double)m;
        double variance = sum_double(src, m, mean, 1) / (double)m;
        float inv = (float)(1.0 / __builtin_sqrt(variance + (double)epsilon));
        float mu = (float)mean, g = gamma[c], bt = beta[c];
        long i = 0;
        for (; i + 16 <= m; i += 16) {
            v16f v; LOAD16(v, src + i);
            v = (v - mu) * inv;
            v16f o = g * v + bt;
            if (relu) o = RELU16(o);
            STORE16(xh + i, v);
            STORE16(dst + i, o);
        }
        for (; i < m; i++) {
            float v = (src[i] - mu) * inv;
            float o = g * v + bt;
            xh[i] = v;
            dst[i] = relu && o < 0.0f ? 0.0f : o;
        }
        inverse_std[c] = inv;
        mean_out[c] = mu;
        variance_out[c] = (float)variance;
    }
}

CK_CLONES
void ck_batchnorm_backward(const float *dy, const float *RESTRICT relu_output, const float *RESTRICT normalized,
                           long channels, long m, const float *RESTRICT gamma, const float *RESTRICT inverse_std,
                           float *RESTRICT gamma_grad, float *RESTRICT beta_grad, float *dx) {
    for (long c = 0; c < channels; c++) {
        const float *d = dy + c * m, *xh = normalized + c * m;
        const float *r = relu_output ? relu_output + c * m : 0;
        float *out = dx + c * m;
        v16f a1 = {0}, a2 = {0};
        long i = 0;
        for (; i + 16 <= m; i += 16) {
            v16f g, x; LOAD16(g, d + i); LOAD16(x, xh + i);
            if (r) { v16f rv; LOAD16(rv, r + i); g = MASK16(g, rv > 0.0f); }
            a1 += g; a2 += g * x;
        }
        float p1[16], p2[16];
        STORE16(p1, a1); STORE16(p2, a2);
        for (int s = 8; s >= 1; s /= 2)
            for (int l = 0; l < s; l++) { p1[l] += p1[l + s]; p2[l] += p2[l + s]; }
        float sd = p1[0], sdx = p2[0];
        for (long j = i; j < m; j++) {
            float g = (!r || r[j] > 0.0f) ? d[j] : 0.0f;
            sd += g; sdx += g * xh[j];
        }
        gamma_grad[c] += sdx;
        beta_grad[c] += sd;
        float md = sd / (float)m, mdx = sdx / (float)m;
        float kc = gamma[c] * inverse_std[c];
        for (i = 0; i + 16 <= m; i += 16) {
            v16f g, x; LOAD16(g, d + i); LOAD16(x, xh + i);
            if (r) { v16f rv; LOAD16(rv, r + i); g = MASK16(g, rv > 0.0f); }
            v16f o = kc * ((g - md) - x * mdx);
            STORE16(out + i, o);
        }
        for (; i < m; i++) {
            float g = (!r || r[i] > 0.0f) ? d[i] : 0.0f;
            out[i] = kc * ((g - md) - xh[i] * mdx);
        }
    }
}

CK_CLONES
void ck_relu(float *x, long count) {
    long i = 0;
    for (; i + 16 <= count; i += 16) { v16f v; LOAD16(v, x + i); v = RELU16(v); STORE16(x + i, v); }
    for (; i < count; i++) x[i] = x[i] < 0.0f ? 0.0f : x[i];
}

CK_CLONES
void ck_relu_backward(const float *RESTRICT y, float *RESTRICT grad, long count) {
    long i = 0;
    for (; i + 16 <= count; i += 16) {
        v16f v, g; LOAD16(v, y + i); LOAD16(g, grad + i);
        g = MASK16(g, v > 0.0f);
        STORE16(grad + i, g);
    }
    for (; i < count; i++) grad[i] = y[i] > 0.0f ? grad[i] : 0.0f;
}

CK_CLONES
void ck_pool2_forward(const float *RESTRICT x, long planes, long h, long w, int max, float *RESTRICT y,
                      int32_t *RESTRICT argmax) {
    long oh = h / 2, ow = w / 2;
    for (long q = 0; q < planes; q++) {
        const float *src = x + q * h * w;
        float *dst = y + q * oh * ow;
        for (long i = 0; i < oh; i++) {
            const float *r0 = src + 2 * i * w, *r1 = r0 + w;
            float *o = dst + i * ow;
            if (!max) {
                for (long j = 0; j < ow; j++) o[j] = 0.25f * (((r0[2 * j] + r0[2 * j + 1]) + r1[2 * j]) + r1[2 * j + 1]);
                continue;
            }
            int32_t *ai = argmax + q * oh * ow + i * ow;
            for (long j = 0; j < ow; j++) {
                int32_t i0 = (int32_t)(2 * i * w + 2 * j);
                int32_t best = i0;
                float bv = src[i0];
                if (src[i0 + 1] > bv) { best = i0 + 1; bv = src[best]; }
                if (src[i0 + w] > bv) { best = i0 + (int32_t)w; bv = src[best]; }
                if (src[i0 + w + 1] > bv) { best = i0 + (int32_t)w + 1; bv = src[best]; }
                o[j] = bv;
                ai[j] = best;
            }
        }
    }
}

CK_CLONES
void ck_pool2_backward(const float *RESTRICT dy, long planes, long h, long w, int max, const int32_t *RESTRICT argmax,
                       float *RESTRICT dx) {
    long oh = h / 2, ow = w / 2;
    for (long q = 0; q < planes; q++) {
        const float *g = dy + q * oh * ow;
        float *d = dx + q * h * w;
        if (max) {
            const int32_t *am = argmax + q * oh * ow;
            for (long i = 0; i < h * w; i++) d[i] = 0.0f;
            for (long i = 0; i < oh * ow; i++) d[am[i]] += g[i];
            continue;
        }
        for (long i = 0; i < oh; i++) {
            float *r0 = d + 2 * i * w, *r1 = r0 + w;
            for (long j = 0; j < ow; j++) {
                float v = 0.25f * g[i * ow + j];
                r0[2 * j] = v; r0[2 * j + 1] = v; r1[2 * j] = v; r1[2 * j + 1] = v;
            }
        }
    }
}

// The forward of a one-channel 3×3 conv (K = Cin·k² = 9 rows of col) in the GEMM's place: with
// k = 9 the product is bound by writing y, and the GEMM needs y filled with the bias first (one
// more pass over y) and packs the thin col block. Here the nine col rows of a sixteen-column chunk
// stay in registers, every output channel reuses them, and y is written once, bias included; the
// products and sums are those of the GEMM (2·Cout·9 FLOPs per column), in another order.
#define CK_SMALL_K 9

// y[o·ldy + j] = bias[o] + Σ_{t < 9} W[o·9 + t]·col[t·cols + j] (t in order), j < cols.
CK_CLONES
int ck_conv_k9_forward(const float *RESTRICT weights, const float *RESTRICT bias, const float *RESTRICT col, long m,
                       long k, long cols, float *RESTRICT y, long ldy) {
    if (k != CK_SMALL_K) return -1;
    long j = 0;
    for (; j + 16 <= cols; j += 16) {
        v16f cv[CK_SMALL_K];
        for (int t = 0; t < CK_SMALL_K; t++) LOAD16(cv[t], col + t * cols + j);
        for (long o = 0; o < m; o++) {
            const float *wo = weights + o * CK_SMALL_K;
            v16f acc = (v16f){0} + bias[o];
            for (int t = 0; t < CK_SMALL_K; t++) acc = acc + wo[t] * cv[t];
            STORE16(y + o * ldy + j, acc);
        }
    }
    for (; j < cols; j++)
        for (long o = 0; o < m; o++) {
            float acc = bias[o];
            for (int t = 0; t < CK_SMALL_K; t++) acc = acc + weights[o * CK_SMALL_K + t] * col[t * cols + j];
            y[o * ldy + j] = acc;
        }
    return 0;
}

// Batch norm, ReLU and 2×2 average pooling of the blocks before the last, in one pass per channel:
// the rectified map r = ReLU(γ x̂ + β) of a channel goes to `scratch` (m floats, reused per channel,
// so it stays in cache) and only x̂ and the pooled map go to memory — the full-size r is never
// written out or read back. Same operations per element as ck_batchnorm_forward(relu = 1) followed
// by ck_pool2_forward(average).
CK_CLONES
void ck_batchnorm_relu_avgpool_forward(const float *x, long channels, long n, long h, long w, const float *gamma,
                                       const float *beta, float epsilon, float *normalized, float *scratch, float *pooled,
                                       float *inverse_std, float *mean_out, float *variance_out) {
    long m = n * h * w;
    for (long c = 0; c < channels; c++) {
        ck_batchnorm_forward(x + c * m, 1, m, gamma + c, beta + c, epsilon, 1, normalized + c * m, scratch,
                             inverse_std + c, mean_out + c, variance_out + c);
        ck_pool2_forward(scratch, n, h, w, 0, pooled + c * (m / 4), 0);
    }
}

// The backward of the pass above, from ∂L/∂pooled: per channel, δ_r = ¼·∂L/∂pooled spread over each
// window (into `scratch`), masked by the ReLU's [r > 0] with r recomputed from x̂ as γ x̂ + β (the
// forward's operations, so the same bits), then batch norm's backward into dx. Same values as
// ck_pool2_backward(average), ReLU backward and ck_batchnorm_backward.
CK_CLONES
void ck_batchnorm_relu_avgpool_backward(const float *pooled_grad, const float *normalized, long channels, long n, long h,
                                        long w, const float *gamma, const float *beta, const float *inverse_std,
                                        float *gamma_grad, float *beta_grad, float *scratch, float *dx) {
    long m = n * h * w;
    for (long c = 0; c < channels; c++) {
        const float *xh = normalized + c * m;
        ck_pool2_backward(pooled_grad + c * (m / 4), n, h, w, 0, 0, scratch);
        float g = gamma[c], bt = beta[c];
        long i = 0;
        for (; i + 16 <= m; i += 16) {
            v16f v, d; LOAD16(v, xh + i); LOAD16(d, scratch + i);
            v16f r = RELU16(g * v + bt);
            d = MASK16(d, r > 0.0f);
            STORE16(scratch + i, d);
        }
        for (; i < m; i++) {
            float o = g * xh[i] + bt;
            float r = o < 0.0f ? 0.0f : o;
            scratch[i] = r > 0.0f ? scratch[i] : 0.0f;
        }
        ck_batchnorm_backward(scratch, 0, xh, 1, m, gamma + c, inverse_std + c, gamma_grad + c, beta_grad + c, dx + c * m);
    }
}
