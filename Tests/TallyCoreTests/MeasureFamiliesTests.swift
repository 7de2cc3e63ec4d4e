import Testing
@testable import TallyCore

/// review28 N7: the names data writes for one count, so a run asked for one can say the
/// others are there (they are never added).
@Suite struct MeasureFamiliesTests {
    @Test func namesOfOneCountAreOneFamily() {
        for (a, b) in [("killed", "deaths"), ("killed", "people killed"), ("killed", "number of deaths"), ("killed", "total_fatalities"),
                       ("killed", "muertos"), ("killed", "قتلى"), ("injured", "wounded"), ("injured", "heridos"), ("injured", "luka-luka"),
                       ("kidnapped", "abducted"), ("displaced", "idps"), ("arrested", "detained")] {
            #expect(MeasureFamilies.family(of: a) != nil && MeasureFamilies.family(of: a) == MeasureFamilies.family(of: b), "\(a) \(b)")
        }
        for (a, b) in [("killed", "injured"), ("killed", "civilians killed"), ("killed", "killed_civilians"), ("wounded", "kidnapped")] {
            #expect(MeasureFamilies.family(of: a) != MeasureFamilies.family(of: b), "\(a) \(b)")
        }
        for name in ["members", "events", "people", "total", "civilians killed", "x"] { #expect(MeasureFamilies.family(of: name) == nil, "\(name)") }
    }

    @Test func alikeAndGroupsAreInByteOrder() {
        let present = ["killed", "wounded", "deaths", "injured", "dead", "members"]
        #expect(MeasureFamilies.alike("killed", among: present) == ["dead", "deaths"])
        #expect(MeasureFamilies.alike("members", among: present) == [])
        #expect(MeasureFamilies.groups(in: present) == [["dead", "deaths", "killed"], ["injured", "wounded"]])
    }
}
