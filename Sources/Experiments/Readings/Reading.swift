import Learning

/// A reading of the paper: one alternative per OPEN choice (`ReadingChoice.all`), i.e. one
/// `EngineConfig` patch with a sentence of justification. The default reading takes every choice's
/// default; the others change the listed choices (`alternatives`) to their other alternative.
public struct Reading: Codable, Sendable, Equatable {
    /// Stable id: "default", a choice id ("trainingData"), or choice ids joined by "+".
    public var id: String
    public var title: String
    public var justification: String
    /// Choice ids that use their alternative, in `ReadingChoice.all` order.
    public var alternatives: [String]

    public init(alternatives ids: [String]) {
        let chosen = ReadingChoice.all.filter { ids.contains($0.id) }
        precondition(chosen.count == Set(ids).count, "Reading: unknown choice in \(ids)")
        alternatives = chosen.map(\.id)
        if chosen.isEmpty {
            id = "default"; title = "Default reading"
            justification = "Every OPEN choice at the alternative closest to the paper's analysis: " + ReadingChoice.all.map(\.defaultLabel).joined(separator: "; ") + "."
        } else if chosen.count == 1, let c = chosen.first {
            id = c.id; title = "\(c.title): \(c.alternativeLabel)"
            justification = "One change from the default reading (\(c.defaultLabel) → \(c.alternativeLabel))."
        } else {
            id = chosen.map(\.id).joined(separator: "+")
            title = chosen.map { "\($0.title): \($0.alternativeLabel)" }.joined(separator: "; ")
            justification = "A combination of \(chosen.count) changes from the default reading."
        }
    }

    public static let defaultReading = Reading(alternatives: [])

    /// The default reading, then one change at a time (a "star" design), declared before any run.
    public static let declared: [Reading] = [defaultReading] + ReadingChoice.all.map { Reading(alternatives: [$0.id]) }

    /// Field → `--set` value of every choice's chosen alternative.
    public var patch: [String: String] {
        var p: [String: String] = [:]
        for c in ReadingChoice.all {
            p.merge(alternatives.contains(c.id) ? c.alternativePatch : c.defaultPatch) { _, new in new }
        }
        return p
    }

    /// Whether this reading uses the alternative of `choice`.
    public func usesAlternative(_ choice: ReadingChoice) -> Bool { alternatives.contains(choice.id) }

    /// `base` with the patch applied field by field (sorted keys), each value checked like `--set`,
    /// and the result validated.
    public func config(over base: EngineConfig) throws -> EngineConfig {
        var c = base
        for key in patch.keys.sorted() { c = try c.setting(key, to: patch[key]!) }
        try c.validate()
        return c
    }
}
