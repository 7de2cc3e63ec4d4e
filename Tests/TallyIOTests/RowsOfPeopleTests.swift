import Foundation
import Testing
import TallyCore
@testable import TallyIO

/// review32 R2 and review33 N2: a per-victim list (one row per person killed, best 1,
/// several people a place and day) was refused as overlapping exports joined and sorted
/// even when each row named its person (`name`, `victim_name`), since the
/// table of records compared only what tally reads of a row; and the way the refusal
/// gave to read such a list, `--overlap both`, turned off the table, publisher and
/// overlap checks of the whole run (the list beside its own monthly table read 234 for
/// 117). Rows that name different people are not copies; a list with nothing else to
/// tell its rows apart gets ids (the refusal gives the line), which keeps the other
/// checks. Only a column naming the person tells rows apart: any other column (a pull's
/// date stamp, a pandas index, notes edited in a re-pull) made two joined pulls read
/// doubled (review34 S5).
@Suite struct RowsOfPeople {
    static let places = ["Idlib", "Aleppo", "Homs"]

    /// 10 days of April 2023, 2 to 5 people a place and day (107 rows): the fields of each
    /// row, `extra` giving the columns after `best` for person `n` (none: `[]`).
    static func victims(_ header: [String], _ extra: (Int) -> [String]) -> String {
        var text = (["date_start", "country", "adm_1", "measure", "best"] + header).joined(separator: ",") + "\n"
        var n = 0
        for d in 1 ... 10 {
            for (k, p) in places.enumerated() {
                for _ in 0 ..< 2 + (d + k) % 4 {
                    n += 1
                    text += (["2023-04-\(d < 10 ? "0" : "")\(d)", "Syria", p, "killed", "1"] + extra(n)).joined(separator: ",") + "\n"
                }
            }
        }
        return text
    }

    static func total(_ o: IngestOutcome) -> Int64 { o.result.rows.reduce(0) { $0 + $1.estimate.best } }

    /// Rows that differ in a column tally does not read are not copies: read, every person
    /// counted. Before: each refused 65 ("gives every row without an id of 10 days …
    /// twice or more"; checked with the other columns left out of the table's key).
    @Test func aListWhoseRowsNameTheirPeopleIsRead() throws {
        let names = ["Ahmad", "Fatima", "Omar", "Layla", "Yusuf", "Mariam", "Khalid", "Huda"]
        let forms: [(String, [String], (Int) -> [String])] = [
            ("name", ["name"], { ["\(names[$0 % names.count]) \($0)"] }),
            ("sex-age-name", ["sex", "age_group", "Name"], { [$0 % 2 == 0 ? "male" : "female", $0 % 3 == 0 ? "child" : "adult", "Person \($0)"] }),
            ("victim_name", ["notes", "victim_name"], { ["\"Killed by shelling\"", "Person \($0)"] }),
        ]
        for (label, header, extra) in forms {
            let text = Self.victims(header, extra)
            for (end, body) in [("lf", text), ("crlf", text.replacingOccurrences(of: "\n", with: "\r\n"))] {
                let o = try OverlappingExports.read([writeFile(body, name: "victims-\(label)-\(end).csv")])
                #expect(Self.total(o) == 107, "\(label) \(end)")
                #expect(o.duplicates.sameRowsWithoutId == 0, "\(label) \(end)")
            }
        }
    }

    /// review35 R-a: a name column whose header is outside the known list (`Name of
    /// victim`, `name_ar`, `ФИО`, `Nom complet`, `victim`: 23 of 29 headers tried were
    /// refused, 65) is found by a rule (``RowLayout/namesPerson(_:)``): read, every person
    /// counted. And a column named like one but of another thing that changes between
    /// two pulls (`file_name`, `user_name`, `source_name`, a victim's age, a count) tells
    /// nothing apart: two pulls joined with it are still refused (review34 S5).
    @Test func aNameColumnOutsideTheListIsFoundByARule() throws {
        let headers = ["Name of victim", "name_ar", "ФИО", "Nom complet", "victim", "Victim's name", "victimName", "Nombre y apellidos",
                       "prénom", "الاسم الكامل", "Full Name (EN)", "person_name_2", "Имя и фамилия", "姓名",
                       "Nazwisko i imię", "Ad Soyad", "Naam slachtoffer", "Nome completo", "Vorname", "namen"]
        for h in headers {
            let quoted = h.contains(" ") || h.contains("'") ? "\"\(h)\"" : h
            let o = try OverlappingExports.read([writeFile(Self.victims([quoted]) { ["Person \($0)"] }, name: "victims.csv")])
            #expect(Self.total(o) == 107, "\(h)")
            #expect(o.duplicates.sameRowsWithoutId == 0, "\(h)")
        }
        // review37 S1: a name of something else than the person (a place, the record's
        // writer, the perpetrator) read joined pulls doubled (1,436 for 718).
        for h in ["file_name", "user_name", "source_name", "victim_age", "victims_count", "Version name", "retrieved_at", "location_name",
                  "village_name", "reporter_name", "author_name", "camp_name", "display_name", "tribe_name", "perpetrator_name",
                  "Nom de la localité", "hospital_name", "name_of_village"] {
            #expect(!RowLayout.namesPerson(h), "\(h)")
            let one = Self.victims([h]) { ["a\($0 % 7)"] }, two = Self.victims([h]) { ["b\($0 % 7)"] }
            let rows = (one.split(separator: "\n").dropFirst() + two.split(separator: "\n").dropFirst()).sorted()
            let joined = one.split(separator: "\n")[0] + "\n" + rows.joined(separator: "\n") + "\n"
            #expect(throws: TallyError.self, "\(h)") { try OverlappingExports.read([writeFile(String(joined), name: "pulls.csv")]) }
        }
    }

    /// review34 S5: two pulls of one list joined into one file, each row carrying a
    /// column tally does not read that differs between the pulls (the pull's date, a
    /// pandas index, notes edited in the second pull): refused as the same days given
    /// twice, as without the column. They were read doubled (1,803 for 1,222), exit 0.
    @Test func joinedPullsStampedOrIndexedAreStillRefused() throws {
        let forms: [(String, [String], (Int, Int) -> [String])] = [
            ("retrieved_at", ["retrieved_at"], { pull, _ in [pull == 0 ? "2023-05-01" : "2023-06-01"] }),
            ("unnamed-index", ["Unnamed: 0"], { pull, n in ["\(pull * 1000 + n)"] }),
            ("notes-edited", ["notes"], { pull, n in ["\"Shelling \(n)\(pull == 0 ? "" : " (updated)")\""] }),
        ]
        for (label, header, extra) in forms {
            let one = Self.victims(header) { extra(0, $0) }, two = Self.victims(header) { extra(1, $0) }
            let rows = (one.split(separator: "\n").dropFirst() + two.split(separator: "\n").dropFirst()).sorted()
            let joined = one.split(separator: "\n")[0] + "\n" + rows.joined(separator: "\n") + "\n"
            #expect(throws: TallyError.self, "\(label)") { try OverlappingExports.read([writeFile(String(joined), name: "pulls-\(label).csv")]) }
        }
    }

    /// review35 S-a: the second pull's names rewritten in case, punctuation or spacing
    /// (`Ahmad A.` → `AHMAD A`) are the same people: refused as the list given twice
    /// (read doubled before, 234 for 117).
    @Test func aSecondPullWithItsNamesRecasedIsStillRefused() throws {
        let one = Self.victims(["name"]) { ["Person \($0) A."] }, two = Self.victims(["name"]) { ["PERSON  \($0) A"] }
        let rows = (one.split(separator: "\n").dropFirst() + two.split(separator: "\n").dropFirst()).sorted()
        let joined = one.split(separator: "\n")[0] + "\n" + rows.joined(separator: "\n") + "\n"
        #expect(throws: TallyError.self) { try OverlappingExports.read([writeFile(String(joined), name: "pulls-recased.csv")]) }
    }

    /// The same list given twice and sorted (copies: alike in every column) is still
    /// refused, and so is a list whose rows say nothing more than date, place and figure;
    /// the refusal gives the ids first and says what --overlap both turns off.
    @Test func copiesStayRefusedAndTheWayOutKeepsTheOtherChecks() throws {
        let named = Self.victims(["name"]) { ["Person \($0)"] }
        let lines = named.split(separator: "\n").map(String.init)
        let joined = ([lines[0]] + (lines.dropFirst() + lines.dropFirst()).sorted()).joined(separator: "\n") + "\n"
        let twice = writeFile(joined, name: "victims-twice.csv")
        let m = errorOf { _ = try OverlappingExports.read([twice]) }
        #expect(DoubledDays.isDoubledRefusal(m, twice), "\(m?.message ?? "read")")

        let bare = writeFile(Self.victims([]) { _ in [] }, name: "victims-bare.csv")
        let b = errorOf { _ = try OverlappingExports.read([bare]) }
        #expect(DoubledDays.isDoubledRefusal(b, bare), "\(b?.message ?? "read")")
        #expect(b?.message.contains("{print \"victims-bare-\" NR-1 \",\" $0}") == true, "\(b?.message ?? "")")
        #expect(b?.message.contains("turns off the checks of overlapping exports, tables of sums and publishers for every input of the run") == true)

        // The list with the ids the message gives: read whole, and beside its own monthly
        // table still refused (under --overlap both it read 234 for 117: review33 N2).
        let bareLines = Self.victims([]) { _ in [] }.split(separator: "\n").map(String.init)
        let withIds = (["id," + bareLines[0]] + bareLines.dropFirst().enumerated().map { "victims-bare-\($0.offset + 1),\($0.element)" })
            .joined(separator: "\n") + "\n"
        let ids = writeFile(withIds, name: "victims-ids.csv")
        #expect(Self.total(try OverlappingExports.read([ids])) == 107)
        let table = writeFile("id,date_start,country,measure,best\n1,2023-04-30,Syria,killed,107\n", name: "victims-table.csv")
        #expect(errorOf { _ = try OverlappingExports.read([ids, table]) }?.exitCode == 65)
    }

    /// The id prefix the refusal suggests: the file's name without folders or extension,
    /// letters, digits, `_` and `-` only.
    @Test func theIdPrefix() {
        #expect(Pipeline.idPrefix("/tmp/x/victims list.csv") == "victimslist")
        #expect(Pipeline.idPrefix("a.csv.gz") == "a")
        #expect(Pipeline.idPrefix("-") == "-")
        #expect(Pipeline.idPrefix("ضحايا.csv") == "row")
    }
}
