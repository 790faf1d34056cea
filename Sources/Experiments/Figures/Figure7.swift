/// Figures 7–8 — the real long-tailed data experiment (SPEC §7): the imbalance ratios of the
/// table and its claim checks. The runs themselves are `LongTailReport`'s (through the result
/// cache); the checks and their tolerances are `LongTailClaims`'.
public enum Figure7 {
    /// ρ values of the table (the paper's CIFAR10-LT rows).
    public static let rhos: [Double] = [1, 10, 50, 100]

    /// The claims of the long-tail section, from the runs grouped per ρ.
    public static func claims(_ runs: [Double: (without: [LongTailResult], with: [LongTailResult])]) -> [PaperClaim] {
        LongTailClaims.evaluate(runs)
    }
}
