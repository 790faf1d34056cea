// OpenBLAS kernel family for this CPU (see ckernels.h: ck_select_blas_core).
#include "ckernels.h"
#include <stdlib.h>
#include <unistd.h>

// 1 when the CPU (and OS) support AVX-512 F, BW, DQ and VL — what OpenBLAS's SkylakeX kernels need.
static int cpu_has_avx512(void) {
#if defined(__x86_64__) && (defined(__clang__) || defined(__GNUC__))
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
           __builtin_cpu_supports("avx512dq") && __builtin_cpu_supports("avx512vl");
#else
    return 0;
#endif
}

int ck_select_blas_core(char **argv) {
    const char *chosen = getenv("OPENBLAS_CORETYPE");
    if (chosen != NULL && chosen[0] != '\0') return 0;     // the user's (or an earlier exec's) choice
    if (getenv("CLREPORT_BLAS_REEXEC") != NULL) return 0;  // never loop
    if (!cpu_has_avx512()) return 0;
    setenv("OPENBLAS_CORETYPE", "SkylakeX", 1);
    setenv("CLREPORT_BLAS_REEXEC", "1", 1);
    execv("/proc/self/exe", argv);
    // exec failed: go on with the kernels OpenBLAS chose at load time.
    unsetenv("OPENBLAS_CORETYPE");
    return -1;
}
