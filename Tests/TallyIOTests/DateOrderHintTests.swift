import Foundation
import Testing
import TallyCore
import TallyTestSupport
@testable import TallyIO

/// A spreadsheet's dates read in the wrong order put an end before its start: the
/// refusal names the order read and the one that fits (review50: it said only
/// "date_end … is before date_start").
@Suite struct DateOrderHint {
    static let native = "id,date_start,date_end,country,measure,estimate\n"
    static let ged = "id,date_start,date_end,country,adm_1,side_a,date_prec,deaths_a,deaths_b,deaths_civilians,deaths_unknown,low,best,high\n"

    @Test func aWrongOrderIsNamedWithTheOneThatFits() throws {
        // 5 March to 4 June, written day first; read month first: 3 May to 6 April.
        let f = writeFile(Self.native + "a,5/3/2023,4/6/2023,Syria,killed,3\n", name: "dm.csv")
        let m = errorOf { _ = try read([f], by: [.country], dateOrder: .mdy) }?.message ?? "(read)"
        #expect(m.contains("column 'date_end': 2023-04-06 is before date_start 2023-05-03 (the dates read month first (mm/dd/yyyy), the order given with --date-order mdy; "
                           + "read day first (dd/mm/yyyy) they are 2023-03-05 to 2023-06-04: if the file writes them so, give --date-order dmy)"), "\(m)")
        #expect(try read([f], by: [.country], dateOrder: .dmy).result.rows.map(\.estimate.best) == [3])
        // A UCDP file the same way, the order decided from the file (a day above 12 first).
        let g = writeFile(Self.ged + "1,13/01/2016,13/01/2016,Syria,Idlib,A,1,1,0,0,0,1,1,1\n2,04/06/2016,03/07/2016,Syria,Idlib,A,1,1,0,0,0,1,1,1\n", name: "g.csv")
        #expect(try read([g], by: [.country]).result.rows.map(\.estimate.best).reduce(0, +) == 2)
        let wrong = writeFile(Self.ged + "2,06/07/2016,07/06/2016,Syria,Idlib,A,1,1,0,0,0,1,1,1\n", name: "w.csv")
        let w = errorOf { _ = try read([wrong], by: [.country], dateOrder: .dmy) }?.message ?? "(read)"
        #expect(w.contains("2016-06-07 is before date_start 2016-07-06 (the dates read day first (dd/mm/yyyy), the order given with --date-order dmy; "
                           + "read month first (mm/dd/yyyy) they are 2016-06-07 to 2016-07-06: if the file writes them so, give --date-order mdy)"), "\(w)")
    }

    /// The order decided from the file's own dates: the other order is no way out (the
    /// deciding line would not read), so it is not advised (review51 F8).
    @Test func anOrderTheFileDecidedIsNotAdvisedAgainst() throws {
        let f = writeFile(Self.native + "a,03/13/2023,03/13/2023,Syria,killed,3\nb,05/03/2023,04/06/2023,Syria,killed,4\n", name: "md.csv")
        let m = errorOf { _ = try read([f], by: [.country]) }?.message ?? "(read)"
        #expect(m.contains("2023-04-06 is before date_start 2023-05-03 (the dates read month first (mm/dd/yyyy), the order decided from line 2")
                && m.contains("read day first (dd/mm/yyyy) they would be 2023-03-05 to 2023-06-04, but that line cannot be read so"), "\(m)")
        #expect(!m.contains("give --date-order"), "\(m)")
    }

    /// Wrong either way, or ISO dates: the plain message, with the order named only when read.
    @Test func wrongEitherWayKeepsThePlainMessage() throws {
        let iso = writeFile(Self.native + "a,2023-05-03,2023-04-06,Syria,killed,3\n", name: "iso.csv")
        let m = errorOf { _ = try read([iso], by: [.country]) }?.message ?? "(read)"
        #expect(m.hasSuffix("column 'date_end': 2023-04-06 is before date_start 2023-05-03"), "\(m)")
        // 20 May to 10 May: no order puts it right.
        let both = writeFile(Self.native + "a,20/05/2023,10/05/2023,Syria,killed,3\n", name: "both.csv")
        let b = errorOf { _ = try read([both], by: [.country]) }?.message ?? "(read)"
        #expect(b.contains("2023-05-10 is before date_start 2023-05-20 (the dates read day first (dd/mm/yyyy), the order decided from line 2"), "\(b)")
        #expect(!b.contains("give --date-order"), "\(b)")
    }
}
