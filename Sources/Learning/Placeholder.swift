// Module Learning: see README.md (Architecture).
enum _LearningPlaceholder {}
