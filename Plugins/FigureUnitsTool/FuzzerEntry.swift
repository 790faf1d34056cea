/// Never called: libFuzzer's entry, defined so that the tool still links when a package that
/// depends on this one builds every target with `-sanitize=fuzzer` (the Fuzz/ package: SwiftPM
/// passes its -Xswiftc flags to the plugin's tool as well, and the fuzzer runtime linked then
/// needs this symbol). The tool's entry point stays `FigureUnitsTool.main()`.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt { 0 }
