#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver (compiler-rt, linked by -sanitize=fuzzer): runs the fuzzing loop with the
/// command-line flags in argc/argv on `callback`. Declared here because SwiftPM names an
/// executable's entry point `<module>_main`, so each target calls the driver from there.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
