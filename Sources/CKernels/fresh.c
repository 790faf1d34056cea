// One view of a fresh batch, fused per sample: noise, sparse dictionary atoms and the frozen attention
// of each sample are computed in an L1/L2-resident scratch and the attention output is written
// straight into the destination (the trainer's batch). Same operations, in the same order, as
// ck_normals over the whole view + the sparse add + ck_attention, so the bits are identical.
#pragma STDC FP_CONTRACT OFF
#include "vec.h"

// Normals of one continuous request, produced in pieces: `carry` holds the unused tail of the last
// block of 16 (`*ncarry` of them, from index 16 − *ncarry), so consecutive pieces read the stream
// exactly as one request of their total length does.
INLINE void stream_normals(v8u *st, float *out, size_t count, float scale, float *carry, size_t *ncarry) {
    size_t i = 0;
    while (i < count && *ncarry > 0) { out[i++] = carry[16 - *ncarry] * scale; (*ncarry)--; }
    v8f z1, z2;
    for (; i + 32 <= count; i += 32) {
        float t[32];
        normals32(st, t);
        for (size_t l = 0; l < 32; l++) out[i + l] = t[l] * scale;
    }
    for (; i + 16 <= count; i += 16) {
        normals16(st, &z1, &z2);
        z1 *= scale; z2 *= scale;
        memcpy(out + i, &z1, 32); memcpy(out + i + 8, &z2, 32);
    }
    if (i < count) {
        normals16(st, &z1, &z2);
        memcpy(carry, &z1, 32); memcpy(carry + 8, &z2, 32);
        size_t l = 0;
        for (; i < count; i++, l++) out[i] = carry[l] * scale;
        *ncarry = 16 - l;
    }
}

CK_CLONES
void ck_attended_view(ck_lanes *g, float *out, size_t n, size_t L, size_t d1, float sigma,
                      const float *dict, const int32_t *active, const float *signs, const long *row_start,
                      const long *order, float inv_scale, float *scratch) {
    v8u st[4];
    load_state(g, st);
    float carry[16], gram[64 * 64], w[64 * 64];
    size_t ncarry = 0, tokens = L * d1;
    for (size_t s = 0; s < n; s++) {
        // x^(l) = σ·ξ + Σ_{j active in the latents row of token l} z_j·M_j
        if (sigma > 0) stream_normals(st, scratch, tokens, sigma, carry, &ncarry);
        else memset(scratch, 0, tokens * sizeof *scratch);
        for (size_t l = 0; l < L; l++) {
            size_t r = s * L + l;
            long src = order ? order[r] : (long)r;
            float *xr = scratch + l * d1;
            for (long e = row_start[src]; e < row_start[src + 1]; e++) {
                const float *mj = dict + (size_t)active[e] * d1;
                float sg = signs[e];
                for (size_t c = 0; c < d1; c++) xr[c] = xr[c] + sg * mj[c];
            }
        }
        attend_sample(scratch, out + s * tokens, L, d1, inv_scale, gram, w);
    }
    store_state(g, st);
}
