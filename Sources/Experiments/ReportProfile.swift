import Learning

/// The report's size profiles: `quick` (tests, ~1–2 min), `default` (`make report`), `paper` (hours).
/// Each profile fixes the engine preset (the sizes) and the seed counts; each figure's grids per
/// profile live in its own file (`Figures/FigureN.swift`, `extension ReportProfile`).
public enum ReportProfile: String, Codable, Sendable, CaseIterable {
    case quick, `default`, paper

    public var preset: Preset {
        switch self { case .quick: .quick; case .default: .default; case .paper: .paper }
    }
    /// Seeds of every sweep. `paper` runs 5, as `default` does: with 10 it models 3.1 h on 32 workers
    /// (`clreport plan --profile paper --workers 32`), over the 1-hour budget of the factorial-map
    /// issue; the budget choice was made before any `paper` run.
    public var seeds: Int {
        switch self { case .quick: 3; case .default, .paper: 5 }
    }
    /// Seeds of the real long-tailed runs (every ρ, with and without pruning, and the baselines):
    /// `quick` 2 (the smallest number that pairs), `default` 3 (issue 26: the long-tail part in
    /// ≤ 6 min cold on 2 cores), `paper` 10.
    public var longTailSeeds: Int {
        switch self { case .quick: 2; case .default: 3; case .paper: 10 }
    }
    /// The profile whose sizes and NSR grid the robustness map runs at. `paper` maps at the `default`
    /// size: its 2^(10−3) design on paper-size runs (2–3 min each) alone models 1.5 h on 32 workers,
    /// and the map screens which readings decide each claim, which the default size shows at a
    /// hundredth of the cost. The page says so whenever the map's size is not the figures'.
    public var mapProfile: ReportProfile {
        self == .paper ? .default : self
    }
    /// Seeds of the exploratory sensitivity sweep (Fig 9, no claim); 0 = the sweep is not run. `quick`
    /// runs it small (so the tests exercise the section) and `paper` in full; `default` leaves it out
    /// for time (issue 13: the default profile, readings included, in ≤ 10 min on 2 cores) — the
    /// robustness map carries the OPEN choices the claims hinge on.
    public var sensitivitySeeds: Int {
        switch self { case .quick: 2; case .default: 0; case .paper: seeds }
    }

    /// The report's synthetic base: the engine preset with the default reading applied (fresh batch
    /// every step, …; see `Reading.defaultReading`). `clreport train --preset` keeps the bare preset.
    public var reportBase: EngineConfig {
        do { return try Reading.defaultReading.config(over: preset.config) } catch {
            preconditionFailure("the default reading is not a valid configuration for preset \(preset): \(error)")
        }
    }
}
