// Module Reporting: see README.md (Architecture).
enum _ReportingPlaceholder {}
