import Testing
import TallyCore
import TallyTestSupport
@testable import TallyIO

/// review29 S3, S10, N1 (issue 9 item 8): spellings of a joint region or a country that
/// were still silently groups apart, and a slip message that quoted a spelling its line
/// does not hold (docs/spec.md, "Key values").
@Suite struct NamesApart {
    func rows(_ lines: [String]) -> String { nativeHeader + lines.joined(separator: "\n") + "\n" }

    func table(_ text: String, workers: Int? = nil, blockSize: Int = 1 << 22) throws -> [String] {
        let r = try aggregate([writeFile(text)], by: [.country], period: .month, workers: workers, blockSize: blockSize)
        return r.rows.map { ($0.keyValues(r.grouping) + [$0.period, $0.measure, $0.estimate.display]).joined(separator: "|") }
    }

    /// `Iraq Syria` (a space only) and `Iraq` + soft hyphen (or another invisible
    /// character) + `Syria` were each a group apart beside `Iraq;Syria`: the IS figure
    /// split in two. Each is the joint region, on the fast and slow paths, whatever the
    /// block size.
    @Test(arguments: [
        ["Iraq;Syria", "Iraq Syria", "Syria  Iraq", "Irak Syrie", " Syria Iraq "],
        ["Iraq;Syria", "Iraq\u{00AD}Syria", "Iraq\u{200B}Syria", "Iraq\u{2060}Syria", "Iraq\u{FEFF}Syria", "Syria\u{180E}Iraq"],
        ["Iraq;Syria", "Iraq\u{200E}Syria", "Iraq\u{200F}Syria", "Iraq\u{202A}Syria", "Iraq\u{202E}Syria", "Iraq\u{2066}Syria",
         "Iraq\u{2069}Syria", "Iraq\u{200C}Syria", "Iraq\u{200D}Syria", "Iraq\u{00AD}\u{200B}Syria"],
    ])
    func jointRegionPartedBySpaceOrInvisible(spellings: [String]) throws {
        let text = rows(spellings.enumerated().map { i, c in "\(i),2023-02-15,,\"\(c)\",,,IS,members,5000,6000,7000,news" })
        for (workers, block) in [(1, 1 << 22), (3, 61)] {
            #expect(try table(text, workers: workers, blockSize: block) == ["Iraq;Syria|2023-02|members|6,000 (5,000–7,000)"], "\(spellings)")
        }
    }

    /// A real name is never split: every spelling of tally's list, and every place it
    /// knows, written with spaces for its hyphens and dashes, is keyed as one (its
    /// country, or itself), never as a joint region; so are the names of two words the
    /// task named. A state named `X and Y` written with a space is the state.
    @Test func aNameWrittenWithSpacesIsNeverSplit() {
        var checked = 0
        for line in CountryNames.countries {
            for name in line {
                for spelt in [name, name.replacingOccurrences("-", " ").replacingOccurrences("\u{2013}", " ")] {
                    let key = KeyKind.region.canonical(spelt)
                    // A spelling holding `,` `/` `&` `+` or `and` may be a joint region of
                    // its own words only where the whole is not listed: never here.
                    #expect(!key.contains(";"), "\(spelt) → \(key)")
                    checked += 1
                }
            }
        }
        for place in CountryNames.places {
            let spelt = place.replacingOccurrences("-", " ")
            #expect(!KeyKind.region.canonical(spelt).contains(";"), "\(spelt)")
        }
        #expect(checked > 1_500)
        for (name, key) in [("South Sudan", "South Sudan"), ("Congo Brazzaville", "Republic of Congo"), ("Guinea Bissau", "Guinea-Bissau"),
                            ("Timor Leste", "Timor-Leste"), ("Bosnia Herzegovina", "Bosnia and Herzegovina"),
                            ("Papua New Guinea", "Papua New Guinea"), ("Central African Republic", "Central African Republic"),
                            ("Dominican Republic", "Dominican Republic"), ("Saudi Arabia", "Saudi Arabia"),
                            ("United Arab Emirates", "United Arab Emirates"), ("Sierra Leone", "Sierra Leone"),
                            ("Guinea\u{00AD}Bissau", "Guinea-Bissau"), ("Syr\u{00AD}ia", "Syria"),
                            // `X and Y` states with a space between the parts (the dash form: review29 S2).
                            ("Trinidad Tobago", "Trinidad and Tobago"), ("Serbia Montenegro", "Serbia and Montenegro"),
                            ("Saint Kitts Nevis", "Saint Kitts and Nevis"), ("Antigua Barbuda", "Antigua and Barbuda"),
                            ("Turks Caicos", "Turks and Caicos Islands"), ("Sao Tome Principe", "Sao Tome and Principe")] {
            #expect(KeyKind.region.canonical(name) == key, "\(name)")
        }
        // A word that is no country leaves the value as written, a name of its own.
        for name in ["Sudan South", "Lake Chad", "Niger Delta", "Gulf of Guinea", "Horn of Africa", "Chad Basin", "Bago region",
                     "Bago\u{00AD}region", "Gaza Strip", "West Bank", "Northern Ireland"] {
            #expect(!KeyKind.region.canonical(name).contains(";"), "\(name)")
        }
        // Countries parted by spaces and other separators at once; a name that may mean
        // either Congo beside one of them is that one, as with a dash.
        #expect(KeyKind.region.canonical("Iraq Syria/Turkey") == "Iraq;Syria;Türkiye")
        #expect(KeyKind.region.canonical("Sudan South Sudan") == "South Sudan;Sudan")
        #expect(KeyKind.region.canonical("Chad Cameroon Niger Nigeria") == "Cameroon;Chad;Niger;Nigeria")
        #expect(KeyKind.region.canonical("Congo Zaire") == "DR Congo")
        #expect(KeyKind.region.canonical("Congo Angola") == "Angola;Congo")
        // More than 12 words is no joint region.
        let many = (0 ..< 13).map { ["Iraq", "Syria", "Mali", "Chad"][$0 % 4] }.joined(separator: " ")
        #expect(KeyKind.region.canonical(many) == many)
        // Only `country` joins.
        #expect(KeyKind.name.canonical("Iraq Syria") == "Iraq Syria")
    }

    /// review29 S10: `Syria[1]`, `Syria (1)`, `Syria [a]` were groups apart beside
    /// `Syria`, while `Syria*` was refused only as a slip beside it (and read alone). A
    /// country value ending in a footnote marker is refused, alone or beside the name,
    /// naming the marker and what the value would be without it.
    @Test(arguments: [("Syria[1]", "[1]", "Syria"), ("Syria [a]", "[a]", "Syria"), ("Syria*", "*", "Syria"), ("Syria\u{2020}", "\u{2020}", "Syria"),
                      ("Syria\u{00B9}", "\u{00B9}", "Syria"), ("Syria (1)", "(1)", "Syria"), ("Syria[note 1]", "[note 1]", "Syria"),
                      ("Syria[1][2]", "[1][2]", "Syria"), ("Syria (a)", "(a)", "Syria"), ("Syria \u{207D}\u{00B9}\u{207E}", "\u{207D}\u{00B9}\u{207E}", "Syria"),
                      ("Syria\u{2021}", "\u{2021}", "Syria"), ("Syria\u{00A7}", "\u{00A7}", "Syria"), ("Syria #", "#", "Syria"),
                      ("Syria \u{271D}", "\u{271D}", "Syria"), ("Iraq;Syria[1]", "[1]", "Iraq;Syria"), ("Iraq, Syria[2]", "[2]", "Iraq, Syria"),
                      ("Gamria[3]", "[3]", "Gamria"), ("Syria[1];Iraq", "[1]", "Syria;Iraq")])
    func aFootnoteMarkerIsRefused(value: String, marker: String, without: String) throws {
        for besides in [["1,2023-02-15,,Syria,,,x,killed,5,5,5,x"], []] {
            for (workers, block) in [(1, 1 << 22), (3, 61)] {
                let f = writeFile(rows(besides + ["2,2023-02-16,,\"\(value)\",,,x,killed,7,7,7,x"]))
                let e = errorOf { _ = try aggregate([f], by: [.country], period: .month, workers: workers, blockSize: block) }
                #expect(e?.exitCode == 65, "\(value)")
                #expect(e?.message.hasPrefix(f + ":\(besides.count + 2): column 'country': ") == true, "\(value): \(String(describing: e?.message))")
                #expect(e?.message.contains("ends in \"\(marker)\", a footnote marker") == true
                        && e?.message.contains("a group apart from \"\(without)\"") == true, "\(value): \(String(describing: e?.message))")
            }
        }
    }

    /// Names in parentheses, and brackets or signs that are no marker, are read as before.
    @Test func namesInParenthesesAreNoMarkers() throws {
        for name in ["Congo (Brazzaville)", "Myanmar (Burma)", "Cocos (Keeling) Islands", "Saint Martin (French part)",
                     "Iran (Islamic Republic of)", "Syria (B)", "[1]", "Zone (12a)", "Syria [SY]", "Syria [Syrie]"] {
            #expect(KeyKind.footnoteMarker(name) == nil, "\(name)")
        }
        #expect(try table(rows(["1,2023-02-15,,Congo (Brazzaville),,,x,killed,5,5,5,x", "2,2023-02-15,,Republic of Congo,,,x,killed,7,7,7,x"]))
                == ["Congo (Brazzaville)|2023-02|killed|12"], "one group, printed as read first on a tie")
        // A stray comma or full stop at the end is read as the country (review29 S10, 14c7811).
        #expect(try table(rows(["1,2023-02-15,,Syria,,,x,killed,5,5,5,x", "2,2023-02-15,,\"Syria,\",,,x,killed,7,7,7,x"]))
                == ["Syria|2023-02|killed|12"])
    }

    /// A joint region written with spaces and a misspelt member (`Iraq Syira` beside
    /// `Iraq;Syria`) was a group apart, where `Iraq/Syira` was refused. Refused beside the
    /// joint region it would split from; a place and its country written so (`Lagos
    /// Nigeria`, `Lagos` one letter from `Laos`) beside `Nigeria` is read as written.
    @Test func aSpacedJointRegionWithASlipBesideTheRegionIsRefused() throws {
        for (spelt, value, member, how) in [("Iraq;Syria", "Iraq Syira", "Syira", "one typing slip from \"Syria\""),
                                            ("Iraq Syria", "Syira Iraq", "Syira", "one typing slip from \"Syria\""),
                                            ("Syria, Iraq", "Iraq  Syrai", "Syrai", "one typing slip from \"Syria\""),
                                            ("Iraq;Pakistan", "Iraq Pakitsna", "Pakitsna", "two typing slips from \"Pakistan\""),
                                            ("Laos;Nigeria", "Lagos Nigeria", "Lagos", "one typing slip from \"Laos\"")] {
            for (workers, block) in [(1, 1 << 22), (3, 61)] {
                let f = writeFile(rows(["1,2023-02-15,,\"\(spelt)\",,,x,killed,5,5,5,x", "2,2023-02-16,,\(value),,,x,killed,7,7,7,x"]))
                let e = errorOf { _ = try aggregate([f], by: [.country], period: .month, workers: workers, blockSize: block) }
                #expect(e?.exitCode == 65, "\(value)")
                #expect(e?.message.hasPrefix(f + ":3: column 'country': \"\(KeyKind.cleaned(value))\" is a joint region with a member tally does not know, "
                                             + "\"\(member)\", \(how)") == true, "\(value): \(String(describing: e?.message))")
            }
        }
        #expect(try table(rows(["1,2023-02-15,,Nigeria,,,x,killed,5,5,5,x", "2,2023-02-16,,Lagos Nigeria,,,x,killed,7,7,7,x"]))
                == ["Lagos Nigeria|2023-02|killed|7", "Nigeria|2023-02|killed|5"])
    }

    /// review29 N1: the slip message quoted the key (`Bosnia and Herzegovina`) after the
    /// file and line of a row holding `Bosnia-Herzegovina`. It quotes what each row holds.
    @Test func aSlipMessageQuotesTheRowsOwnSpelling() throws {
        for (workers, block) in [(1, 1 << 22), (3, 61)] {
            let f = writeFile(rows(["1,2023-02-15,,Bosnia-Herzegovina,,,x,killed,1,1,1,x", "2,2023-02-16,,Bosnië-Herzegovinaa,,,x,killed,2,2,2,x"]))
            let e = errorOf { _ = try aggregate([f], by: [.country], period: .month, workers: workers, blockSize: block) }
            #expect(e?.message.contains("(" + f + ":2: \"Bosnia-Herzegovina\")") == true, "\(String(describing: e?.message))")
            let g = writeFile(rows(["1,2023-02-15,,Syria / Iraq,,,x,killed,1,1,1,x", "2,2023-02-16,,Iraq - Syira,,,x,killed,2,2,2,x"]))
            let m = errorOf { _ = try aggregate([g], by: [.country], period: .month, workers: workers, blockSize: block) }?.message
            #expect(m?.hasPrefix(g + ":3: column 'country': \"Iraq - Syira\" is a joint region") == true, "\(String(describing: m))")
            #expect(m?.contains("(" + g + ":2: \"Syria / Iraq\")") == true, "\(String(describing: m))")
        }
    }
}
