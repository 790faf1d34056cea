// Module Experiments: see README.md (Architecture).
enum _ExperimentsPlaceholder {}
