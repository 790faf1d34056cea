extension Metric {
    /// How the metric prints in a claim's statistic: neuron counts with one decimal and their unit,
    /// everything else (cosines, coefficients, errors, rates) as a ratio with three decimals.
    public var quantity: Quantity {
        switch self {
        case .alignedMinority, .alignedMajority, .specialistsMinority, .specialistsMajority,
             .alignedMinorityMasked, .alignedMajorityMasked, .specialistsMinorityMasked, .specialistsMajorityMasked:
            .neurons
        default:
            .ratio
        }
    }
}
