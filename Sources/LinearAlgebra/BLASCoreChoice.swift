import CKernels
import Glibc

/// Which OpenBLAS kernel family the program runs, and why.
///
/// OpenBLAS reads `OPENBLAS_CORETYPE` once, when the library loads (before `main`), so a process can
/// change its kernel family only by re-executing itself with the variable set (`reexec`). Which
/// family is faster depends on the CPU: on an Intel AVX-512 CPU the SkylakeX kernels gave about 2×
/// the Haswell kernels' SGEMM rate (236 against 124 GFLOP/s), on a 2-core AMD EPYC VM with AVX-512
/// they were slower (93 against 106). `clreport` measures it (`KernelFamilyCalibration` in
/// ReportCLI). The kernel family changes the last bits of every run; `BLAS.coreName` is in each
/// report's provenance and in the result cache's key.
public enum BLASCoreChoice {
    /// The families tried on a CPU with AVX-512 (`candidates` of the calibration).
    public static let candidates = ["Haswell", "SkylakeX"]
    /// Environment variable recording why `OPENBLAS_CORETYPE` is set when `clreport` set it.
    public static let reasonVariable = "CLREPORT_BLAS_REASON"

    /// Whether the CPU can run every candidate (AVX-512 F/BW/DQ/VL for SkylakeX).
    public static var cpuHasAVX512: Bool { ck_cpu_has_avx512() != 0 }

    /// `OPENBLAS_CORETYPE` as set in the environment (nil when unset or empty).
    public static var pinned: String? {
        guard let v = getenv("OPENBLAS_CORETYPE"), v[0] != 0 else { return nil }
        return String(cString: v)
    }

    /// Why this process runs `BLAS.coreName`, in words for the provenance and `bench`.
    public static var reason: String {
        guard pinned != nil else { return "OpenBLAS's own choice" }
        switch getenv(reasonVariable).map({ String(cString: $0) }) {
        case "calibration": return "the faster family in this machine's calibration"
        case "openblas": return "OpenBLAS's own choice"
        default: return "set by OPENBLAS_CORETYPE"
        }
    }

    /// The reason's tag to pass on with the kernel family to processes elsewhere (Slurm tasks pin
    /// `OPENBLAS_CORETYPE` to this machine's family): "calibration", "openblas", or nil when the
    /// user set the variable.
    public static var reasonTag: String? {
        guard pinned != nil else { return "openblas" }
        return getenv(reasonVariable).map { String(cString: $0) }
    }

    /// Re-executes this program (/proc/self/exe, same argv) with `OPENBLAS_CORETYPE = core` and the
    /// reason recorded; returns only if exec failed (the variables are then unset again).
    public static func reexec(core: String, reason: String) {
        setenv("OPENBLAS_CORETYPE", core, 1)
        setenv(reasonVariable, reason, 1)
        execv("/proc/self/exe", CommandLine.unsafeArgv)
        unsetenv("OPENBLAS_CORETYPE")
        unsetenv(reasonVariable)
    }
}
