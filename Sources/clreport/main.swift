import ReportCLI

ClReport.main()
