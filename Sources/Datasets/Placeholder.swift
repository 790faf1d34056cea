// Module Datasets: see README.md (Architecture).
enum _DatasetsPlaceholder {}
