import Testing
import Experiments
import Learning
@testable import Reporting

@Suite struct AssumptionsTableTests {
    @Test func numbersStayNumbersAndOnlyBoolFieldsAreBooleans() {
        var c = EngineConfig()
        c.weightDecay = 0; c.biasKappa = 1; c.nsr = 1; c.attentionScale = 1; c.pruneRatio = 0
        c.initScale = 0.01; c.freshSamples = false
        let v = Dictionary(uniqueKeysWithValues: AssumptionsTable.values(c).map { ($0.key, $0.value) })
        #expect(v["weightDecay"] == "0")
        #expect(v["biasKappa"] == "1")
        #expect(v["nsr"] == "1")
        #expect(v["attentionScale"] == "1")
        #expect(v["pruneRatio"] == "0")
        #expect(v["initScale"] == "0.01")
        #expect(v["steps"] == "3000")
        #expect(v["freshSamples"] == "false")
        #expect(v["dictionary"] == "random")
        c.freshSamples = true
        #expect(AssumptionsTable.values(c).first { $0.key == "freshSamples" }?.value == "true")
        // Only Bool fields print as booleans.
        let booleans = AssumptionsTable.values(EngineConfig()).filter { $0.value == "true" || $0.value == "false" }.map(\.key)
        #expect(booleans == ["freshSamples"])
    }

    @Test func tableRowShowsTheNumber() {
        let html = AssumptionsTable.html(ReportPlan(profile: .quick))
        #expect(html.contains("<td>weightDecay</td><td>0</td>"))
        #expect(!html.contains("<td>weightDecay</td><td>false</td>"))
    }
}
