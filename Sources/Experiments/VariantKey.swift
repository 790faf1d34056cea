import Markup

/// The key of a pruning variant (`PruningVariant.key`, `SeriesKey.variant`), e.g. `weight90-identity`:
/// a series of the pruning sweeps, a part of sub-test ids and chart ids. Written as the plain
/// string (a single-value container), so `results.json`, series keys and cache identities keep
/// their bytes.
///
/// A struct, not an enum: the plan's variants are stored in `results.json` and any series key
/// that is not another kind reads as a variant (`SeriesKey(parsing:)`), so a file written with a
/// variant since retired must still decode. The variants this version runs are the static members
/// below, the only place their spelling is written.
public struct VariantKey: StringIdentifier {
    /// The key as written on disk and on the page.
    public let rawValue: String

    /// A key by its spelling (decoded; the declared ones are the static members).
    public init(_ rawValue: String) { self.rawValue = rawValue }

    /// SPEC §5's lead: weight-level 90 %, identity dictionary.
    public static let weight90Identity = VariantKey("weight90-identity")
    /// Weight-level 50 %, random dictionary.
    public static let weight50Random = VariantKey("weight50-random")
    /// Neuron-level 50 %, random dictionary.
    public static let neuron50Random = VariantKey("neuron50-random")
    /// The SDCLR-style competitor branch, weight-level 90 %, identity dictionary.
    public static let competitor90Identity = VariantKey("competitor90-identity")
}
