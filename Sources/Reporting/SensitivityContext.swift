/// The `{{#sensitivity}}` section of the page (`templates/figures/fig9.md`, ``Figure9``): the table
/// of headline numbers as a block token. Absent when the sensitivity sweep did not run.
struct SensitivityContext: SectionContext {
    static let key = "sensitivity"

    let table: String
}
