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
        #expect(messages == ["\(f):3: this admin1-level row (political_violence, 2024-01-01, events 5, fatalities 20) is not the total of the 1 finer rows under it (events 7, fatalities 20), so tally cannot tell which events they share; give one admin level only (--admin-level 2 reads the admin2 rows alone, 1 or 0 a coarser level; in a report spec, the dataset's admin_level:)"])
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

/// review46 R1: a HAPI file whose coarser rows are not the totals of its finer ones was
/// refused with "filter admin_level", which tally offered no way to do. `--admin-level`
/// (a report dataset's `admin_level:`) reads one level; what it leaves out is said, and a
/// figure that no kept row stands for is named with its events and fatalities.
@Suite struct HAPIOneAdminLevel {
    /// Kabul's admin2 row 12, Kapisa given only at admin1 (4), the country 30: no level
    /// totals the one below it.
    static let text = HAPIMessages.header
        + "AFG,Afghanistan,AF01,Kabul,AF0101,Kabul city,2,political_violence,3,12,2024-01-01,2024-01-31\n"
        + "AFG,Afghanistan,AF02,Kapisa,,,1,political_violence,2,4,2024-01-01,2024-01-31\n"
        + "AFG,Afghanistan,,,,,0,political_violence,9,30,2024-01-01,2024-01-31\n"

    func fatalities(_ o: IngestOutcome) -> [Int64] {
        o.result.rows.filter { $0.measure == "killed" }.map(\.estimate.best)
    }

    @Test func withoutALevelTheFileIsRefusedNamingTheOption() throws {
        let f = writeFile(Self.text, name: "h3.csv")
        let e = errorOf { _ = try read([f], by: [.country], period: .month) }
        #expect(e?.exitCode == 65)
        #expect(e?.message.contains("give one admin level only (--admin-level 2 reads the admin2 rows alone") == true, "\(e?.message ?? "")")
    }

    @Test func eachLevelReadsItsRowsAndSaysWhatItLeftOut() throws {
        let f = writeFile(Self.text, name: "h3.csv")
        // admin2: Kabul's 12; Kapisa's 4 are in no figure (no admin2 row under it), the
        // country's row stands for a place the kept row is in.
        let two = try read([f], by: [.country], period: .month, input: InputOptions(adminLevel: 2))
        #expect(fatalities(two) == [12])
        #expect(two.notes.filter { $0.contains("HDX HAPI: --admin-level 2") } == [
            "\(f): HDX HAPI: --admin-level 2 kept the admin2-level rows and left out 2 of other levels (1 country-level, 1 admin1-level); "
            + "1 of them (admin1 AFG AF02 Kapisa, political_violence 2024-01-01, fatalities 4) has no admin2-level row for its place, event type and month, "
            + "so its 2 events and 4 fatalities are in no figure: give another level to count them"])
        // admin1: Kapisa's 4; Kabul's admin2 row has no admin1 row over it.
        let one = try read([f], by: [.country], period: .month, input: InputOptions(adminLevel: 1))
        #expect(fatalities(one) == [4])
        #expect(one.notes.contains { $0.contains("1 of them (admin2 AFG AF01 Kabul / AF0101 Kabul city, political_violence 2024-01-01, fatalities 12)") },
                "\(one.notes)")
        // The country: 30, and every row left out stands inside it.
        let zero = try read([f], by: [.country], period: .month, input: InputOptions(adminLevel: 0))
        #expect(fatalities(zero) == [30])
        #expect(zero.notes.contains("\(f): HDX HAPI: --admin-level 0 kept the country-level rows and left out 2 of other levels (1 admin1-level, 1 admin2-level); each place, event type and month they count has country-level rows"))
        // A file whose levels agree reads the same with the finest level named, and says nothing is lost.
        let agreeing = writeFile(HAPIMessages.header
            + "AFG,Afghanistan,AF01,Kabul,AF0101,Kabul city,2,political_violence,3,12,2024-01-01,2024-01-31\n"
            + "AFG,Afghanistan,AF01,Kabul,,,1,political_violence,3,12,2024-01-01,2024-01-31\n", name: "agree.csv")
        #expect(fatalities(try read([agreeing], by: [.country], period: .month)) == [12])
        #expect(fatalities(try read([agreeing], by: [.country], period: .month, input: InputOptions(adminLevel: 2))) == [12])
    }

    @Test func theOptionOnAnotherSchemaIsAUsageError() throws {
        let f = writeFile("date_start,country,measure,best\n2024-01-03,Mali,killed,3\n", name: "native.csv")
        let e = errorOf { _ = try read([f], by: [.country], input: InputOptions(adminLevel: 2)) }
        #expect(e?.exitCode == 64)
        #expect(e?.message == "\(f): --admin-level 2 reads one admin level of an HDX HAPI conflict-event file, and this file is not one (it reads as a native CSV): give it without the option")
    }
}
