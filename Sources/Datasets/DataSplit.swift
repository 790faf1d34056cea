/// Which half of a dataset to load.
public enum DataSplit: String, Sendable, Codable, CaseIterable {
    case train, test
}
