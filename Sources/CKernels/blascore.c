// Whether this CPU can run OpenBLAS's SkylakeX kernels (see ckernels.h: ck_cpu_has_avx512).
#include "ckernels.h"

int ck_cpu_has_avx512(void) {
#if defined(__x86_64__) && (defined(__clang__) || defined(__GNUC__))
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
           __builtin_cpu_supports("avx512dq") && __builtin_cpu_supports("avx512vl");
#else
    return 0;
#endif
}
