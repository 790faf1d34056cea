import Claims
import Datasets
import Experiments
import Foundation
import Learning
import LongTail
import Readings
import RunCache
import Testing

/// `ClaimID`, `SubTestID`, `VariantKey` and `DatasetName` are written as the plain strings they
/// replaced (results.json, cache keys, series keys stay byte-identical), and an id this version does
/// not declare — a retired claim, a renamed sub-test, a dropped variant, an unsupported dataset —
/// still decodes (old results.json files and `clreport diff` against them keep working).
@Suite struct TypedIDTests {
    /// `value` encoded, decoded as `T` and encoded again: the bytes of both encodings.
    func roundTrip<T: Codable>(_ json: String, as: T.Type) throws -> (decoded: T, bytes: Data) {
        let decoded = try CanonicalJSON.decoder.decode(T.self, from: Data(json.utf8))
        return (decoded, CanonicalJSON.encode(decoded))
    }

    @Test func claimIDsAreThePlainStringsTheyReplaced() throws {
        let all: [ClaimID] = [.threeStages, .minorityLearnedLater, .minorityWeakerFewer, .noiseHurtsMinority,
                              .imbalanceHurtsRepresentation, .pruningRestoresMinority, .longTailPruning]
        let spellings = ["three-stages", "minority-learned-later", "minority-weaker-fewer", "noise-hurts-minority",
                         "imbalance-hurts-representation", "pruning-restores-minority", "long-tail-pruning"]
        #expect(CanonicalJSON.encode(all) == CanonicalJSON.encode(spellings))
        #expect(all.map(\.description) == spellings && all.map { "\($0)" } == spellings)
        // A dictionary keyed by claim id is the JSON object `[String: …]` was (the map's `primary`, `effects`).
        let byID: [ClaimID: [Double]] = [.threeStages: [1, 2], .pruningRestoresMinority: [0.5]]
        let byString: [String: [Double]] = ["three-stages": [1, 2], "pruning-restores-minority": [0.5]]
        #expect(CanonicalJSON.encode(byID) == CanonicalJSON.encode(byString))
        let back = try CanonicalJSON.decoder.decode([ClaimID: [Double]].self, from: CanonicalJSON.encode(byString))
        #expect(back == byID)
    }

    @Test func aRetiredClaimIDStillDecodesAndKeepsItsBytes() throws {
        let claim = PaperClaim(id: .threeStages, section: .fig1, paperSays: "words", reference: "Fig 1",
                               subTests: [SubTest(id: SubTestID("stages-in-order"), rule: "r", statistic: "s", verdict: .pass)],
                               rule: .primary(SubTestID("stages-in-order")))
        // An id this version no longer declares (the fuzz corpus's quick-trimmed.json holds one).
        let old = String(decoding: CanonicalJSON.encode(claim), as: UTF8.self)
            .replacingOccurrences(of: "\"three-stages\"", with: "\"three-stages-majority\"")
        #expect(old.contains("\"id\" : \"three-stages-majority\""))
        let (decoded, bytes) = try roundTrip(old, as: PaperClaim.self)
        #expect(decoded.id == ClaimID("three-stages-majority") && decoded.id != .threeStages)
        #expect(String(decoding: bytes, as: UTF8.self) == old)
        // The primary rule names its sub-test as before: {"primary":{"_0":"stages-in-order"}}.
        #expect(old.contains("\"_0\" : \"stages-in-order\""))
        #expect(decoded.verdict == .pass)
    }

    @Test func subTestIDsOfAFamilyAreBuiltInOnePlace() {
        #expect(SubTestID.at(.alignedMinority, .nsr, 1).rawValue == "aligned-minority-nsr-1")
        #expect(SubTestID.at(.minorityMSE, .nsr, 0.5).rawValue == "minority-mse-nsr-0.5")
        #expect(SubTestID.at(SubTestID.Stem(Metric.maxCosMinority), .eps, 0.1).rawValue == "maxCosMinority-eps-0.1")
        #expect(SubTestID.at(SubTestID.Stem(.weight90Identity, .maxCosMinority), .eps, 0.05).rawValue
                    == "weight90-identity-maxCosMinority-eps-0.05")
        #expect(SubTestID.decoupling(.weight90Identity).rawValue == "weight90-identity-decoupling")
        #expect(SubTestID.at(.accuracy, .rho, 10).rawValue == "accuracy-rho-10")
        #expect(SubTestID(.separatesLater).rawValue == "separates-later")
        // Families match by stem, not by a shared prefix of spellings.
        let id = SubTestID.at(.alignedMinority, .nsr, 2)
        #expect(id.isIn(.alignedMinority) && !id.isIn(.coefRatio))
        #expect(!SubTestID("aligned-minorityX-nsr-1").isIn(.alignedMinority))
        #expect(SubTestID(.separatesLater).isIn(.separatesLater))
        #expect(SubTestID.at(.accuracy, .rho, 100).value(of: .accuracy, .rho) == "100")
        #expect(SubTestID.at(.gap, .rho, 100).value(of: .accuracy, .rho) == nil)
    }

    @Test func anUnknownSubTestIDStillDecodesAndKeepsItsBytes() throws {
        let old = "{\n  \"exploratory\" : false,\n  \"id\" : \"coefficient-ratio-old-name\",\n  \"rule\" : \"r\",\n  \"statistic\" : \"s\",\n  \"verdict\" : \"FAIL\"\n}"
        let (decoded, bytes) = try roundTrip(old, as: SubTest.self)
        #expect(decoded.id == SubTestID("coefficient-ratio-old-name"))
        #expect(String(decoding: bytes, as: UTF8.self) == old)
    }

    @Test func variantKeysAreThePlainStringsTheyReplaced() throws {
        #expect(PruningVariant.standard.map(\.key.rawValue) == ["weight90-identity", "weight50-random", "neuron50-random", "competitor90-identity"])
        #expect(Figure6.leadKey == .weight90Identity)
        #expect(SeriesKey.variant(.weight50Random).description == "weight50-random")
        #expect(CanonicalJSON.encode([SeriesKey.variant(.neuron50Random)]) == CanonicalJSON.encode(["neuron50-random"]))
        // A variant this version does not run (a results.json from an earlier plan) reads as a variant.
        #expect(SeriesKey(parsing: "weight70-random") == .variant(VariantKey("weight70-random")))
        let old = String(decoding: CanonicalJSON.encode(PruningVariant.standard[1]), as: UTF8.self)
            .replacingOccurrences(of: "\"weight50-random\"", with: "\"weight70-random\"")
        let (decoded, bytes) = try roundTrip(old, as: PruningVariant.self)
        #expect(decoded.key == VariantKey("weight70-random"))
        #expect(String(decoding: bytes, as: UTF8.self) == old)
    }

    @Test func datasetNamesAreThePlainStringsTheyReplaced() throws {
        #expect(DatasetName.supported.map(\.rawValue) == ["fashion-mnist", "cifar10", "cifar100"])
        #expect(LongTailConfig.datasets == DatasetName.supported)
        #expect(DatasetName.supported.allSatisfy(\.isSupported) && !DatasetName("mnist").isSupported)
        // The config (the long-tail runs' cache key) writes the name as the plain string.
        let c = LongTailConfig.profile(.quick, rho: 10, pruneRatio: 0)
        let json = String(decoding: CanonicalJSON.encode(c), as: UTF8.self)
        #expect(json.contains("\"dataset\" : \"fashion-mnist\""))
        // An unsupported name decodes (a config file or an older results.json) and `validate()` refuses it.
        let other = json.replacingOccurrences(of: "\"dataset\" : \"fashion-mnist\"", with: "\"dataset\" : \"mnist\"")
        let (decoded, bytes) = try roundTrip(other, as: LongTailConfig.self)
        #expect(decoded.dataset == DatasetName("mnist"))
        #expect(String(decoding: bytes, as: UTF8.self) == other)
        #expect(throws: ConfigError.self) { try decoded.validate() }
        #expect(LongTailData.displayName(.cifar100) == "CIFAR-100" && LongTailData.displayName(DatasetName("mnist")) == "mnist")
    }
}
