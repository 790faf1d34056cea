import Learning

/// A reading of the paper: one level per factor (`ReadingChoice.all`), i.e. one `EngineConfig`
/// patch. The default reading takes every factor's default level; a run of the factorial design
/// (`MapDesign`) sets the factors it has at +1 to their other level (`alternatives`).
public struct Reading: Codable, Sendable, Equatable, Hashable {
    /// Stable id: "R01"…"R32" for the design's runs in standard order ("R01" is the default reading).
    public var id: String
    /// Factor ids at their other level, in `ReadingChoice.all` order.
    public var alternatives: [String]

    public init(id: String, alternatives ids: [String]) {
        let chosen = ReadingChoice.all.filter { ids.contains($0.id) }
        precondition(chosen.count == Set(ids).count, "Reading: unknown factor in \(ids)")
        self.id = id
        alternatives = chosen.map(\.id)
    }

    public static let defaultReading = Reading(id: "R01", alternatives: [])

    /// "Default reading", or the factors at their other level, e.g. "Dictionary M: identity; Pruned views: …".
    public var title: String {
        alternatives.isEmpty ? "Default reading"
            : ReadingChoice.all.filter { alternatives.contains($0.id) }.map { "\($0.title): \($0.alternativeLabel)" }.joined(separator: "; ")
    }

    /// Field → `--set` value of every factor's chosen level.
    public var patch: [String: String] {
        var p: [String: String] = [:]
        for c in ReadingChoice.all {
            p.merge(alternatives.contains(c.id) ? c.alternativePatch : c.defaultPatch) { _, new in new }
        }
        return p
    }

    /// Whether this reading uses the other level of `choice`.
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
