// Batch gather with software prefetch. The rows are random blocks of a training set larger than the
// caches; the hardware prefetcher does not cross 4 KB pages, so each new block would start with
// demand misses. While copying line o of the gather (counted over the concatenated output), the
// line `CK_GATHER_AHEAD` lines further on — usually in the next block — is prefetched.
#include "ckernels.h"
#include <string.h>

#define CK_GATHER_AHEAD 96   // cache lines (6 KB) ahead

void ck_gather(float *dst, const float *src, const long *indices, size_t count, size_t row_floats) {
    size_t row_bytes = row_floats * sizeof(float);
    const char *s = (const char *)src;
    char *d = (char *)dst;
    if (count == 0 || row_bytes == 0) return;
    // The prefetch cursor: block pi, byte po within it; it runs CK_GATHER_AHEAD lines ahead of the copy.
    size_t pi = 0, po = 0;
    for (size_t k = 0; k < CK_GATHER_AHEAD && pi < count; k++) {
        __builtin_prefetch(s + (size_t)indices[pi] * row_bytes + po, 0, 3);
        po += 64;
        if (po >= row_bytes) { po = 0; pi++; }
    }
    for (size_t i = 0; i < count; i++) {
        const char *from = s + (size_t)indices[i] * row_bytes;
        char *to = d + i * row_bytes;
        size_t o = 0;
        for (; o + 64 <= row_bytes; o += 64) {
            if (pi < count) {
                __builtin_prefetch(s + (size_t)indices[pi] * row_bytes + po, 0, 3);
                po += 64;
                if (po >= row_bytes) { po = 0; pi++; }
            }
            memcpy(to + o, from + o, 64);
        }
        if (o < row_bytes) memcpy(to + o, from + o, row_bytes - o);
    }
}
