import Learning

/// A pruning setting compared against the unpruned baseline on the same dictionary (Fig 6).
public struct PruningVariant: Codable, Sendable, Equatable {
    public var key: VariantKey
    public var label: String
    public var dictionary: DictionaryKind
    public var granularity: PruneGranularity
    public var branch: PruneBranch
    public var ratio: Double

    /// Applies the variant to a configuration (pruning from T·pruneStart, masks refreshed every pruneRefresh steps).
    public func apply(to c: EngineConfig) -> EngineConfig {
        var c = c
        c.dictionary = dictionary; c.pruneGranularity = granularity; c.pruneBranch = branch; c.pruneRatio = ratio
        return c
    }

    /// The variants every profile runs: SPEC §5's lead (identity dictionary, weight-level 90%), and the
    /// two that the lead says lowered alignment with a random dictionary (neuron and weight level, 50%),
    /// plus the SDCLR-style competitor branch.
    public static let standard: [PruningVariant] = [
        PruningVariant(key: .weight90Identity, label: "weight 90%, identity M", dictionary: .identity,
                       granularity: .weight, branch: .both, ratio: 0.9),
        PruningVariant(key: .weight50Random, label: "weight 50%, random M", dictionary: .random,
                       granularity: .weight, branch: .both, ratio: 0.5),
        PruningVariant(key: .neuron50Random, label: "neuron 50%, random M", dictionary: .random,
                       granularity: .neuron, branch: .both, ratio: 0.5),
        PruningVariant(key: .competitor90Identity, label: "competitor, weight 90%, identity M", dictionary: .identity,
                       granularity: .weight, branch: .competitor, ratio: 0.9),
    ]
}
