import Markup

/// The stable id of a paper claim (`PaperClaim.id`), e.g. `pruning-restores-minority`: the key of
/// a claim in `results.json`, the embed value `claim.<id>`, `clreport explain CLAIM` and the page's
/// anchors. Written as the plain string (a single-value container), so files keep their bytes.
///
/// A struct, not an enum: `results.json` files written by earlier versions hold ids since retired
/// (e.g. `three-stages-majority`), and `clreport diff` must still read them and report the claim
/// as removed; an enum would refuse such a file. The ids this version declares are the static
/// members below, the only place their spelling is written.
public struct ClaimID: StringIdentifier {
    /// The id as written on disk and on the page.
    public let rawValue: String

    /// An id by its spelling (a decoded or user-typed id; the declared ones are the static members).
    public init(_ rawValue: String) { self.rawValue = rawValue }

    /// Fig 1: neuron weights learn in three stages.
    public static let threeStages = ClaimID("three-stages")
    /// Fig 1: minority features are learned later.
    public static let minorityLearnedLater = ClaimID("minority-learned-later")
    /// Fig 2: minority features are learned weaker, by fewer neurons.
    public static let minorityWeakerFewer = ClaimID("minority-weaker-fewer")
    /// Figs 2, 3, 5: noise makes minority learning worse.
    public static let noiseHurtsMinority = ClaimID("noise-hurts-minority")
    /// Figs 4, 5: imbalance hurts the representation.
    public static let imbalanceHurtsRepresentation = ClaimID("imbalance-hurts-representation")
    /// Fig 6: pruning during training restores minority learning.
    public static let pruningRestoresMinority = ClaimID("pruning-restores-minority")
    /// Table 1 analogue: on long-tailed images, pruning raises probe accuracy.
    public static let longTailPruning = ClaimID("long-tail-pruning")
}

/// Dictionaries keyed by claim id encode as JSON objects keyed by the id (as `[String: …]` did).
extension ClaimID: CodingKeyRepresentable {
    public var codingKey: any CodingKey { NameKey(stringValue: rawValue) }
    public init?<T: CodingKey>(codingKey: T) { self.init(codingKey.stringValue) }
}
