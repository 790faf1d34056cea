import ArgumentParser
import Datasets
@testable import ReportCLI
import Testing

/// `--set key=value` of `clreport longtail`: one parser for the protocol's keys and the conv
/// encoder's, each error naming the key and what it accepts.
@Suite struct SettingOverrideTests {
    private func message(_ body: () throws -> Void) -> String? {
        do { try body(); return nil } catch let e as ValidationError { return e.message } catch { return "\(error)" }
    }

    @Test func valuesAreReadAsTheKeysType() throws {
        #expect(try SettingOverride("nMax=12").int() == 12)
        #expect(try SettingOverride("learningRate=0.5").double() == 0.5)
        #expect(try SettingOverride("whitening=false").bool() == false)
        #expect(try SettingOverride("augmentation=simclr").augmentation() == .simclr)
        // Only the first "=" splits: the value keeps the rest.
        #expect(try SettingOverride("channels=a=b").value == "a=b")
    }

    @Test func errorsNameTheKeyAndWhatItAccepts() {
        #expect(message { _ = try SettingOverride("neurons") } == "--set expects key=value, got \"neurons\"")
        #expect(message { _ = try SettingOverride("nMax=x").int() } == "nMax needs an integer, got \"x\"")
        #expect(message { _ = try SettingOverride("kappa=1,5").double() } == "kappa needs a number, got \"1,5\"")
        #expect(message { _ = try SettingOverride("whitening=yes").bool() } == "whitening needs true or false, got \"yes\"")
        #expect(message { _ = try SettingOverride("augmentation=flip").augmentation() } == "augmentation is standard, simclr or none, got \"flip\"")
    }

    @Test func bothOverrideSetsUseIt() throws {
        // The conv encoder's keys are taken by `ConvEncoderOverrides`, the rest passed on, and a bad
        // value of either set is refused with the same wording.
        let (conv, rest) = try ConvEncoderOverrides.apply(["epochs=2", "nMax=7"], to: .standard)
        #expect(conv.epochs == 2 && rest == ["nMax=7"])
        #expect(message { _ = try ConvEncoderOverrides.apply(["epochs=two"], to: .standard) } == "epochs needs an integer, got \"two\"")
    }
}
