import ArgumentParser
import Claims
import Datasets
import Testing
@testable import ReportCLI

/// `--dataset` and `clreport explain CLAIM [SUBTEST]` parse into the typed names and ids with the
/// spellings they always took; an unsupported dataset is refused with the allowed ones (exit 64).
@Suite struct TypedArgumentTests {
    @Test func theDatasetOptionTakesTheSameSpellingsAndRefusesOthers() throws {
        for name in DatasetName.supported {
            #expect(try DataOptions.parse(["--dataset", name.rawValue]).dataset == name)
        }
        #expect(try DataOptions.parse([]).dataset == .fashionMNIST)
        #expect(throws: (any Error).self) { try DataOptions.parse(["--dataset", "mnist"]) }
        do {
            _ = try DataOptions.parse(["--dataset", "mnist"])
        } catch {
            #expect(DataOptions.exitCode(for: error).rawValue == 64)
            #expect(DataOptions.message(for: error) == "unknown dataset \"mnist\"; use one of fashion-mnist, cifar10, cifar100.")
        }
        // The Slurm/shard argv passes the same spelling on.
        let argv = try ReportOptions.parse(["--dataset", "cifar100"]).passedOn()
        let at = try #require(argv.firstIndex(of: "--dataset"))
        #expect(argv.filter { $0 == "--dataset" }.count == 1 && argv[at + 1] == "cifar100")
    }

    @Test func explainTakesClaimAndSubTestIDsAsTyped() throws {
        let e = try ExplainCommand.parse(["pruning-restores-minority", "weight90-identity-decoupling"])
        #expect(e.claim == .pruningRestoresMinority)
        #expect(e.subTest == .decoupling(.weight90Identity))
        // Any spelling parses: a stored report may hold a retired id, refused later against the report's list.
        #expect(try ExplainCommand.parse(["three-stages-majority"]).claim == ClaimID("three-stages-majority"))
    }
}
