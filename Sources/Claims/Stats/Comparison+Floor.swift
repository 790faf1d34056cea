extension Comparison {
    /// Both arms constant over the seeds and equal to each other (sd_a = sd_b = 0, Δ = 0, n ≥ 2):
    /// e.g. 0 aligned neurons with and without pruning for every seed. Such a comparison cannot show
    /// an effect either way, so the claim rules treat it as "not applicable" rather than INCONCLUSIVE.
    public var isAtCommonFloor: Bool {
        design == .paired && n >= 2 && sdA == 0 && sdB == 0 && estimate == 0
    }
}
