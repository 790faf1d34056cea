import Claims
import Learning

extension Metric {
    /// How the metric prints in a claim's statistic: neuron counts with one decimal and their unit,
    /// everything else (cosines, coefficients, errors, rates) as a ratio with three decimals.
    public var quantity: Quantity {
        weightMetric?.kind.countsNeurons == true ? .neurons : .ratio
    }
}
