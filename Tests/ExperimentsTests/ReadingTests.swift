import Testing
import Learning
@testable import Experiments

@Suite struct ReadingTests {
    @Test func everyDeclaredReadingIsAValidConfigurationInEveryProfile() throws {
        for profile in ReportProfile.allCases {
            for reading in Reading.declared {
                let c = try reading.config(over: profile.preset.config)
                try c.validate()
                _ = try ReadingSetup(reading: reading, profile: profile, base: profile.reportBase, firstSeed: 1, seeds: 2)
            }
        }
    }

    @Test func idsTitlesAndChoicesAreUnique() {
        #expect(Set(Reading.declared.map(\.id)).count == Reading.declared.count)
        #expect(Set(Reading.declared.map(\.title)).count == Reading.declared.count)
        #expect(Set(ReadingChoice.all.map(\.id)).count == ReadingChoice.all.count)
        #expect(Reading.declared.first?.id == "default")
        #expect(Reading.declared.count == ReadingChoice.all.count + 1)
    }

    @Test func eachChoiceNamesRealFieldsWithTheSameKeysOnBothSides() {
        for c in ReadingChoice.all {
            #expect(Set(c.defaultPatch.keys) == Set(c.alternativePatch.keys), "\(c.id)")
            for key in c.defaultPatch.keys { #expect(EngineConfig.fieldNames.contains(key), "\(c.id): \(key)") }
            #expect(!c.justification.isEmpty)
        }
    }

    @Test func aSingleChangeReadingChangesExactlyItsDeclaredFields() throws {
        let base = ReportProfile.default.preset.config
        let d = try Reading.defaultReading.config(over: base)
        for c in ReadingChoice.all {
            let r = try Reading(alternatives: [c.id]).config(over: base)
            let changed = r.settings(relativeTo: d).map { String($0.prefix { $0 != "=" }) }
            #expect(changed == c.alternativePatch.keys.sorted(), "\(c.id): \(changed)")
        }
    }

    @Test func theDefaultReadingIsTheReportBaseAndTrainsOnFreshBatches() throws {
        let base = ReportProfile.default.reportBase
        #expect(base.freshSamples)
        #expect(base.noiseHeldBy == .nsr)
        #expect(ReportPlan(profile: .default).base == base)
        // The engine preset keeps its meaning (fixed training set).
        #expect(!Preset.default.config.freshSamples)
        #expect(base.settings(relativeTo: Preset.default.config) == ["freshSamples=true"])
    }

    @Test func combinationsJoinChoiceIDsInDeclarationOrder() {
        let r = Reading(alternatives: ["dictionary", "trainingData"])
        #expect(r.id == "trainingData+dictionary")
        #expect(r.alternatives == ["trainingData", "dictionary"])
        #expect(r.patch["freshSamples"] == "false" && r.patch["dictionary"] == "identity" && r.patch["biasStart"] == "0.1")
    }

    @Test func sigma2HeldFixedAcrossEpsMinAtItsEpsOneValue() {
        var c = ReportProfile.default.reportBase
        c.nsr = 1
        c.epsMin = 1
        let atOne = c.noiseVariance
        c.noiseHeldBy = .sigma2
        c.epsMin = 0.1
        #expect(abs(c.noiseVariance - atOne) < 1e-15)
        #expect(c.effectiveNSR > 1)
        c.noiseHeldBy = .nsr
        #expect(c.noiseVariance < atOne)
        #expect(abs(c.effectiveNSR - 1) < 1e-12)
    }

    @Test func unknownNoiseHeldByValueIsRefusedNamingTheAlternatives() {
        #expect(throws: ConfigError.self) { try EngineConfig().setting("noiseHeldBy", to: "snr") }
        do { _ = try EngineConfig().setting("noiseHeldBy", to: "snr") } catch {
            #expect("\(error)".contains("invalid configuration: noiseHeldBy = snr is not allowed; allowed: nsr, sigma2"))
        }
        do { _ = try EngineConfig().setting("pruneBiasNorm", to: "rows") } catch {
            #expect("\(error)".contains("invalid configuration: pruneBiasNorm = rows is not allowed; allowed: masked, full"))
        }
    }

    @Test func readingSetupRunsOnItsSeedBlockAndPrunesOnItsOwnDictionary() throws {
        let identity = try ReadingSetup(reading: Reading(alternatives: ["dictionary"]), profile: .quick,
                                        base: ReportProfile.quick.reportBase, firstSeed: 3, seeds: 2)
        #expect(identity.variant.dictionary == .identity)
        #expect(identity.runs(identity.main).map(\.seed).prefix(2) == [3, 4])
        #expect(identity.seedLabel == "3–4")
        #expect(identity.main.points.count == ReportProfile.quick.readingEpsGrid.count * ReportProfile.quick.nsrs.count)
        #expect(identity.pruning.points.allSatisfy { $0.config.dictionary == .identity })
    }
}

@Suite struct ReadingSearchTests {
    static func evaluation(_ alternatives: [String], _ verdicts: [Verdict]) -> ReadingEvaluation {
        let claims = verdicts.enumerated().map { i, v in
            PaperClaim(id: "c\(i)", section: .fig2, paperSays: "claim \(i)", reference: "Fig \(i)",
                       subTests: [SubTest(id: "c\(i)", rule: "rule", statistic: "stat", verdict: v)])
        }
        return ReadingEvaluation(reading: Reading(alternatives: alternatives), firstSeed: 1, seeds: 5, sweeps: [],
                                 claims: claims, effects: [:])
    }

    @Test func combinesTheSingleChangesThatHelpAndPicksTheMostFavourable() {
        let declared = [
            Self.evaluation([], [.fail, .fail, .inconclusive]),
            Self.evaluation(["trainingData"], [.pass, .fail, .inconclusive]),
            Self.evaluation(["biasStart"], [.fail, .fail, .fail]),
            Self.evaluation(["dictionary"], [.fail, .inconclusive, .inconclusive]),
        ]
        let combo = ReadingSearch.combination(declared)
        #expect(combo?.id == "trainingData+dictionary")
        #expect(ReadingSearch.favourite(declared).reading.id == "trainingData")
    }

    @Test func noCombinationWhenFewerThanTwoChangesHelp() {
        let declared = [Self.evaluation([], [.pass]), Self.evaluation(["trainingData"], [.pass]), Self.evaluation(["biasStart"], [.fail])]
        #expect(ReadingSearch.combination(declared) == nil)
        // Ties keep declaration order: the default stays the favourite.
        #expect(ReadingSearch.favourite(declared).reading.id == "default")
    }
}

@Suite struct ReadingSharingTests {
    /// Readings whose change cannot affect a run share it with the default reading (content-addressed cache).
    @Test func runsThatCannotDifferAreShared() throws {
        let base = ReportProfile.quick.reportBase
        func runs(_ ids: [String]) throws -> Set<RunSpec> {
            let s = try ReadingSetup(reading: Reading(alternatives: ids), profile: .quick, base: base, firstSeed: 1, seeds: 1)
            return Set(s.sweeps.flatMap { s.runs($0) })
        }
        let d = try runs([])
        let schedule = try runs(["pruningSchedule"])
        // Only the pruned points differ.
        #expect(schedule.subtracting(d).allSatisfy { $0.config.pruningEnabled })
        #expect(!schedule.subtracting(d).isEmpty)
        let sigma = try runs(["noiseHeldBy"])
        #expect(sigma.intersection(d).allSatisfy { $0.config.epsMin == 1 })
        #expect(!sigma.intersection(d).isEmpty)
        #expect(try ReadingSetup(reading: Reading(alternatives: ["noiseHeldBy"]), profile: .quick, base: base, firstSeed: 1, seeds: 1)
            .main.points.filter { $0.x < 1 }.allSatisfy { $0.config.noiseHeldBy == .sigma2 })
    }
}
