/// The page's own values in the Mustache context of `templates/report.md` (``TemplateContext``, built
/// by ``ReportContext/make(_:blocks:figures:)``; the sections' values are their own ``SectionContext``s):
/// numbers as formatted strings, trusted HTML (tables, badges, figures) as block tokens, lists for
/// sections. Mustache reads the stored properties by name (`{{seeds}}`, `{{provenance.commit}}`,
/// `{{#methods}}…{{/methods}}`), so these fields are the names a template may use at the top level,
/// and a name misspelt here does not compile where the context is built.
struct PageContext: Encodable {
    /// One pruning variant of Fig 6, `{{#variants}}- {{label}} (`{{key}}`){{/variants}}`.
    struct Variant: Encodable {
        let label: String
        let key: String
    }

    /// The provenance lines, `{{provenance.tool}}`, ….
    struct ProvenanceLines: Encodable {
        let tool: String
        let commit: String
        let swift: String
        let blas: String
        let runs: String
        let digest: String
        /// The commit's date, "unknown" without one; `year` is its first four characters.
        let date: String
        let year: String
        /// Whether the modelled cost (`cpuHours` at the rate in `calibration`) is known.
        let hasCost: Bool
        let cpuHours: String
        let calibration: String
    }

    let profile: String
    let seeds: String
    let epsGrid: String
    let nsrs: String
    let d: String
    let d1: String
    let L: String
    let m: String
    let K: String
    let T: String
    let eta: String
    let tau: String
    let trajectorySteps: String
    let sigma2: String
    let minorityCount: String
    let p0: String
    let claimCount: String
    let subTestCount: String
    let convention: String
    let passCount: String
    let failCount: String
    let inconclusiveCount: String
    /// Chart id → block token of the rendered figure, `{{{figures.fig6}}}`.
    let figures: [String: String]
    /// The figure partials in page order (``ReportBuilder/figureSectionsKey``).
    let figureSections: [FigureSection]
    let claims: ClaimLists
    let ledger: String
    let glance: String
    let assumptions: String
    let variants: [Variant]
    let provenance: ProvenanceLines

}
