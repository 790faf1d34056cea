/// The one HTML table writer (report tables, chart data tables, the claims ledger, the diff page).
///
/// Text cells are escaped with ``Escape/xml(_:)``; ``Cell/html(_:)`` carries markup the caller
/// built from escaped parts (a badge, a link, a code span). Columns in `numericColumns` (0-based)
/// get `class="num"` so the page shell right-aligns them with tabular figures; with `rowHeaders`
/// the first cell of a body row is a `<th scope="row">`. Fixed order and whitespace, so the same
/// inputs give the same bytes:
///
///     <table class="…">
///     <caption>…</caption>
///     <thead>
///     <tr><th scope="col">…</th>…</tr>
///     </thead>
///     <tbody>
///     <tr><td>…</td>…</tr>
///     </tbody>
///     </table>
public struct HTMLTable: Sendable, Equatable {
    /// One cell: plain text (escaped) or trusted HTML (inserted as is).
    public enum Cell: Sendable, Equatable, ExpressibleByStringLiteral {
        case text(String)
        case html(String)
        public init(stringLiteral value: String) { self = .text(value) }

        var markup: String {
            switch self {
            case .text(let s): return Escape.xml(s)
            case .html(let s): return s
            }
        }
    }

    public var header: [String]
    public var rows: [[Cell]]
    public var caption: String?
    public var className: String?
    public var numericColumns: Set<Int>
    public var rowHeaders: Bool

    public init(header: [String], rows: [[Cell]], caption: String? = nil, className: String? = nil,
                numericColumns: Set<Int> = [], rowHeaders: Bool = false) {
        self.header = header; self.rows = rows; self.caption = caption; self.className = className
        self.numericColumns = numericColumns; self.rowHeaders = rowHeaders
    }

    /// A table of text cells only.
    public init(header: [String], textRows: [[String]], caption: String? = nil, className: String? = nil,
                numericColumns: Set<Int> = [], rowHeaders: Bool = false) {
        self.init(header: header, rows: textRows.map { $0.map(Cell.text) }, caption: caption, className: className,
                  numericColumns: numericColumns, rowHeaders: rowHeaders)
    }

    /// The `<table>` element (no trailing newline).
    ///
    /// - Precondition: every row has as many cells as the header.
    public func render() -> String {
        func open(_ tag: String, _ column: Int, scope: String? = nil) -> String {
            let s = scope.map { " scope=\"\($0)\"" } ?? ""
            let cls = numericColumns.contains(column) ? " class=\"num\"" : ""
            return "<\(tag)\(s)\(cls)>"
        }
        var out = className.map { "<table class=\"\(Escape.xml($0))\">\n" } ?? "<table>\n"
        if let caption { out += "<caption>\(Escape.xml(caption))</caption>\n" }
        out += "<thead>\n<tr>"
        for (c, text) in header.enumerated() { out += open("th", c, scope: "col") + Escape.xml(text) + "</th>" }
        out += "</tr>\n</thead>\n<tbody>\n"
        for (r, row) in rows.enumerated() {
            precondition(row.count == header.count, "HTMLTable: row \(r) has \(row.count) cells, header has \(header.count)")
            out += "<tr>"
            for (c, cell) in row.enumerated() {
                if c == 0 && rowHeaders {
                    out += open("th", c, scope: "row") + cell.markup + "</th>"
                } else {
                    out += open("td", c) + cell.markup + "</td>"
                }
            }
            out += "</tr>\n"
        }
        return out + "</tbody>\n</table>"
    }
}
