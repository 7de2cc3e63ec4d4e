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
/// (a report dataset's `admin_level:`) reads one level, and only when the rows it leaves
/// out hold nothing the kept rows do not (review48 F1, F8, F15: an admin1 total above its
/// admin2 rows, a month given at admin1 alone, civilian targeting added to political
/// violence in what was said lost): otherwise refused, naming the levels that read whole.
@Suite struct HAPIOneAdminLevel {
    static func file(_ rows: [String]) -> String { HAPIMessages.header + rows.map { $0 + "\n" }.joined() }
    static let kabul2 = "AFG,Afghanistan,AF01,Kabul,AF0101,Kabul city,2,political_violence,3,12,2024-01-01,2024-01-31"
    static let kapisa1 = "AFG,Afghanistan,AF02,Kapisa,,,1,political_violence,2,4,2024-01-01,2024-01-31"
    static let afghanistan0 = "AFG,Afghanistan,,,,,0,political_violence,9,30,2024-01-01,2024-01-31"

    func fatalities(_ o: IngestOutcome) -> [Int64] {
        o.result.rows.filter { $0.measure == "killed" }.map(\.estimate.best)
    }

    func levelError(_ f: String, _ level: Int) -> TallyError? {
        errorOf { _ = try read([f], by: [.country], period: .month, input: InputOptions(adminLevel: level)) }
    }

    @Test func withoutALevelTheFileIsRefusedNamingTheOption() throws {
        let f = writeFile(Self.file([Self.kabul2, Self.kapisa1, Self.afghanistan0]), name: "h3.csv")
        let e = errorOf { _ = try read([f], by: [.country], period: .month) }
        #expect(e?.exitCode == 65)
        #expect(e?.message.contains("give one admin level only (--admin-level 2 reads the admin2 rows alone") == true, "\(e?.message ?? "")")
    }

    /// Kabul's admin2 row 12, Kapisa given only at admin1 (4), the country 30: only the
    /// country level holds every figure.
    @Test func aLevelThatWouldLoseFiguresIsRefusedNamingTheOnesThatRead() throws {
        let f = writeFile(Self.file([Self.kabul2, Self.kapisa1, Self.afghanistan0]), name: "h3.csv")
        #expect(levelError(f, 2) == TallyError(exitCode: 65, message: "\(f):3: --admin-level 2 would leave 2 events and 4 fatalities out of every figure: "
            + "this admin1-level row (AFG AF02 Kapisa, political_violence 2024-01-01, events 2, fatalities 4) has no admin2-level row under it; "
            + "--admin-level 0 reads this file whole"))
        #expect(levelError(f, 1) == TallyError(exitCode: 65, message: "\(f):2: --admin-level 1 would leave 3 events and 12 fatalities out of every figure: "
            + "the admin2-level rows under admin1 AFG AF01 Kabul (political_violence 2024-01-01) have no admin1-level row above them; "
            + "--admin-level 0 reads this file whole"))
        let zero = try read([f], by: [.country], period: .month, input: InputOptions(adminLevel: 0))
        #expect(fatalities(zero) == [30])
        #expect(zero.notes.contains("\(f): HDX HAPI: --admin-level 0 read the country-level rows; the 2 of other levels (1 admin1-level, 1 admin2-level) hold nothing they do not, and are left out"))
    }

    /// review48 F1: an admin1 total above the admin2 rows under it (a residual) is no loss
    /// to leave unsaid; F8: a month given at admin1 alone would be drawn as 0; F15: each
    /// event type is compared apart.
    @Test func residualsMonthsAndEventTypesAreEachHeld() throws {
        let residual = writeFile(Self.file([
            "SDN,Sudan,SD01,Khartoum,SD01001,Bahri,2,political_violence,7,20,2024-01-01,2024-01-31",
            "SDN,Sudan,SD01,Khartoum,,,1,political_violence,50,400,2024-01-01,2024-01-31"]), name: "h1.csv")
        #expect(levelError(residual, 2)?.message == "\(residual):3: --admin-level 2 would leave 43 events and 380 fatalities out of every figure: "
            + "this admin1-level row (SDN SD01 Khartoum, political_violence 2024-01-01, events 50, fatalities 400) is more than the admin2-level rows under it "
            + "(events 7, fatalities 20); --admin-level 1 reads this file whole")
        #expect(fatalities(try read([residual], by: [.country], period: .month, input: InputOptions(adminLevel: 1))) == [400])
        let month = writeFile(Self.file([
            "SDN,Sudan,SD01,Khartoum,SD01001,Bahri,2,political_violence,7,20,2024-01-01,2024-01-31",
            "SDN,Sudan,SD01,Khartoum,,,1,political_violence,7,20,2024-01-01,2024-01-31",
            "SDN,Sudan,SD01,Khartoum,,,1,political_violence,40,150,2024-02-01,2024-02-29"]), name: "cov.csv")
        #expect(levelError(month, 2)?.message.hasPrefix("\(month):4: --admin-level 2 would leave 40 events and 150 fatalities out of every figure: "
            + "this admin1-level row (SDN SD01 Khartoum, political_violence 2024-02-01") == true)
        let types = writeFile(Self.file([
            "SDN,Sudan,SD01,Khartoum,SD01001,Bahri,2,political_violence,7,20,2024-01-01,2024-01-31",
            "SDN,Sudan,SD01,Khartoum,SD01001,Bahri,2,civilian_targeting,2,5,2024-01-01,2024-01-31",
            "SDN,Sudan,SD01,Khartoum,,,1,political_violence,7,20,2024-01-01,2024-01-31",
            "SDN,Sudan,SD01,Khartoum,,,1,civilian_targeting,3,6,2024-01-01,2024-01-31"]), name: "ct.csv")
        #expect(levelError(types, 2)?.message.hasPrefix("\(types):5: --admin-level 2 would leave 1 events and 1 fatalities out of every figure: "
            + "this admin1-level row (SDN SD01 Khartoum, civilian_targeting 2024-01-01, events 3, fatalities 6) is more than the admin2-level rows under it (events 2, fatalities 5)") == true)
        // A file whose levels agree reads the same with the finest level named, and says what it left out.
        let agreeing = writeFile(Self.file([Self.kabul2, "AFG,Afghanistan,AF01,Kabul,,,1,political_violence,3,12,2024-01-01,2024-01-31"]), name: "agree.csv")
        #expect(fatalities(try read([agreeing], by: [.country], period: .month)) == [12])
        let two = try read([agreeing], by: [.country], period: .month, input: InputOptions(adminLevel: 2))
        #expect(fatalities(two) == [12])
        #expect(two.notes.contains("\(agreeing): HDX HAPI: --admin-level 2 read the admin2-level rows; the 1 of other levels (1 admin1-level) hold nothing they do not, and are left out"))
    }

    /// The run's option reads its HAPI files; with none it is a usage error (review48 F9:
    /// a native file beside a HAPI one was refused).
    @Test func theRunsOptionReadsItsHAPIFilesAlone() throws {
        let native = writeFile("date_start,country,measure,best\n2024-01-03,Mali,killed,3\n", name: "native.csv")
        let e = errorOf { _ = try read([native], by: [.country], input: InputOptions(adminLevel: 2)) }
        #expect(e == TallyError(exitCode: 64, message: "--admin-level 2 reads one admin level of HDX HAPI conflict-event files, and none of the inputs is one: give them without the option"))
        let hapi = writeFile(Self.file([Self.kabul2, Self.kapisa1, Self.afghanistan0]), name: "h3.csv")
        let both = try read([native, hapi], by: [.country], period: .all, input: InputOptions(adminLevel: 0))
        #expect(both.result.rows.filter { $0.measure == "killed" }.map { "\($0.country ?? "") \($0.estimate.best)" } == ["Afghanistan 30", "Mali 3"])
    }
}
