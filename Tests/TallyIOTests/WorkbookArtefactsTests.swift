import Foundation
import Testing
import TallyCore
import TallyTestSupport
@testable import TallyIO

/// What Excel (or a script writing a workbook) does to figures, said as such or read as
/// Excel shows it (review46 N-i): a range typed `5-7` that became a date, a formula no
/// spreadsheet calculated, a double with more digits than Excel keeps.
@Suite struct WorkbookArtefacts {
    static let header = ["id", "date_start", "date_end", "country", "actor", "measure", "estimate", "notes"]

    /// A one-sheet workbook whose cells are given as XML (`<c …>…</c>`), a row a list;
    /// style 1 is a date (numFmtId 14), style 2 a number with 2 decimals.
    func workbook(_ rows: [[String]]) throws -> String {
        let styles = "<styleSheet><cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/><xf numFmtId=\"2\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>"
        return try writeWorkbook([(name: "Events", xml: worksheetXML(numberedRows([Self.header.map { textCell($0) }] + rows)))],
                                 styles: styles, to: scratchDirectory() + "/w.xlsx")
    }

    static func row(_ estimate: String) -> [String] {
        ["a1", "2023-01-05", "2023-01-05", "Syria", "X", "killed"].map { textCell($0) } + [estimate]
    }

    static func message(_ body: () throws -> Void) -> String { errorOf(body)?.message ?? "(no error)" }

    static func best(_ o: IngestOutcome) -> [Int64] { o.result.rows.map(\.estimate.best) }

    /// `5-7` typed into Excel became 7 May (serial 46149 styled as a date): refused as
    /// before, now saying Excel did it and what to do; the same for a count in a column
    /// formatted as dates (5 shows as 1900-01-05).
    @Test func aFigureExcelTurnedIntoADateSaysSo() throws {
        for cell in ["<c s=\"1\"><v>46149</v></c>", "<c s=\"1\"><v>5</v></c>", "<c t=\"d\"><v>2026-05-07T00:00:00</v></c>"] {
            let f = try workbook([Self.row(cell)])
            let m = Self.message { _ = try read([f]) }
            #expect(m.hasPrefix("\(f):row 2: column 'estimate': \"") && m.contains("is not an estimate"), "\(m)")
            #expect(m.contains("Excel turns a range typed 5-7 or 5/7 into a date") && m.contains("format the column as Text"), "\(m)")
        }
        // A CSV's date in the estimate column is not Excel's doing: not said so; nor a
        // text cell of a workbook whose date cells are in other columns (review52).
        let csv = writeFile(Self.header.joined(separator: ",") + "\na1,2023-01-05,2023-01-05,Syria,X,killed,2026-05-07,\n", name: "d.csv")
        let c = Self.message { _ = try read([csv]) }
        #expect(c.contains("is not an estimate") && !c.contains("Excel"), "\(c)")
        var typed = Self.row(textCell("2026-05-07"))
        typed[1] = "<c s=\"1\"><v>44931</v></c>"
        let t = Self.message { _ = try read([try workbook([typed])]) }
        #expect(t.contains("is not an estimate") && !t.contains("Excel"), "\(t)")
    }

    /// openpyxl writes `<f>10+2</f><v></v>`: read as empty, the figure was missing (or 0)
    /// where a spreadsheet shows 12. Refused, naming the cell; a formula whose value was
    /// saved, and a text formula whose saved value is empty (Excel's `=IF(…,"")`), read.
    @Test func aFormulaWithNoValueSavedIsRefused() throws {
        for cell in ["<c><f>10+2</f><v></v></c>", "<c><f>10+2</f></c>", "<c t=\"n\"><f>SUM(A1:A3)</f><v/></c>", "<c t=\"str\"><f>A1&amp;\"\"</f></c>"] {
            let f = try workbook([Self.row(cell)])
            let m = Self.message { _ = try read([f]) }
            #expect(m.contains("row 2: cell G2 holds a formula with no value saved") && m.contains("open the workbook in Excel or LibreOffice and save it"), "\(cell): \(m)")
        }
        let saved = try workbook([Self.row("<c><f>10+2</f><v>12</v></c>")])
        #expect(Self.best(try read([saved])) == [12])
        // A formula in another column whose text result is empty (as Excel saves it): read.
        var r = Self.row("<c><v>12</v></c>")
        r[4] = "<c t=\"str\"><f>IF(1,\"X\",\"\")</f><v>X</v></c>"
        #expect(Self.best(try read([try workbook([r])])) == [12])
        // A formula with no value in a column tally does not read (openpyxl's =HYPERLINK in
        // a notes or link column): read (review52 F1); in the actor column (read): refused.
        for cell in ["<c t=\"str\"><f>HYPERLINK(\"https://example.org/a1\",\"a1\")</f></c>", "<c><f>A1&amp;\"x\"</f><v></v></c>"] {
            #expect(Self.best(try read([try workbook([Self.row("<c><v>12</v></c>") + [cell]])])) == [12], "\(cell)")
        }
        var actor = Self.row("<c><v>12</v></c>")
        actor[4] = "<c><f>B1</f></c>"
        #expect(Self.message { _ = try read([try workbook([actor])]) }.contains("cell E2 holds a formula with no value saved"))
    }

    /// Excel keeps 15 significant digits: `=0.1*120` is saved as 12.000000000000002 and
    /// shown (and saved as CSV) as 12. Read as 12; a figure with a real fraction is still
    /// refused, and 15 digits are kept as written.
    @Test func digitsPastExcelsFifteenAreNotTheData() throws {
        #expect(Self.best(try read([try workbook([Self.row("<c><f>0.1*120</f><v>12.000000000000002</v></c>")])])) == [12])
        #expect(Self.best(try read([try workbook([Self.row("<c s=\"2\"><v>11.999999999999998</v></c>")])])) == [12])
        let frac = try workbook([Self.row("<c><v>12.5</v></c>")])
        #expect(Self.message { _ = try read([frac]) }.contains("\"12.5\""))
        let close = try workbook([Self.row("<c><v>12.0000000000002</v></c>")])
        #expect(Self.message { _ = try read([close]) }.contains("\"12.0000000000002\""))
        #expect(SheetXML.asExcelShowsIt(Array("0.30000000000000004".utf8), 19) == "0.3")
        #expect(SheetXML.asExcelShowsIt(Array("1.2345678901234567E+20".utf8), 22) == nil)
    }
}
