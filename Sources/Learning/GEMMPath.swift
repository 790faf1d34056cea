/// Which GEMMs a training step runs on its batch (`ContrastiveTrainer.gemmPath`; `clreport bench`
/// prints it per preset): `RowGEMM` packing the batch's rows where they lie in the training set, or
/// `BLAS.sgemm` on a batch gathered (or drawn) into the batch buffer, with the reason RowGEMM is not
/// used. Either gives the same bits; RowGEMM saves the gather.
public enum GEMMPath: Equatable, Sendable, CustomStringConvertible {
    case rowGEMM
    case sgemm(reason: String)

    public var description: String {
        switch self {
        case .rowGEMM: "RowGEMM"
        case .sgemm(let reason): "sgemm (\(reason))"
        }
    }
}
