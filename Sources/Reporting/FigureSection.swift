import Claims

/// One element of the list `report.md` loops over to include each figure's partial, in page order:
/// `{{#figureSections}}{{>*partial}}{{/figureSections}}`. Mustache reads the stored properties by name.
struct FigureSection: Encodable {
    /// The partial to include, `figures/<id>` (``FigureID/partialName``).
    let partial: String

    init(_ figure: FigureID) { partial = figure.partialName }
}
