import ArgumentParser
import RunCache

/// `--jobs`: parallel runs, declared once with its bound (`ReportOptions`, `train`).
struct JobsOptions: ParsableArguments {
    @Option(help: "Parallel runs (default: number of cores).") var jobs: Int = JobPool.defaultJobs

    func validate() throws {
        try CountLimit.jobs.validate(jobs)
    }
}
