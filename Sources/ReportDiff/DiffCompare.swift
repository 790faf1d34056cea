import Claims
import Foundation
import Learning
import Readings
import Reporting
import Results

extension ReportDiff {
    /// Compares run `a` (the reference, "old") with run `b` ("new").
    ///
    /// - Parameter figureIDs: the figure ids of a decoded run, for "only in A/B" when the inputs
    ///   are not report folders with `figures/` (default: the ids of ``DiffFigures/charts(_:)``).
    public static func compare(_ a: DiffInput, _ b: DiffInput,
                               figureIDs: (ReportResults) -> [String] = DiffFigures.ids) -> ReportDiff {
        var c = Comparer()
        let ja = a.json, jb = b.json

        // Schema and top-level fields.
        let sa = a.schema, sb = b.schema
        if sa != sb {
            c.notes.append("resultsSchema differs (A: \(sa.map(String.init) ?? "missing"), B: \(sb.map(String.init) ?? "missing")); compared the fields both runs have.")
        }
        let handled: Set<String> = ["resultsSchema", "profile", "plan", "sweeps", "trajectories", "longTail", "claims", "readings", "provenance"]
        let ka = Set(ja.objectValue?.keys.map { $0 } ?? []), kb = Set(jb.objectValue?.keys.map { $0 } ?? [])
        for k in ka.union(kb).sorted() {
            if ka.contains(k) && !kb.contains(k) {
                c.notes.append("skipped `\(k)`: only in A.")
            } else if kb.contains(k) && !ka.contains(k) {
                c.notes.append("skipped `\(k)`: only in B.")
            } else if !handled.contains(k) {
                c.notes.append("not compared: `\(k)` (unknown to this version of clreport diff).")
            }
        }

        // Configuration.
        if let pa = ja["profile"], let pb = jb["profile"] { c.compareValues(pa, pb, scope: "profile", key: "") }
        c.comparePlans(ja["plan"], jb["plan"])

        // Metrics.
        c.compareSweeps(ja["sweeps"], jb["sweeps"])
        c.compareLongTail(ja["longTail"], jb["longTail"])

        // Claims.
        c.compareClaims(ja["claims"], jb["claims"])

        // The robustness maps.
        var map: [ReportDiff.MapChange] = []
        if ja["readings"] != nil && jb["readings"] != nil {
            if let ra = a.results?.readings, let rb = b.results?.readings {
                map = ReportDiff.compareMaps(ra, rb, notes: &c.notes)
            } else {
                c.notes.append("not compared: `readings` (\(a.results?.readings == nil ? a.label : b.label) does not decode as the current robustness map).")
            }
        }

        // Figures.
        if let fa = a.figureFiles, let fb = b.figureFiles {
            c.onlyIn(kind: "figure", fa, fb)
        } else if let ra = a.results, let rb = b.results {
            c.onlyIn(kind: "figure", figureIDs(ra), figureIDs(rb))
        }
        for side in [a, b] where !side.filledConfigKeys.isEmpty {
            c.notes.append("\(side.label) lacks engine config keys \(side.filledConfigKeys.joined(separator: ", ")); filled with today's defaults only to redraw its figures.")
        }
        for side in [a, b] where side.results == nil {
            c.notes.append("\(side.label) does not decode as the current results schema (\(side.decodeProblem ?? "unknown reason")); its figures are not redrawn.")
        }

        // Provenance.
        if let pa = ja["provenance"], let pb = jb["provenance"] {
            Comparer.walk(into: &c.provenance, pa, pb, scope: "provenance", key: "")
        }

        return ReportDiff(a: Side(label: a.label, path: a.path, schema: sa, profile: a.profile),
                          b: Side(label: b.label, path: b.path, schema: sb, profile: b.profile),
                          metrics: c.metrics, claims: c.sortedClaims, config: c.config, provenance: c.provenance,
                          onlyIn: c.only, map: map, notes: c.notes)
    }

    /// Reading by reading (matched by the set of factors at their other level, search seeds and
    /// confirmations apart), claim by claim: verdict flips and primary effects that moved beyond
    /// both intervals.
    static func compareMaps(_ a: ReadingsResult, _ b: ReadingsResult, notes: inout [String]) -> [MapChange] {
        if a.design.choices.map(\.id) != b.design.choices.map(\.id) || a.design.generatorNames != b.design.generatorNames {
            notes.append("The robustness maps use different designs (A: \(a.design.generatorNames.joined(separator: ", ")); B: \(b.design.generatorNames.joined(separator: ", "))); compared the readings with the same factor levels.")
        }
        func key(_ e: ReadingEvaluation, _ confirmation: Bool) -> String {
            (confirmation ? "confirmation:" : "") + e.reading.alternatives.sorted().joined(separator: "+")
        }
        var inA: [String: ReadingEvaluation] = [:]
        for e in a.evaluations { inA[key(e, false)] = e }
        for e in a.confirmations { inA[key(e, true)] = e }
        var out: [MapChange] = [], unmatched = 0
        let sides = b.evaluations.map { ($0, false) } + b.confirmations.map { ($0, true) }
        for (eb, confirmation) in sides {
            guard let ea = inA[key(eb, confirmation)] else { unmatched += 1; continue }
            let label = "\(eb.reading.id)\(confirmation ? " (confirmation)" : "") [\(eb.reading.alternatives.isEmpty ? "none" : eb.reading.alternatives.joined(separator: ", "))]"
            for cb in eb.claims {
                guard let ca = ea.claim(cb.id) else { continue }
                let xa = ea.effects[cb.id], xb = eb.effects[cb.id]
                func text(_ x: Comparison?) -> String { x.map { StatLabel.claim($0) } ?? "n/a" }
                var moved = false
                if let xa, let xb, [xa.estimate, xa.ciLow, xa.ciHigh, xb.estimate, xb.ciLow, xb.ciHigh].allSatisfy(\.isFinite) {
                    moved = (xb.estimate < xa.ciLow || xb.estimate > xa.ciHigh) && (xa.estimate < xb.ciLow || xa.estimate > xb.ciHigh)
                }
                if ca.verdict != cb.verdict || moved {
                    out.append(MapChange(claimID: cb.id, reading: label, kind: ca.verdict != cb.verdict ? .flipped : .effectMoved,
                                         verdictA: ca.verdict.rawValue, verdictB: cb.verdict.rawValue, effectA: text(xa), effectB: text(xb)))
                }
            }
        }
        if unmatched > 0 { notes.append("\(unmatched) reading(s) of B have no reading with the same factor levels in A (not compared).") }
        return out.sorted { ($0.kind == .flipped ? 0 : 1, $0.claimID) < ($1.kind == .flipped ? 0 : 1, $1.claimID) }
    }
}

/// The mutable state of one comparison.
private struct Comparer {
    var metrics: [ReportDiff.MetricRow] = []
    var claims: [ReportDiff.ClaimChange] = []
    var config: [ReportDiff.ConfigChange] = []
    var provenance: [ReportDiff.ConfigChange] = []
    var only: [ReportDiff.OnlyIn] = []
    var notes: [String] = []

    var sortedClaims: [ReportDiff.ClaimChange] {
        let order: [ReportDiff.ClaimKind] = [.flipped, .added, .removed, .unchanged]
        return order.flatMap { k in claims.filter { $0.kind == k } }
    }

    // MARK: Sets

    mutating func onlyIn(kind: String, _ a: [String], _ b: [String]) {
        let sa = Set(a), sb = Set(b)
        for x in a where !sb.contains(x) { only.append(.init(kind: kind, item: x, side: "A")) }
        for x in b where !sa.contains(x) { only.append(.init(kind: kind, item: x, side: "B")) }
    }

    // MARK: Configuration

    mutating func compareValues(_ a: DiffJSON, _ b: DiffJSON, scope: String, key: String) {
        Self.walk(into: &config, a, b, scope: scope, key: key)
    }

    /// Appends the changed keys between two JSON values to `list`; objects are walked member by
    /// member (dotted keys), anything else is compared as a whole.
    static func walk(into list: inout [ReportDiff.ConfigChange], _ a: DiffJSON, _ b: DiffJSON, scope: String, key: String,
                     skip: Set<String> = []) {
        if case .object(let oa) = a, case .object(let ob) = b {
            for k in Set(oa.keys).union(ob.keys).sorted() where !skip.contains(k) {
                let sub = key.isEmpty ? k : "\(key).\(k)"
                switch (oa[k], ob[k]) {
                case let (x?, y?): walk(into: &list, x, y, scope: scope, key: sub)
                case let (x?, nil): list.append(.init(scope: scope, key: sub, kind: .removed, old: x.display, new: nil))
                case let (nil, y?): list.append(.init(scope: scope, key: sub, kind: .added, old: nil, new: y.display))
                default: break
                }
            }
            return
        }
        if !a.sameValue(as: b) {
            list.append(.init(scope: scope, key: key.isEmpty ? "(value)" : key, kind: .changed, old: a.display, new: b.display))
        }
    }

    mutating func comparePlans(_ a: DiffJSON?, _ b: DiffJSON?) {
        // A plan in only one run is reported as a top-level field only in one run.
        guard let a, let b else { return }
        Self.walk(into: &config, a, b, scope: "plan", key: "", skip: ["base", "sweeps"])
        var baseChanges: [ReportDiff.ConfigChange] = []
        if let ba = a["base"], let bb = b["base"] {
            Self.walk(into: &baseChanges, ba, bb, scope: "plan.base", key: "")
            config += baseChanges
        } else if a["base"] != nil || b["base"] != nil {
            notes.append("skipped `plan.base`: only in \(a["base"] != nil ? "A" : "B").")
        }
        // Plan sweeps: their own fields, then per-point configs where they differ other than as the base does.
        let sweepsA = Self.keyed(a["sweeps"]?.arrayValue ?? [], by: "id")
        let sweepsB = Self.keyed(b["sweeps"]?.arrayValue ?? [], by: "id")
        var explained = 0
        for (id, sa) in sweepsA {
            guard let sb = sweepsB.first(where: { $0.0 == id })?.1 else { continue }
            Self.walk(into: &config, sa, sb, scope: "plan.sweeps[\(id)]", key: "", skip: ["points"])
            let pa = Self.points(sa["points"]), pb = Self.points(sb["points"])
            for (pk, p) in pa {
                guard let q = pb.first(where: { $0.0 == pk })?.1, let ca = p["config"], let cb = q["config"] else { continue }
                var changes: [ReportDiff.ConfigChange] = []
                Self.walk(into: &changes, ca, cb, scope: "\(id) / \(pk.label)", key: "")
                let own = changes.filter { ch in
                    !baseChanges.contains { $0.key == ch.key && $0.kind == ch.kind && $0.old == ch.old && $0.new == ch.new }
                }
                if own.isEmpty && !changes.isEmpty { explained += 1 }
                config += own
            }
        }
        if explained > 0 {
            notes.append("\(explained) sweep point config\(explained == 1 ? "" : "s") differ\(explained == 1 ? "s" : "") only as plan.base does (not listed).")
        }
    }

    // MARK: Metrics

    struct PointKey: Equatable {
        var series: String
        var x: Double
        var label: String { "\(series) / \(DiffNumber.plain(x))" }
    }

    static func keyed(_ items: [DiffJSON], by field: String) -> [(String, DiffJSON)] {
        var out: [(String, DiffJSON)] = []
        for item in items {
            guard let k = item[field]?.stringValue, !out.contains(where: { $0.0 == k }) else { continue }
            out.append((k, item))
        }
        return out
    }

    static func points(_ json: DiffJSON?) -> [(PointKey, DiffJSON)] {
        var out: [(PointKey, DiffJSON)] = []
        for p in json?.arrayValue ?? [] {
            guard let s = p["series"]?.stringValue, let x = p["x"]?.number else { continue }
            let k = PointKey(series: s, x: x)
            if !out.contains(where: { $0.0 == k }) { out.append((k, p)) }
        }
        return out
    }

    static func summary(_ json: DiffJSON?) -> SeedSummary? {
        guard let j = json, let mean = j["mean"]?.number else { return nil }
        let std = j["std"]?.number ?? .nan
        let n = j["n"]?.intValue ?? 0
        return .init(mean: mean, std: std, n: n, nonFinite: j["nonFinite"]?.intValue ?? 0)
    }

    mutating func compareSweeps(_ a: DiffJSON?, _ b: DiffJSON?) {
        guard let aa = a?.arrayValue, let bb = b?.arrayValue else {
            if a != nil && b != nil { notes.append("skipped `sweeps`: not a list in both runs.") }
            return
        }
        let sa = Self.keyed(aa, by: "id"), sb = Self.keyed(bb, by: "id")
        onlyIn(kind: "sweep", sa.map(\.0), sb.map(\.0))
        for (id, x) in sa {
            guard let y = sb.first(where: { $0.0 == id })?.1 else { continue }
            comparePoints(sweep: id, Self.points(x["points"]), Self.points(y["points"]))
        }
    }

    mutating func comparePoints(sweep: String, _ pa: [(PointKey, DiffJSON)], _ pb: [(PointKey, DiffJSON)]) {
        onlyIn(kind: "point", pa.map { "\(sweep) / \($0.0.label)" }, pb.map { "\(sweep) / \($0.0.label)" })
        for (k, p) in pa {
            guard let q = pb.first(where: { $0.0 == k })?.1 else { continue }
            let ma = p["metrics"]?.objectValue ?? [:], mb = q["metrics"]?.objectValue ?? [:]
            let prefix = "\(sweep) / \(k.label) / "
            onlyIn(kind: "metric", ma.keys.sorted().map { prefix + $0 }, mb.keys.sorted().map { prefix + $0 })
            for name in ma.keys.sorted() {
                guard let mbv = mb[name] else { continue }
                guard let x = Self.summary(ma[name]), let y = Self.summary(mbv) else {
                    notes.append("skipped \(prefix + name): not a mean ± std summary in both runs.")
                    continue
                }
                metrics.append(Self.row(sweep: sweep, series: k.series, x: k.x, metric: name, x, y))
            }
        }
    }

    static func row(sweep: String, series: String, x: Double, metric: String,
                    _ a: SeedSummary, _ b: SeedSummary) -> ReportDiff.MetricRow {
        let delta = b.mean - a.mean
        let pct: Double? = a.mean.isFinite && a.mean != 0 && delta.isFinite ? 100 * delta / abs(a.mean) : nil
        var status: ReportDiff.MetricStatus
        var notes: [String] = []
        if a == b {
            status = .unchanged
        } else if a.mean.isFinite != b.mean.isFinite {
            status = a.mean.isFinite ? .becameNaN : .becameFinite
        } else if Statistics.isSignificantChange(a, b) {
            status = .significant
        } else {
            status = .changed
            if (a.n < 2 || b.n < 2) && !DiffNumber.same(a.mean, b.mean) { notes.append("n < 2: not testable") }
        }
        if a.n != b.n { notes.append("n \(a.n) → \(b.n)") }
        if a.nonFinite != b.nonFinite { notes.append("non-finite \(a.nonFinite) → \(b.nonFinite)") }
        return .init(sweep: sweep, series: series, x: x, metric: metric, a: a, b: b, delta: delta,
                     deltaPercent: pct, status: status, note: notes.joined(separator: "; "))
    }

    /// The long-tail table as a pseudo-sweep "longTail": series = the pruning variant, x = ρ,
    /// one metric per mean ± std column.
    mutating func compareLongTail(_ a: DiffJSON?, _ b: DiffJSON?) {
        guard let a, let b, case .object = a, case .object = b else { return }
        if let da = a["dataset"], let db = b["dataset"], !da.sameValue(as: db) {
            config.append(.init(scope: "longTail", key: "dataset", kind: .changed, old: da.display, new: db.display))
        }
        func rows(_ t: DiffJSON) -> [(PointKey, DiffJSON)] {
            let series = t["pruning"]?.stringValue ?? "table"
            var out: [(PointKey, DiffJSON)] = []
            for r in t["rows"]?.arrayValue ?? [] {
                guard let rho = r["rho"]?.number else { continue }
                var metrics: [String: DiffJSON] = [:]
                for (k, v) in r.objectValue ?? [:] where Self.summary(v) != nil { metrics[k] = v }
                out.append((PointKey(series: series, x: rho), .object(["metrics": .object(metrics)])))
            }
            return out
        }
        let ra = rows(a)
        var rb = rows(b)
        // A different pruning variant is a config change, not a different set of rows.
        if let pa = a["pruning"]?.stringValue, let pb = b["pruning"]?.stringValue, pa != pb {
            config.append(.init(scope: "longTail", key: "pruning", kind: .changed, old: pa, new: pb))
            rb = rb.map { (PointKey(series: pa, x: $0.0.x), $0.1) }
        }
        comparePoints(sweep: "longTail", ra + Self.references(a), rb + Self.references(b))
    }

    /// The long-tail reference accuracies (raw-pixel probe, untrained encoder: every mean ± std
    /// member of the table outside its rows) as one point of series "reference" at x = 1 (the
    /// untrained encoder is the ρ = 1 pipeline; the raw-pixel probe does not depend on ρ).
    static func references(_ t: DiffJSON) -> [(PointKey, DiffJSON)] {
        var metrics: [String: DiffJSON] = [:]
        for (k, v) in t.objectValue ?? [:] where summary(v) != nil { metrics[k] = v }
        return metrics.isEmpty ? [] : [(PointKey(series: "reference", x: 1), .object(["metrics": .object(metrics)]))]
    }

    // MARK: Claims

    /// A paper claim's sub-tests in one line (results schema ≥ 2, which has no `measured` text):
    /// "id PASS; id FAIL; …", exploratory ones left out.
    static func subTestSummary(_ subTests: DiffJSON?) -> String {
        (subTests?.arrayValue ?? []).compactMap { s -> String? in
            if case .bool(true)? = s["exploratory"] { return nil }
            return "\(s["id"]?.stringValue ?? "?") \(s["verdict"]?.stringValue ?? "?")"
        }.joined(separator: "; ")
    }

    mutating func compareClaims(_ a: DiffJSON?, _ b: DiffJSON?) {
        guard let aa = a?.arrayValue, let bb = b?.arrayValue else { return }
        let ca = Self.keyed(aa, by: "id"), cb = Self.keyed(bb, by: "id")
        func change(_ id: String, _ x: DiffJSON?, _ y: DiffJSON?) -> ReportDiff.ClaimChange {
            let va = x?["verdict"]?.stringValue, vb = y?["verdict"]?.stringValue
            let kind: ReportDiff.ClaimKind = x == nil ? .added : y == nil ? .removed : va == vb ? .unchanged : .flipped
            let info = y ?? x
            return .init(id: ClaimID(id), section: info?["section"]?.stringValue ?? "", kind: kind, verdictA: x == nil ? nil : (va ?? "?"),
                         verdictB: y == nil ? nil : (vb ?? "?"), paperSays: info?["paperSays"]?.stringValue ?? "",
                         measured: info?["measured"]?.stringValue ?? Self.subTestSummary(info?["subTests"]))
        }
        // B's order first (the current run), then claims only in A.
        for (id, y) in cb { claims.append(change(id, ca.first { $0.0 == id }?.1, y)) }
        for (id, x) in ca where !cb.contains(where: { $0.0 == id }) { claims.append(change(id, x, nil)) }
    }
}
