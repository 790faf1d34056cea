import ArgumentParser
import RunCache

/// `--cache`: the result-cache folder, declared once for every command that reads or writes runs
/// (`report`, `figure`, `embed`, `plan`, `run`, `slurm` through `ReportOptions`; `verify`; `bench`).
struct CacheOptions: ParsableArguments {
    @Option(help: "Result cache folder.") var cache: String = ResultCache.defaultFolder
}
