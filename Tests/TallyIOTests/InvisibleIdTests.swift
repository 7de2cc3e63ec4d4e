import Foundation
import Testing
import TallyCore
import TallyTestSupport
@testable import TallyIO

/// Review 16 (issue 11 item 7): ids and names read with one definition of "invisible"
/// (``Invisible``), ids scoped by the source a row ends up with, and messages that name
/// the right file.
@Suite struct InvisibleIds {
    /// #7: an id with a direction mark, word joiner, soft hyphen, zero-width joiner or
    /// non-joiner, Mongolian vowel separator, reversed byte-order mark, bidi isolate or
    /// control at either end was another event (10 + 15 = 25, 2 events, no note); names
    /// drop the same characters.
    @Test(arguments: ["\u{200E}", "\u{200F}", "\u{061C}", "\u{2060}", "\u{00AD}", "\u{200D}", "\u{200C}", "\u{180E}",
                      String(Unicode.Scalar(UInt32(0xFFFE))!), "\u{2066}", "\u{202C}", "\u{1}", "\u{E0001}", "\u{FE0F}", "\u{200E}\t\u{2060}"])
    func idsAreComparedWithoutInvisibleCharactersAround(_ mark: String) throws {
        let a = writeFile(nativeHeader + "a-1,2023-04-01,,Syria,,,,killed,10,10,10,s\n")
        for id in ["a-1" + mark, mark + "a-1"] {
            let b = writeFile(nativeHeader + "\"\(id)\",2023-04-01,,Syria,,,,killed,15,15,15,s\n")
            let o = try read([a, b], by: [.country], period: .all)
            #expect(o.result.rows.map(\.estimate.best) == [15], "\(id.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(o.result.rows.map(\.events) == [1])
            #expect(o.duplicates.replaced == 1)
            // The name rule says the same of the same characters: one group.
            #expect(KeyKind.name.canonical("Idlib" + mark) == "Idlib" && KeyKind.name.canonical(mark + "Idlib") == "Idlib")
        }
        // A visible character is never trimmed.
        let other = writeFile(nativeHeader + "a-1x,2023-04-01,,Syria,,,,killed,15,15,15,s\n")
        #expect(try read([a, other], by: [.country], period: .all).result.rows.map(\.estimate.best) == [25])
    }

    /// An id of invisible characters only (a space, an LRM, a tab) names no event: such
    /// rows are rows without an id, never one event replaced by a later file's (30 + 7
    /// read as 7) nor refused as one id with other contents.
    @Test(arguments: [" ", "\u{200E}", "\t\u{A0}", "\u{2060}"])
    func anIdOfInvisibleCharactersOnlyIsNoId(_ blank: String) throws {
        let a = writeFile(nativeHeader + "\"\(blank)\",2023-04-01,,Syria,,,,killed,10,10,10,s\n\"\(blank)\",2023-04-02,,Syria,,,,killed,20,20,20,s\n")
        let b = writeFile(nativeHeader + "\"\(blank)\",2023-04-01,,Syria,,,,killed,7,7,7,s\n", name: "b.csv")
        let o = try read([a, b], by: [.country], period: .all)
        #expect(o.result.rows.map(\.estimate.best) == [37])
        #expect(o.duplicates.replaced == 0 && o.duplicates.withinFile == 0)
    }

    /// The byte-level trimming of ids agrees with the scalar-level definition for every
    /// code point of the planes tally meets (and no visible one is trimmed).
    @Test func idTrimmingAgreesWithTheDefinitionForEveryCodePoint() {
        var disagree: [String] = []
        for v in UInt32(0) ... 0x2FFFF {
            guard let u = Unicode.Scalar(v) else { continue }
            var bytes = Array("x".utf8) + Array(String(u).utf8)
            let trimmed = bytes.withUnsafeMutableBufferPointer { idBounds($0.baseAddress!, $0.count).1 } == 1
            if trimmed != Invisible.isInvisible(u) { disagree.append(String(v, radix: 16)) }
            bytes = Array(String(u).utf8) + Array("x".utf8)
            let lead = bytes.withUnsafeMutableBufferPointer { idBounds($0.baseAddress!, $0.count).0 } > 0
            if lead != Invisible.isInvisible(u) { disagree.append(String(v, radix: 16)) }
        }
        #expect(disagree.isEmpty, "\(disagree.prefix(20))")
        for v: UInt32 in [0x200E, 0x200F, 0x061C, 0x2060, 0xAD, 0x200D, 0x200C, 0x180E, 0xFFFE, 0xFEFF, 0xA0, 0x3000, 0x9, 0x85] {
            #expect(Invisible.isInvisible(Unicode.Scalar(v)!), "\(String(v, radix: 16))")
        }
        for v: UInt32 in [0x41, 0x31, 0x2D, 0x627, 0x2800, 0xFFFD, 0x1F600] {
            #expect(!Invisible.isInvisible(Unicode.Scalar(v)!), "\(String(v, radix: 16))")
        }
    }

    /// #7 minor: a UCDP id written `214797.0` (a CSV saved through Excel or pandas) is
    /// the event 214797, in two files and within one (where the rising-id check must
    /// not let `5` and `5.0` through as two ids). Native ids are text: `1.0` stays apart.
    @Test func integerValuedUCDPIdsWrittenWithAPointAreTheSameEvent() throws {
        let ged = try String(contentsOfFile: fixture("ged-191.csv"), encoding: .utf8)
        let lines = ged.split(separator: "\n").map(String.init)
        let pointed = writeFile(([lines[0]] + lines.dropFirst().map { l -> String in
            let comma = l.firstIndex(of: ",")!
            return l[..<comma] + ".0" + l[comma...]
        }).joined(separator: "\n") + "\n", name: "pointed.csv")
        let once = try read([fixture("ged-191.csv")], by: [.country], period: .month)
        let both = try read([fixture("ged-191.csv"), pointed], by: [.country], period: .month)
        #expect(csvText(both.result) == csvText(once.result))
        #expect(both.duplicates.dropped == lines.count - 1)
        // One file holding the row and its `.0` copy, next to each other (ids rise otherwise).
        let second = lines[1]
        let comma = second.firstIndex(of: ",")!
        let within = writeFile(([lines[0], second, second[..<comma] + ".00" + second[comma...]] + lines.dropFirst(2)).joined(separator: "\n") + "\n",
                               name: "within.csv")
        let w = try read([within], by: [.country], period: .month)
        #expect(csvText(w.result) == csvText(once.result))
        #expect(w.duplicates.withinFile == 1)
        // Not integer-valued: not a UCDP id, refused (review20a I1; it was another id).
        let half = writeFile([lines[0], second, second[..<comma] + ".5" + second[comma...]].joined(separator: "\n") + "\n", name: "half.csv")
        #expect(errorOf { _ = try read([half], by: [.country], period: .all) }?.message.hasPrefix("\(half):3: column 'id': \"244657.5\" is not a UCDP GED id") == true)
        // Native ids are text.
        let a = writeFile(nativeHeader + "1,2023-04-01,,Syria,,,,killed,10,10,10,s\n")
        let b = writeFile(nativeHeader + "1.0,2023-04-01,,Syria,,,,killed,15,15,15,s\n")
        #expect(try read([a, b], by: [.country], period: .all).result.rows.map(\.estimate.best) == [25])
    }

    /// review19 H: ids `01` and `1` on otherwise identical rows were two events (20 for
    /// 10): a spreadsheet strips an id's leading zeros in one export and another keeps
    /// them. An id of digits only is compared as a number, within one input (a repeat,
    /// also when the one input's ids are checked for rising order) and across inputs
    /// (the later file's figure wins); an id with a letter keeps its zeros.
    @Test func allDigitIdsCompareAsNumbers() throws {
        let h = "id,date_start,country,adm_1,measure,best,source\n"
        for (x, y) in [("1", "01"), ("01", "1"), ("007", "7"), ("0", "000")] {
            let one = writeFile(h + "\(x),2023-01-01,Syria,Aleppo,killed,10,SOHR\n\(y),2023-01-01,Syria,Aleppo,killed,10,SOHR\n")
            let o = try read([one], by: [.country], period: .all)
            #expect(o.result.rows.map(\.estimate.best) == [10], "\(x) \(y)")
            #expect(o.duplicates.withinFile == 1, "\(x) \(y)")
            let a = writeFile(h + "\(x),2023-01-01,Syria,Aleppo,killed,10,SOHR\n")
            let b = writeFile(h + "\(y),2023-01-01,Syria,Aleppo,killed,12,SOHR\n")
            let two = try read([a, b], by: [.country], period: .all)
            #expect(two.result.rows.map(\.estimate.best) == [12], "\(x) \(y)")
            #expect(two.duplicates.replaced == 1)
        }
        // A figure that differs under the same number is one id with other contents.
        let f = writeFile(h + "1,2023-01-01,Syria,Aleppo,killed,10,SOHR\n01,2023-01-01,Syria,Aleppo,killed,11,SOHR\n")
        #expect(errorOf { _ = try read([f], by: [.country], period: .all) }?.message.contains("again with other contents") == true)
        // Not all digits: text, zeros kept.
        let t = writeFile(h + "a1,2023-01-01,Syria,Aleppo,killed,10,SOHR\na01,2023-01-01,Syria,Aleppo,killed,10,SOHR\n")
        #expect(try read([t], by: [.country], period: .all).result.rows.map(\.estimate.best) == [20])
    }

    /// review20a I1/I2: UCDP ids (integers) written `244,657` (a spreadsheet's thousands
    /// separator), `+244657`, `244657.5`, `2.446570e+05` or `-244657` were read as text
    /// ids beside 244657, and every event counted twice, exit 0. An integer written with
    /// thousands separators or a plus sign is that integer (within one input and across
    /// inputs); another form is refused naming the row and the value.
    @Test func ucdpIdsAreIntegersWhateverASpreadsheetWrote() throws {
        let ged = try String(contentsOfFile: fixture("ged-191.csv"), encoding: .utf8)
        let lines = ged.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        func rewritten(_ form: (String) -> String) -> String {
            ([lines[0]] + lines.dropFirst().map { l in
                let id = String(l.prefix { $0 != "," })
                return "\"" + form(id) + "\"" + l.dropFirst(id.count)
            }).joined(separator: "\n") + "\n"
        }
        let grouped = { (id: String) in String(id.dropLast(3)) + "," + String(id.suffix(3)) }
        let alone = try read([fixture("ged-191.csv")], by: [.country], period: .all).result.rows.map(\.estimate.best)
        for form in [grouped, { "+" + $0 }] {
            let v = writeFile(rewritten(form), name: "ged-v.csv")
            let two = try read([fixture("ged-191.csv"), v], by: [.country], period: .all)
            #expect(two.result.rows.map(\.estimate.best) == alone, "\(form("244657"))")
            #expect(try read([v, fixture("ged-191.csv")], by: [.country], period: .all).result.rows.map(\.estimate.best) == alone)
            // Within one file: the same event twice, read once.
            let one = writeFile(rewritten(form) + lines[1] + "\n", name: "ged-w.csv")
            #expect(try read([one], by: [.country], period: .all).result.rows.map(\.estimate.best) == alone, "\(form("244657"))")
        }
        for (form, shown) in [({ (id: String) in id + ".5" }, "244657.5"), ({ _ in "2.446570e+05" }, "2.446570e+05"), ({ "-" + $0 }, "-244657"),
                              ({ (id: String) in String(id.dropLast(2)) + "," + String(id.suffix(2)) }, "2446,57")] {
            let v = writeFile(rewritten(form), name: "ged-x.csv")
            let e = errorOf { _ = try read([fixture("ged-191.csv"), v], by: [.country], period: .all) }
            #expect(e?.exitCode == 65 && e?.message.contains("column 'id': \"\(shown)\" is not a UCDP GED id, which is a whole number") == true, "\(String(describing: e))")
        }
    }

    /// #10: an id with a trailing tab on an otherwise identical row (quoted, as a
    /// spreadsheet writes a field with a tab) is that row repeated, not "again with other
    /// contents"; so are rows whose id differs only in quoting or the invisible characters
    /// around it, or that differ in trailing empty columns. Another figure, or another
    /// spelling of another field, is still refused (never counted twice).
    @Test func aRowRepeatedWithAnIdOrFieldsWrittenOtherwiseIsARepeat() throws {
        let h = "id,date_start,country,adm_1,measure,best,extra\n"
        for repeatRow in ["\"a-1\t\",2023-04-01,Syria,Idlib,killed,10,", "\"a-1\",2023-04-01,Syria,Idlib,killed,10,",
                          "a-1\u{200E},2023-04-01,Syria,Idlib,killed,10,", "\u{A0}a-1,2023-04-01,Syria,Idlib,killed,10,"] {
            let f = writeFile(h + "a-1,2023-04-01,Syria,Idlib,killed,10,\n" + repeatRow + "\n")
            let o = try read([f], by: [.country], period: .all)
            #expect(o.result.rows.map(\.estimate.best) == [10], "\(repeatRow)")
            #expect(o.duplicates.withinFile == 1, "\(repeatRow)")
        }
        // A trailing column with no name (a spreadsheet's stray column) left out of one row.
        let t = writeFile("id,date_start,country,adm_1,measure,best,\na-1,2023-04-01,Syria,Idlib,killed,10,\na-1,2023-04-01,Syria,Idlib,killed,10\n")
        #expect(try read([t], by: [.country], period: .all).duplicates.withinFile == 1)
        let f = writeFile(h + "a-1,2023-04-01,Syria,Idlib,killed,10,\n\"a-1\t\",2023-04-01,Syria,Idlib,killed,11,\n")
        #expect(errorOf { _ = try read([f], by: [.country], period: .all) }?.message.contains("again with other contents") == true)
        let g = writeFile(h + "a-1,2023-04-01,Syria,Idlib,killed,10,\n\"a-1\t\",2023-04-01,Syria,Idleb,killed,10,\n")
        #expect(errorOf { _ = try read([g], by: [.country], period: .all) }?.message.contains("again with other contents") == true)
    }

    /// review17 #9: fields are compared by their values, not their bytes. `"Aleppo"`
    /// (quoted, as R's write.csv or a spreadsheet writes it), `Aleppo ` or a no-break
    /// space after it, `"10"`, an empty field written `""`, and every field quoted are the
    /// row again (counted once); it was refused as "again with other contents". Values
    /// that differ are still refused: another letter, a space inside, a comma that moves
    /// from one quoted field to the next (`"Syria,x",y` is not `Syria,"x,y"`), NFD.
    @Test func fieldsAreComparedByTheirValuesNotTheirBytes() throws {
        let h = "id,date_start,country,adm_1,measure,best,notes\n"
        let first = "5,2023-04-01,Syria,Aleppo,killed,10,\n"
        for again in ["5,2023-04-01,Syria,\"Aleppo\",killed,10,", "5,2023-04-01,Syria,Aleppo ,killed,10,",
                      "5,2023-04-01,Syria, Aleppo\u{A0},killed,10,", "5,2023-04-01,Syria,Aleppo,killed,\"10\",",
                      "5,2023-04-01,Syria,Aleppo,killed,10,\"\"", "\"5\",\"2023-04-01\",\"Syria\",\"Aleppo\",\"killed\",\"10\",\"\"",
                      "5,2023-04-01,Syria,Aleppo,killed,10, "] {
            let f = writeFile(h + first + again + "\n")
            let o = try read([f], by: [.country], period: .all)
            #expect(o.result.rows.map(\.estimate.best) == [10], "\(again)")
            #expect(o.duplicates.withinFile == 1, "\(again)")
            // Either order.
            let g = writeFile(h + again + "\n" + first)
            #expect(try read([g], by: [.country], period: .all).duplicates.withinFile == 1, "\(again)")
        }
        for other in ["5,2023-04-01,Syria,Alepo,killed,10,", "5,2023-04-01,Syria,\"Ale ppo\",killed,10,",
                      "5,2023-04-01,Syria,Aleppo,killed,10,\"a,b\"", "5,2023-04-01,Syria,Aleppo,killed,10,\"\"\"\"",
                      "5,2023-04-01,Syria,Aleppo,killed,10,x"] {
            let f = writeFile(h + first + other + "\n")
            #expect(errorOf { _ = try read([f], by: [.country], period: .all) }?.message.contains("again with other contents") == true, "\(other)")
        }
        // A comma inside a quoted value is not a field boundary.
        let c = writeFile("id,date_start,country,adm_1,measure,best,notes,more\n"
            + "5,2023-04-01,Syria,Aleppo,killed,10,\"x,y\",z\n5,2023-04-01,Syria,Aleppo,killed,10,x,\"y,z\"\n")
        #expect(errorOf { _ = try read([c], by: [.country], period: .all) }?.message.contains("again with other contents") == true)
        // NFD is another spelling here (a key value is brought to NFC, a row is not).
        let n = writeFile(h + "5,2023-04-01,Syria,Alepp\u{E9},killed,10,\n5,2023-04-01,Syria,Alepp\u{65}\u{301},killed,10,\n")
        #expect(errorOf { _ = try read([n], by: [.country], period: .all) }?.message.contains("again with other contents") == true)
    }

    func readWithSources(_ files: [String], _ sources: [String]) throws(TallyError) -> IngestOutcome {
        var r = IngestRequest(files: files, config: AggregationConfig(grouping: Grouping([.adm1]), period: .all))
        r.sourceOfFile = sources
        return try Ingest.run(r)
    }

    /// #1: a native id is one event within one source, however a row has its source:
    /// a `source` column, or the source declared for its file (a report dataset's
    /// `source:`). Two monitors numbering their rows 1, 2 without a source column
    /// replaced each other's rows (headline 10 instead of 40, nothing said).
    @Test func aDeclaredSourceScopesNativeIdsAsASourceColumnDoes() throws {
        let h = "id,date_start,country,adm_1,actor,measure,best\n"
        let a = writeFile(h + "1,2023-04-01,Syria,Aleppo,ISIS,killed,10\n2,2023-04-02,Syria,Aleppo,ISIS,killed,20\n", name: "monA.csv")
        let b = writeFile(h + "1,2023-04-01,Syria,Idlib,HTS,killed,7\n2,2023-04-02,Syria,Daraa,SAA,killed,3\n", name: "monB.csv")
        let e = errorOf { _ = try readWithSources([a, b], ["Monitor A", "Monitor B"]) }
        #expect(e?.exitCode == 65)
        #expect(e?.message.hasPrefix(a + ":2: column 'id': the id \"1\" (measure killed) is in \(b), given later, with another source "
            + "(here source: \"Monitor A\" of its dataset in the spec)") == true, "\(String(describing: e?.message))")
        #expect(e?.message.hasSuffix("or, if both files are releases of one source, give their datasets the same source: in the spec") == true)
        // One source's two releases: the later replaces (white space around it aside).
        let o = try readWithSources([a, b], ["Monitor A", " Monitor A\u{200E}"])
        #expect(o.duplicates.replaced == 2)
        #expect(o.result.rows.map(\.estimate.best).reduce(0, +) == 10)
        // A `source` column wins over the declared source, and a row with an empty one
        // takes the declared source: the same source either way is the same numbering.
        let c = writeFile("id,date_start,country,adm_1,actor,measure,best,source\n1,2023-04-01,Syria,Idlib,HTS,killed,7,Monitor A\n2,2023-04-02,Syria,Daraa,SAA,killed,3,\n",
                          name: "monC.csv")
        let m = try readWithSources([a, c], ["Monitor A", "Monitor A"])
        #expect(m.duplicates.replaced == 2)
        // Row 2 of c takes its file's declared source, which is not a's.
        let other = errorOf { _ = try readWithSources([a, c], ["Monitor A", "Something else"]) }
        #expect(other?.message.contains("the id \"2\" (measure killed) is in \(c), given later, with another source") == true,
                "\(String(describing: other?.message))")
        let refused = errorOf { _ = try readWithSources([a, c], ["Other", "Monitor A"]) }
        #expect(refused?.message.contains("the id \"1\" (measure killed) is in \(c), given later, with another source (here source: \"Other\"") == true,
                "\(String(describing: refused?.message))")
    }

    /// #10: a file left out as a byte copy of an earlier one shifted the files after it:
    /// with n.csv n2.csv ncrlf.csv the message named n2.csv where ncrlf.csv differs, and
    /// a file's declared source was the one before it's (a later monitor's id 1
    /// silently replaced an earlier's).
    @Test func aFileLeftOutAsACopyShiftsNoOtherFile() throws {
        let dir = scratchDirectory()
        let rows = "date_start,country,measure,best\n2023-04-01,Syria,killed,10\n2023-04-02,Syria,killed,5\n"
        let n = writeFile(rows, name: "n.csv", in: dir), n2 = writeFile(rows, name: "n2.csv", in: dir)
        let crlf = writeFile(rows.replacingOccurrences(of: "\n", with: "\r\n"), name: "ncrlf.csv", in: dir)
        let e = errorOf { _ = try read([n, n2, crlf], by: [.country]) }
        #expect(e?.message.hasPrefix("\(crlf) holds the same 2 records as \(n), written otherwise") == true,
                "\(String(describing: e?.message))")
        let h = "id,date_start,country,adm_1,measure,best\n"
        let a = writeFile(h + "1,2023-04-01,Syria,Aleppo,killed,10\n", name: "a.csv", in: dir)
        let a2 = writeFile(h + "1,2023-04-01,Syria,Aleppo,killed,10\n", name: "a2.csv", in: dir)
        let b = writeFile(h + "1,2023-04-01,Syria,Idlib,killed,7\n", name: "b.csv", in: dir)
        let refused = errorOf { _ = try readWithSources([a, a2, b], ["A", "A", "B"]) }
        #expect(refused?.message.contains("is in \(b), given later, with another source (here source: \"A\"") == true,
                "\(String(describing: refused?.message))")
    }

    /// #11: characters that keep `Bago region` apart though they draw nothing there: a
    /// variation selector, Mongolian free variation selector or tag character after a
    /// Latin letter, interlinear annotation marks, noncharacters. Where they choose a
    /// glyph they are kept.
    @Test func selectorsAreKeptOnlyWhereTheyChooseAGlyph() {
        // (Swift refuses noncharacters in literals.)
        let fffe = String(Unicode.Scalar(UInt32(0xFFFE))!), fdd0 = String(Unicode.Scalar(UInt32(0xFDD0))!)
        for name in ["Bago\u{FE0F} region", "Bago region\u{FE0F}", "Ba\u{180B}go region", "Bago region\u{180B}", "Bago\u{E0020} region",
                     "Bago region\u{E0020}", "Bago\u{FFF9} region", "\u{FFF9}Bago region", "Ba\u{FFFB}go region", "Bago\u{FE00} region",
                     "Bago\u{E0100} region", fffe + "Bago region", "Bago" + fdd0 + " region"] {
            #expect(KeyKind.name.canonical(name) == "Bago region", "\(name.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        for kept in ["\u{2764}\u{FE0F}", "1\u{FE0F}\u{20E3}", "\u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}",
                     "\u{1820}\u{180B}", "\u{845B}\u{E0100}", "\u{2229}\u{FE00}", "\u{2764}\u{FE0E} Aleppo"] {
            #expect(KeyKind.name.canonical(kept) == kept, "\(kept.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    /// #11: U+2800 (braille pattern blank) is not default-ignorable and draws as a space:
    /// refused, naming the line, rather than a second group drawn like the first.
    @Test func aBrailleBlankInANameIsRefused() throws {
        for value in ["Bago\u{2800}region", "Bago region\u{2800}", "\"\u{2800}Bago region\""] {
            let f = writeFile("date_start,country,adm_1,measure,best\n2023-04-01,Myanmar,Bago region,killed,100\n2023-04-01,Myanmar,\(value),killed,1\n")
            let e = errorOf { _ = try read([f], by: [.adm1]) }
            #expect(e?.exitCode == 65)
            #expect(e?.message.hasPrefix(f + ":3: column 'adm_1': ") == true && e?.message.contains("U+2800 (braille pattern blank)") == true,
                    "\(String(describing: e?.message))")
        }
    }
}
