import Foundation
import Testing
import TallyCore
import TallyTestSupport
@testable import TallyIO

/// Messages about HDX HAPI files (issue 9): the same on every run, and naming the
/// file's own line and column, never those of the native text tally converts it to.
@Suite struct HAPIMessages {
    static let header = "location_code,location_name,admin1_code,admin1_name,admin2_code,admin2_name,admin_level,event_type,events,fatalities,reference_period_start,reference_period_end\n"
    static let tags = "#country+code,#country+name,#adm1+code,#adm1+name,#adm2+code,#adm2+name,,#event+type,#event+num,#affected+killed,#date+start,#date+end\n"

    /// Four admin1 totals below the admin2 rows under them, in four groups (place, event
    /// type, month): which one was named depended on the hash seed of the run (a
    /// Dictionary's order), so a cron job's message changed from run to run. The
    /// earliest line is named, every time.
    @Test func ofTotalsThatDoNotAddUpTheEarliestIsNamedOnEveryRun() throws {
        var text = Self.header
        for (type, month) in [("political_violence", "2024-01"), ("political_violence", "2024-02"), ("demonstration", "2024-01"), ("political_violence", "2024-03")] {
            let end = month == "2024-02" ? "29" : "31"
            text += "SDN,Sudan,SD01,Khartoum,SD01001,Bahri,2,\(type),7,20,\(month)-01,\(month)-\(end)\n"
            text += "SDN,Sudan,SD01,Khartoum,,,1,\(type),5,20,\(month)-01,\(month)-\(end)\n"
        }
        let f = writeFile(text, name: "totals.csv")
        var messages = Set<String>()
        for _ in 0 ..< 16 {
            messages.insert(errorOf { _ = try read([f], by: [.country], period: .month) }?.message ?? "(no error)")
        }
        #expect(messages == ["\(f):3: this admin1-level row (political_violence, 2024-01-01, events 5, fatalities 20) is not the total of the 1 finer rows under it (events 7, fatalities 20), so tally cannot tell which events they share; give one admin level only (filter admin_level)"])
    }

    /// Khartoum's two admin2 units, each month's political violence and civilian targeting.
    static func rows(months: [String], country: String = "Sudan") -> String {
        var text = ""
        for m in months {
            for (code, name) in [("SD01001", "Bahri"), ("SD01002", "Omdurman")] {
                // (An empty period end: the month.)
                text += "SDN,\(country),SD01,Khartoum,\(code),\(name),2,political_violence,7,20,\(m)-01,\n"
                text += "SDN,\(country),SD01,Khartoum,\(code),\(name),2,civilian_targeting,3,9,\(m)-01,\n"
            }
        }
        return text
    }

    /// A date after tomorrow found once the rows are converted (each HAPI row is two or
    /// three native rows): the message named the converted text's line, past the end of
    /// the file (line 1,119,746 of a 540,433-line file), and its column `date_start`.
    @Test func aDateOutsideThePlausibleSpanNamesTheFilesLineAndColumn() throws {
        let months = (1 ... 9).map { "2023-0\($0)" }
        // Line 1 header, line 2 tags, four rows a month: 2023-09's first row is line 35.
        let text = Self.header + Self.tags + Self.rows(months: months).replacingOccurrences(of: "2023-09-01,", with: "2099-09-01,")
        let f = writeFile(text, name: "future.csv")
        let e = errorOf { _ = try read([f], by: [.country], period: .month) }
        #expect(e?.exitCode == 65)
        #expect(e?.message.hasPrefix("\(f):35: column 'reference_period_start': 2099-09-01 is outside the plausible dates") == true, "\(e?.message ?? "")")
        // Listed (set aside, `tally info`) the same way.
        let outcome = try read([f], by: [.country], period: .month, collectImplausible: true)
        // Each HAPI row is two or three native lines: counted and listed once a row.
        #expect(outcome.implausibleDateRows == 4)
        let listed = outcome.implausibleDates
        #expect(listed.count == 4)
        for (m, line) in zip(listed, [35, 36, 37, 38]) {
            #expect(m.hasPrefix("\(f):\(line): column 'reference_period_start': 2099-09-01"), "\(m)")
        }
        // With an admin1 total left out above the rows (no native row of its own): the same rows, a line on.
        let total = "SDN,Sudan,SD01,Khartoum,,,1,political_violence,14,40,2023-01-01,2023-01-31\n"
        let withTotal = writeFile(Self.header + Self.tags + total + Self.rows(months: months)
            .replacingOccurrences(of: "2023-09-01,", with: "2099-09-01,"), name: "future-total.csv")
        #expect(message { _ = try read([withTotal], by: [.country], period: .month) }.hasPrefix("\(withTotal):36: column 'reference_period_start': 2099-09-01"))
    }

    /// A country name one swap from a listed one, in `location_name`: the file's line
    /// and column are named.
    @Test func aCountrySlipNamesTheFilesLineAndColumn() throws {
        let text = Self.header + Self.tags + Self.rows(months: ["2023-01", "2023-02"], country: "Sudna")
        let f = writeFile(text, name: "slip.csv")
        let m = message { _ = try read([f], by: [.country], period: .month) }
        #expect(m.hasPrefix("\(f):3: column 'location_name': \"Sudna\" is a name tally does not know"), "\(m)")
    }
}

private func message(_ body: () throws -> Void) -> String {
    errorOf(body)?.message ?? "(no error)"
}
