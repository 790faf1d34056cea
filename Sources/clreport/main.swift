import ReportCLI

ClReport.runMain()
