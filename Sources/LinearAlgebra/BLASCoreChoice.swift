import CKernels

/// Which OpenBLAS kernel family the program runs (see `ck_select_blas_core` in ckernels.h).
///
/// Debian 12's OpenBLAS 0.3.21 does not know AMD Zen 4 and runs its Haswell (AVX2) kernels there,
/// about half the SGEMM rate the CPU's AVX-512 units give with the SkylakeX kernels (measured on this
/// project's machines: 123 vs 232 GFLOP/s on one core). Later OpenBLAS releases pick SkylakeX on such
/// CPUs; `clreport` does the same by re-executing itself with OPENBLAS_CORETYPE=SkylakeX when the
/// CPU has AVX-512 and the variable is unset. Setting OPENBLAS_CORETYPE yourself (e.g. `Haswell`)
/// keeps your choice. The kernel family changes the last bits of every run; `BLAS.coreName` is in
/// each report's provenance and in the result cache's key.
public enum BLASCoreChoice {
    /// Re-executes the program with the SkylakeX kernels when that is the better choice (does not
    /// return then); otherwise returns and the kernels OpenBLAS chose at load time stay.
    public static func applyForThisCPU() {
        _ = ck_select_blas_core(CommandLine.unsafeArgv)
    }
}
