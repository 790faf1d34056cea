import ArgumentParser
import Claims

/// `clreport explain CLAIM [SUBTEST]`: any spelling parses; `ExplainCommand` refuses an id the
/// report does not carry with the list of those it does (a stored report may hold retired ids).
extension ClaimID: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}

extension SubTestID: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}
