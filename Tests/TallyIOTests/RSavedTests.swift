import Foundation
import Testing
import TallyCore
import TallyTestSupport
@testable import TallyIO

/// Files re-saved by R, pandas and spreadsheets (review48 F4, F5, F12, F13, F14): R writes a missing
/// value as `NA` and a round double as `1e+05`; pandas writes its index as a first
/// column and keeps HDX's tag row as data. Each reads to the figures of the file as
/// published, or is refused saying what to do.
@Suite struct RSavedFiles {
    /// Every empty field written `NA`, as R's `write.csv` writes a missing value, with its
    /// row names as a first column (`""` above them); quoted fields kept as they are,
    /// HDX's tag row as it is.
    static func rSaved(_ text: String) -> String {
        var out = "", field = "", quoted = false, inQuotes = false, row = 0
        func endField() { out += field.isEmpty && !quoted ? "NA" : field; field = ""; quoted = false }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("#") || line.isEmpty { out += line + "\n"; continue }
            out += row == 0 ? "\"\"," : "\"\(row)\","
            row += 1
            for c in line {
                if c == "\"" { inQuotes.toggle(); quoted = true; field.append(c) }
                else if c == "," && !inQuotes { endField(); out += "," }
                else { field.append(c) }
            }
            endField()
            out += "\n"
        }
        return String(out.dropLast())
    }

    static func table(_ files: [String], by keys: [GroupKey], dateOrder: DayMonthOrder? = nil) throws -> [String] {
        try read(files, by: keys, period: .month, dateOrder: dateOrder).result.rows.map {
            "\($0.keyValues(Grouping(keys)).joined(separator: "|")) \($0.period) \($0.measure) \($0.estimate.low) \($0.estimate.best) \($0.estimate.high.map(String.init) ?? "open") \($0.events)"
        }
    }

    /// UCDP GED, ACLED and HDX HAPI with R's NA in every empty field: the same rows as
    /// the files as published, by country, admin1, admin2 (no place named NA).
    @Test func rsMissingValuesReadAsEmpty() throws {
        for (name, keys) in [("ged-191.csv", [GroupKey.country, .adm1, .adm2]), ("acled-2023.csv", [.country, .adm1, .adm2]),
                             ("hapi-conflict-events.csv", [.country, .adm1, .adm2]), ("acled-2023.csv", [.actor])] {
            let original = try String(contentsOfFile: fixture(name), encoding: .utf8)
            let r = Self.rSaved(original)
            #expect(r.contains(",NA,"), "\(name)")
            let saved = writeFile(r, name: "r-" + name)
            let expected = try Self.table([fixture(name)], by: keys)
            #expect(!expected.isEmpty)
            #expect(try Self.table([saved], by: keys) == expected, "\(name)")
        }
        // Native with R's row names: NA in adm_1, adm_2, actor, date_end, low, high and
        // incident is an empty field (review50 F10: two events with incident NA were
        // merged as one incident's reports, 12 and 5 read as 5 (5-12)).
        let native = writeFile("\"\",id,date_start,date_end,country,adm_1,adm_2,actor,measure,low,best,high,incident\n"
            + "\"1\",a,2024-01-01,NA,Syria,NA,\"NA\",NA,killed,NA,3,NA,NA\n\"2\",b,2024-01-02,NA,Syria,,,,killed,NA,4,NA,NA\n", name: "na.csv")
        #expect(try Self.table([native], by: [.country, .adm1, .adm2, .actor]) == ["Syria||| 2024-01 killed 7 7 7 2"])
        // Without row names NA is a value: Nigeria's Nasarawa state code (review50 F1).
        let codes = writeFile("id,date_start,date_end,country,adm_1,measure,best\n1,2023-01-05,,Nigeria,NA,killed,12\n2,2023-01-06,,Nigeria,,killed,5\n3,2023-01-07,,Nigeria,KD,killed,7\n", name: "ng.csv")
        #expect(try Self.table([codes], by: [.adm1]) == ["Nigeria| 2023-01 killed 5 5 5 1", "Nigeria|KD 2023-01 killed 7 7 7 1", "Nigeria|NA 2023-01 killed 12 12 12 1"])
        // A country NA may be Namibia's code: refused, not guessed.
        let country = writeFile("id,date_start,date_end,country,measure,estimate\na,2024-01-01,2024-01-01,NA,killed,3\n", name: "na-country.csv")
        let m = errorOf { _ = try read([country], by: [.country]) }?.message ?? "(read)"
        #expect(m.hasSuffix("na-country.csv:2: column 'country': NA (how R writes a missing value), expected a country; give the row's country (if NA is Namibia's two-letter code here, write Namibia)"), "\(m)")
        // A name that only starts with NA is a name.
        let na = writeFile("id,date_start,date_end,country,adm_1,measure,estimate\na,2024-01-01,2024-01-01,Syria,NAB,killed,3\nb,2024-01-01,2024-01-01,Syria,Na,killed,2\n", name: "nab.csv")
        #expect(try Self.table([na], by: [.adm1]) == ["Syria|NAB 2024-01 killed 3 3 3 1", "Syria|Na 2024-01 killed 2 2 2 1"])
    }

    /// R writes a round count of a double column in scientific form.
    @Test func scientificWholeCountsRead() throws {
        let ok = writeFile("id,date_start,date_end,country,measure,best,low,high\n"
            + "a,2024-01-01,2024-01-01,Syria,killed,1e+05,9e+04,1.2E5\nb,2024-01-02,2024-01-02,Syria,killed,1.5e+01,15,1.5e1\n", name: "sci.csv")
        #expect(try Self.table([ok], by: [.country]) == ["Syria 2024-01 killed 90015 100015 120015 2"])
        #expect(BlockParser.scientificCount("1e+05") == 100_000 && BlockParser.scientificCount("1.20e+07") == 12_000_000)
        for bad in ["1.25e+01", "1e-05", "1e+99", "1e", "1e+", ".5e+01", "1.2.3e+01", "e+05", "1e+5x"] {
            #expect(BlockParser.scientificCount(bad) == nil, "\(bad)")
            let f = writeFile("id,date_start,date_end,country,measure,best\na,2024-01-01,2024-01-01,Syria,killed,\(bad)\n", name: "bad.csv")
            #expect(errorOf { _ = try read([f], by: [.country]) } != nil, "\(bad)")
        }
        let hapi = writeFile(PartsAboveTheirWhole.hapiHeader + "SDN,Sudan,SD01,Khartoum,,,1,political_violence,12,1e+05,2024-01-01,2024-01-31\n", name: "hapi-sci.csv")
        // 12 events: HAPI's own count (review46 N-j), not one row.
        #expect(try Self.table([hapi], by: [.country]).contains("Sudan 2024-01 killed 100000 100000 100000 12"))
    }

    /// pandas' index column (and R's row names) before HDX's tag row kept as data.
    @Test func hdxTagRowAfterARowNumberIsSkipped() throws {
        let original = try String(contentsOfFile: fixture("hapi-conflict-events.csv"), encoding: .utf8)
        var lines = original.split(separator: "\n").map(String.init)
        lines = lines.enumerated().map { i, l in (i == 0 ? "" : String(i - 1)) + "," + l }
        let indexed = writeFile(lines.joined(separator: "\n") + "\n", name: "pandas-hxl.csv")
        #expect(try Self.table([indexed], by: [.adm1]) == (try Self.table([fixture("hapi-conflict-events.csv")], by: [.adm1])))
        // Native with its tag row behind a row number: skipped too.
        let native = writeFile(",id,date_start,date_end,country,measure,estimate\n0,#x,#date+start,#date+end,#country+name,#measure,#affected+killed\n1,a,2024-01-01,2024-01-01,Syria,killed,3\n", name: "native-hxl.csv")
        #expect(try Self.table([native], by: [.country]) == ["Syria 2024-01 killed 3 3 3 1"])
        // A row number alone beside one tag is no tag row.
        let one = writeFile(",id,date_start,date_end,country,measure,estimate\n0,#x,2024-01-01,2024-01-01,Syria,killed,3\n", name: "one-tag.csv")
        #expect(try Self.table([one], by: [.country]) == ["Syria 2024-01 killed 3 3 3 1"])
    }

    /// Every `YYYY-MM-DD` as a spreadsheet re-saves it: `5/11/2015` (month first, US)
    /// or `11/05/2015` (day first).
    static func spreadsheetDates(_ text: String, dayFirst: Bool) -> String {
        let re = try! NSRegularExpression(pattern: "\\b([0-9]{4})-([0-9]{2})-([0-9]{2})\\b")
        let ns = text as NSString
        var out = "", last = 0
        for m in re.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
            out += ns.substring(with: NSRange(location: last, length: m.range.location - last))
            let y = ns.substring(with: m.range(at: 1)), mo = Int(ns.substring(with: m.range(at: 2)))!, d = Int(ns.substring(with: m.range(at: 3)))!
            out += dayFirst ? "\(d)/\(mo)/\(y)" : "\(mo)/\(d)/\(y)"
            last = m.range.location + m.range.length
        }
        return out + ns.substring(from: last)
    }

    /// review48 F4: UCDP GED and native files re-saved by Excel were refused, and
    /// --date-order did nothing for them. Now read in the order their days above 12
    /// show (date_start and date_end both), or the order given.
    @Test func spreadsheetDatesInUCDPAndNativeFiles() throws {
        let original = try String(contentsOfFile: fixture("ged-191.csv"), encoding: .utf8)
        let expected = try Self.table([fixture("ged-191.csv")], by: [.country])
        for dayFirst in [false, true] {
            let f = writeFile(Self.spreadsheetDates(original, dayFirst: dayFirst), name: "ged-excel.csv")
            #expect(try Self.table([f], by: [.country]) == expected, "\(dayFirst)")
            // The order the file contradicts is refused, naming the row.
            let m = errorOf { _ = try read([f], by: [.country], dateOrder: dayFirst ? .mdy : .dmy) }?.message ?? "(read)"
            #expect(m.contains("is not a valid date read \(dayFirst ? "month" : "day") first"), "\(m)")
        }
        // Native: the evidence may be in date_end only.
        let native = writeFile("id,date_start,date_end,country,measure,estimate\na,5/1/2023,5/13/2023,Syria,killed,3\nb,6/2/2023,6/2/2023,Syria,killed,4\n", name: "nd.csv")
        #expect(try Self.table([native], by: [.country]) == ["Syria 2023-05 killed 3 3 3 1", "Syria 2023-06 killed 4 4 4 1"])
        // No day above 12: refused, naming the option; given, read in that order.
        let ambiguous = writeFile("id,date_start,date_end,country,measure,estimate\na,5/1/2023,5/1/2023,Syria,killed,3\n", name: "amb.csv")
        let m = errorOf { _ = try read([ambiguous], by: [.country]) }?.message ?? "(read)"
        #expect(m.contains("could be day/month or month/day") && m.contains("--date-order dmy"), "\(m)")
        #expect(try Self.table([ambiguous], by: [.country], dateOrder: .dmy) == ["Syria 2023-01 killed 3 3 3 1"])
        #expect(try Self.table([ambiguous], by: [.country], dateOrder: .mdy) == ["Syria 2023-05 killed 3 3 3 1"])
        // Both orders in one file: refused naming both lines.
        let mixed = writeFile("id,date_start,date_end,country,measure,estimate\na,5/13/2023,5/13/2023,Syria,killed,3\nb,13/5/2023,13/5/2023,Syria,killed,4\n", name: "mixed.csv")
        #expect((errorOf { _ = try read([mixed], by: [.country]) }?.message ?? "").contains("mixes date orders"))
        // A slashed date after ISO rows: refused naming both forms. --date-order is not
        // advised (readers12, review54 F9): given, the two-forms rule refuses it again.
        let late = writeFile("id,date_start,date_end,country,measure,estimate\na,2023-05-13,2023-05-13,Syria,killed,3\nb,5/1/2023,5/1/2023,Syria,killed,4\n", name: "late.csv")
        let l = errorOf { _ = try read([late], by: [.country]) }?.message ?? "(read)"
        #expect(l.contains("column 'date_start' holds dates in two forms: line 2 \"2023-05-13\" and here \"5/1/2023\" (all-numeric)")
                && l.contains("--date-order does not settle it"), "\(l)")
        #expect(errorOf { _ = try read([late], by: [.country], dateOrder: .mdy) }?.message.contains("holds dates in two forms") == true)
    }
}
