// SGEMMs whose large operand is a list of rows scattered through memory — the rows of a training set
// that one batch picks — without gathering them into a batch first.
//
// OpenBLAS's level-3 driver copies ("packs") blocks of both operands into panels and runs its micro-kernel
// on the panels. Here the rows are packed straight from where they lie into those panels, and OpenBLAS's
// own SGEMM micro-kernel (`sgemm_kernel_HASWELL`, looked up in the loaded library) does every
// multiplication and addition, with the driver's blocking and call pattern. Packing moves data and does
// no arithmetic, so the result is bit for bit what `cblas_sgemm` gives on a gathered copy; the caller
// (Swift `RowGEMM`) checks exactly that for each shape before using these routines and keeps the gather
// and `cblas_sgemm` otherwise.
//
// The constants are those of OpenBLAS 0.3.21's Haswell SGEMM: K blocks of Q = 320, M blocks of P = 320,
// an 8 × 4 micro-kernel (A panels 8 rows wide, B slivers 4 columns wide, narrower panels at the edges).
// Another OpenBLAS version or kernel family fails the caller's check.
//
// Internally everything is column-major, as in OpenBLAS: C_int (Mi × Ni, leading dimension ldc) =
// A_int (Mi × Ki) · B_int (Ki × Ni).
#include "ckernels.h"
#include <dlfcn.h>
#include <string.h>
#include <stdlib.h>
#include <immintrin.h>

#define RG_P 320      // M block (OpenBLAS SGEMM_P, Haswell)
#define RG_Q 320      // K block (SGEMM_Q)
#define RG_UM 8       // micro-kernel rows (SGEMM_UNROLL_M)
#define RG_UN 4       // micro-kernel columns (SGEMM_UNROLL_N)
#define RG_MAX_N 4096 // one N block (OpenBLAS's SGEMM_R is far larger); wider problems are refused

typedef int (*rg_kernel_fn)(long m, long n, long k, float alpha, float *a, float *b, float *c, long ldc);

static rg_kernel_fn rg_kernel(void) {
    static rg_kernel_fn cached = NULL;
    rg_kernel_fn k = __atomic_load_n(&cached, __ATOMIC_ACQUIRE);
    if (k == NULL) {
        k = (rg_kernel_fn)dlsym(RTLD_DEFAULT, "sgemm_kernel_HASWELL");
        __atomic_store_n(&cached, k, __ATOMIC_RELEASE);
    }
    return k;
}

// 1 when the CPU has AVX2 and FMA and the loaded OpenBLAS exports the kernel.
static int rg_available(void) {
#if defined(__x86_64__) && (defined(__clang__) || defined(__GNUC__))
    __builtin_cpu_init();
    if (!__builtin_cpu_supports("avx2") || !__builtin_cpu_supports("fma")) return 0;
    return rg_kernel() != NULL;
#else
    return 0;
#endif
}

struct ck_rowgemm_ws { float *sa, *sb; long n_max; };

ck_rowgemm_ws *ck_rowgemm_workspace(long n_max) {
    if (n_max < 1 || n_max > RG_MAX_N || !rg_available()) return NULL;
    ck_rowgemm_ws *w = calloc(1, sizeof *w);
    if (w == NULL) return NULL;
    long nr = (n_max + RG_UN - 1) / RG_UN * RG_UN;
    // The micro-kernel prefetches past the end of its panels: room to spare, page-aligned.
    if (posix_memalign((void **)&w->sa, 4096, sizeof(float) * (RG_P * RG_Q + 4096)) != 0) w->sa = NULL;
    if (posix_memalign((void **)&w->sb, 4096, sizeof(float) * (RG_Q * nr + 4096)) != 0) w->sb = NULL;
    if (w->sa == NULL || w->sb == NULL) { ck_rowgemm_workspace_free(w); return NULL; }
    w->n_max = n_max;
    return w;
}

void ck_rowgemm_workspace_free(ck_rowgemm_ws *w) {
    if (w == NULL) return;
    free(w->sa);
    free(w->sb);
    free(w);
}

// The driver's K block: Q, or half the rest (rounded up to UM) when the rest is between Q and 2Q.
static long rg_k_block(long rest) {
    if (rest >= 2 * RG_Q) return RG_Q;
    if (rest > RG_Q) return ((rest / 2 + RG_UM - 1) / RG_UM) * RG_UM;
    return rest;
}

// The driver's M block, with the same rule and P.
static long rg_m_block(long rest) {
    if (rest >= 2 * RG_P) return RG_P;
    if (rest > RG_P) return ((rest / 2 + RG_UM - 1) / RG_UM) * RG_UM;
    return rest;
}

// B_int[k][j] = src[j·lds + k] for k in [ls, ls + kc), j < n: slivers of 4 columns, then 2, then 1;
// within a sliver of width w, for each k the w values.
static void rg_pack_b(const float *src, long lds, long ls, long kc, long n, float *sb) {
    long j = 0;
    for (; j + 4 <= n; j += 4) {
        const float *r0 = src + j * lds + ls, *r1 = r0 + lds, *r2 = r1 + lds, *r3 = r2 + lds;
        for (long k = 0; k < kc; k++) { sb[0] = r0[k]; sb[1] = r1[k]; sb[2] = r2[k]; sb[3] = r3[k]; sb += 4; }
    }
    for (long w = 2; w >= 1; w /= 2) {
        if (n - j < w) continue;
        for (long k = 0; k < kc; k++) for (long q = 0; q < w; q++) *sb++ = src[(j + q) * lds + ls + k];
        j += w;
    }
}

// Eight rows, columns [ls, ls + kc), transposed into a panel: sa[k·8 + q] = rows[q][ls + k]. While it
// works it prefetches the same columns of the eight rows `next` (NULL: none) into L2 (measured: a few
// per cent faster than into L1 on the paper's rows).
__attribute__((target("avx2")))
static void rg_pack_rows8(const float *const *rows, const float *const *next, long ls, long kc, float *sa) {
    long k = 0;
    for (; k + 8 <= kc; k += 8) {
        if (next != NULL && (k & 15) == 0)
            for (int q = 0; q < 8; q++) _mm_prefetch((const char *)(next[q] + ls + k), _MM_HINT_T1);
        __m256 x0 = _mm256_loadu_ps(rows[0] + ls + k), x1 = _mm256_loadu_ps(rows[1] + ls + k);
        __m256 x2 = _mm256_loadu_ps(rows[2] + ls + k), x3 = _mm256_loadu_ps(rows[3] + ls + k);
        __m256 x4 = _mm256_loadu_ps(rows[4] + ls + k), x5 = _mm256_loadu_ps(rows[5] + ls + k);
        __m256 x6 = _mm256_loadu_ps(rows[6] + ls + k), x7 = _mm256_loadu_ps(rows[7] + ls + k);
        __m256 t0 = _mm256_unpacklo_ps(x0, x1), t1 = _mm256_unpackhi_ps(x0, x1);
        __m256 t2 = _mm256_unpacklo_ps(x2, x3), t3 = _mm256_unpackhi_ps(x2, x3);
        __m256 t4 = _mm256_unpacklo_ps(x4, x5), t5 = _mm256_unpackhi_ps(x4, x5);
        __m256 t6 = _mm256_unpacklo_ps(x6, x7), t7 = _mm256_unpackhi_ps(x6, x7);
        __m256 s0 = _mm256_shuffle_ps(t0, t2, 0x44), s1 = _mm256_shuffle_ps(t0, t2, 0xEE);
        __m256 s2 = _mm256_shuffle_ps(t1, t3, 0x44), s3 = _mm256_shuffle_ps(t1, t3, 0xEE);
        __m256 s4 = _mm256_shuffle_ps(t4, t6, 0x44), s5 = _mm256_shuffle_ps(t4, t6, 0xEE);
        __m256 s6 = _mm256_shuffle_ps(t5, t7, 0x44), s7 = _mm256_shuffle_ps(t5, t7, 0xEE);
        float *o = sa + k * 8;
        _mm256_storeu_ps(o + 0, _mm256_permute2f128_ps(s0, s4, 0x20));
        _mm256_storeu_ps(o + 8, _mm256_permute2f128_ps(s1, s5, 0x20));
        _mm256_storeu_ps(o + 16, _mm256_permute2f128_ps(s2, s6, 0x20));
        _mm256_storeu_ps(o + 24, _mm256_permute2f128_ps(s3, s7, 0x20));
        _mm256_storeu_ps(o + 32, _mm256_permute2f128_ps(s0, s4, 0x31));
        _mm256_storeu_ps(o + 40, _mm256_permute2f128_ps(s1, s5, 0x31));
        _mm256_storeu_ps(o + 48, _mm256_permute2f128_ps(s2, s6, 0x31));
        _mm256_storeu_ps(o + 56, _mm256_permute2f128_ps(s3, s7, 0x31));
    }
    for (; k < kc; k++) for (int q = 0; q < 8; q++) sa[k * 8 + q] = rows[q][ls + k];
}

// A_int[i][k] = rows[i][k] (A_int's rows are the listed rows), block rows [is, is + mi), columns
// [ls, ls + kc): panels of 8 rows, then 4, 2, 1; within a panel of width w, for each k the w values.
static void rg_pack_a_rows(const float *const *rows, long nrows, long ls, long kc, long is, long mi, float *sa) {
    long i = is, end = is + mi;
    for (; i + 8 <= end; i += 8) {
        const float *const *next = (i + 16 <= nrows) ? rows + i + 8 : NULL;
        rg_pack_rows8(rows + i, next, ls, kc, sa);
        sa += 8 * kc;
    }
    for (long w = 4; w >= 1; w /= 2) {
        if (end - i < w) continue;
        for (long k = 0; k < kc; k++) for (long q = 0; q < w; q++) *sa++ = rows[i + q][ls + k];
        i += w;
    }
}

// A_int[i][k] = rows[k][i] (A_int's columns are the listed rows), block rows [is, is + mi), columns
// [ls, ls + kc): the same panel layout. Eight listed rows at a time (the next eight prefetched), each
// panel gets their eight-float pieces as one contiguous 256-byte run — going row by row instead
// scatters 32-byte stores 8·kc floats apart, which land in two L1 sets.
__attribute__((target("avx2")))
static void rg_pack_a_cols(const float *const *rows, long ls, long kc, long is, long mi, float *sa) {
    long full = mi / 8 * 8, k = 0;
    for (; k + 8 <= kc; k += 8) {
        const float *src[8];
        for (int q = 0; q < 8; q++) src[q] = rows[ls + k + q] + is;
        if (k + 16 <= kc)
            for (int q = 0; q < 8; q++) {
                const char *n = (const char *)(rows[ls + k + 8 + q] + is);
                for (long o = 0; o < mi * (long)sizeof(float); o += 64) _mm_prefetch(n + o, _MM_HINT_T0);
            }
        float *d = sa + k * 8;
        for (long i = 0; i < full; i += 8, d += 8 * kc)
            for (int q = 0; q < 8; q++) _mm256_storeu_ps(d + 8 * q, _mm256_loadu_ps(src[q] + i));
    }
    for (; k < kc; k++) {
        const float *src = rows[ls + k] + is;
        float *d = sa + k * 8;
        for (long i = 0; i < full; i += 8, d += 8 * kc) _mm256_storeu_ps(d, _mm256_loadu_ps(src + i));
    }
    // The narrower panels at the block's edge (4, 2, 1 rows of A_int).
    float *r = sa + full * kc;
    long i = full;
    for (long w = 4; w >= 1; w /= 2) {
        if (mi - i < w) continue;
        for (long kk = 0; kk < kc; kk++) for (long q = 0; q < w; q++) r[kk * w + q] = rows[ls + kk][is + i + q];
        r += w * kc;
        i += w;
    }
}

enum rg_a_kind { RG_A_ROWS, RG_A_COLS };

// The level-3 driver's loops for one thread: β = 0 clears C; per K block the B block is packed, then
// per M block the A block, and the kernel runs — on the first M block one chunk of columns at a time
// (12 while 12 are left, then 4, then the rest), as the driver interleaves packing B with the kernel there.
static void rg_drive(long Mi, long Ni, long Ki, enum rg_a_kind kind, const float *const *rows,
                     const float *b, long ldb, float *c, long ldc, ck_rowgemm_ws *ws) {
    rg_kernel_fn kernel = rg_kernel();
    for (long j = 0; j < Ni; j++) memset(c + j * ldc, 0, sizeof(float) * (size_t)Mi);
    for (long ls = 0, kc; ls < Ki; ls += kc) {
        kc = rg_k_block(Ki - ls);
        rg_pack_b(b, ldb, ls, kc, Ni, ws->sb);
        for (long is = 0, mi; is < Mi; is += mi) {
            mi = rg_m_block(Mi - is);
            if (kind == RG_A_ROWS) rg_pack_a_rows(rows, Mi, ls, kc, is, mi, ws->sa);
            else rg_pack_a_cols(rows, ls, kc, is, mi, ws->sa);
            if (is == 0) {
                for (long jj = 0, nj; jj < Ni; jj += nj) {
                    nj = Ni - jj;
                    if (nj >= 3 * RG_UN) nj = 3 * RG_UN;
                    else if (nj > RG_UN) nj = RG_UN;
                    kernel(mi, nj, kc, 1.0f, ws->sa, ws->sb + jj * kc, c + is + jj * ldc, ldc);
                }
            } else {
                kernel(mi, Ni, kc, 1.0f, ws->sa, ws->sb, c + is, ldc);
            }
        }
    }
}

int ck_rowgemm_forward(long m, long n, long d, const float *w, const float *const *rows, float *c, long ldc,
                       ck_rowgemm_ws *ws) {
    if (ws == NULL || m > ws->n_max) return -1;
    // Row-major C (m × n) = W (m × d) · Rᵀ is column-major C_int (n × m) = R (n × d) · Wᵀ.
    rg_drive(n, m, d, RG_A_ROWS, rows, w, d, c, ldc, ws);
    return 0;
}

int ck_rowgemm_weight_gradient(long m, long n, long d, const float *g, long ldg, const float *const *rows, float *c,
                               ck_rowgemm_ws *ws) {
    if (ws == NULL || m > ws->n_max) return -1;
    // Row-major C (m × d) = G (m × n) · R (n × d) is column-major C_int (d × m) = Rᵀ (d × n) · Gᵀ (n × m).
    rg_drive(d, m, n, RG_A_COLS, rows, g, ldg, c, d, ws);
    return 0;
}
