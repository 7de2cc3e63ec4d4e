import Testing
import TallyCore

/// review29 S5 (issue 10): which datasets are parts of one export split by date
/// (``ExportParts``), the rule every output's coverage follows.
@Suite struct ExportPartsTests {
    func day(_ s: String) -> Int32 { CalendarDay(s)!.daysSinceEpoch }
    func part(_ i: Int, _ a: String, _ b: String, shape: String? = "native", quiet: Int32 = 0,
                     countries: Set<String> = ["Syria"], overlaps: Bool = false) -> ExportParts.Part {
        ExportParts.Part(index: i, shape: shape, first: day(a), last: day(b), longestQuiet: quiet, countries: countries,
                         overlaps: overlaps)
    }

    @Test func monthlyFilesInAnyOrderAreOneGroup() {
        let parts = [part(2, "2023-03-01", "2023-03-31"), part(0, "2023-01-01", "2023-01-31"), part(1, "2023-02-01", "2023-02-28")]
        #expect(ExportParts.groups(parts) == [ExportParts.Group(parts: [0, 1, 2])])
    }

    @Test func pagesMeetingOnADayJoin() {
        let parts = [part(0, "2023-01-01", "2023-01-15"), part(1, "2023-01-15", "2023-02-03")]
        #expect(ExportParts.groups(parts) == [ExportParts.Group(parts: [0, 1])])
    }

    /// January and March without February: one export, February covered by none.
    @Test func aMissingPartLeavesItsDaysUncovered() {
        let parts = [part(0, "2023-01-01", "2023-01-31", quiet: 2), part(1, "2023-03-01", "2023-03-31", quiet: 2)]
        let g = ExportParts.groups(parts)
        #expect(g == [ExportParts.Group(parts: [0, 1], gaps: [CalendarDay("2023-02-01")! ... CalendarDay("2023-02-28")!])])
    }

    /// A quiet spell at the cut no longer than one both parts show inside is no gap.
    @Test func aQuietSpellAtTheCutIsNoGap() {
        let parts = [part(0, "2023-01-01", "2023-01-29", quiet: 3), part(1, "2023-02-02", "2023-02-28", quiet: 4)]
        #expect(ExportParts.groups(parts) == [ExportParts.Group(parts: [0, 1])])
        let longer = [part(0, "2023-01-01", "2023-01-29", quiet: 2), part(1, "2023-02-02", "2023-02-28", quiet: 4)]
        #expect(ExportParts.groups(longer)[0].gaps.count == 1)
    }

    /// Two native files on the same days may be two monitors: apart. UCDP and ACLED
    /// parts may overlap (one id system).
    @Test func overlappingNativeFilesStayApart() {
        #expect(ExportParts.groups([part(0, "2023-01-01", "2023-05-31"), part(1, "2023-01-01", "2023-05-10")]).isEmpty)
        #expect(ExportParts.groups([part(0, "2023-01-01", "2023-03-31"), part(1, "2023-03-01", "2023-05-31")]).isEmpty)
        let ged = [part(0, "2023-01-01", "2023-05-31", overlaps: true), part(1, "2023-01-01", "2023-05-10", overlaps: true)]
        #expect(ExportParts.groups(ged) == [ExportParts.Group(parts: [0, 1])])
    }

    @Test func otherShapesOrCountriesStayApart() {
        #expect(ExportParts.groups([part(0, "2023-01-01", "2023-01-31"), part(1, "2023-02-01", "2023-02-28", shape: "acled")]).isEmpty)
        #expect(ExportParts.groups([part(0, "2023-01-01", "2023-01-31", shape: nil), part(1, "2023-02-01", "2023-02-28", shape: nil)]).isEmpty)
        #expect(ExportParts.groups([part(0, "2023-01-01", "2023-01-31"), part(1, "2023-02-01", "2023-02-28", countries: ["Iraq"])]).isEmpty)
        // A country in common is enough (a month without Lebanon's events).
        let mixed = [part(0, "2023-01-01", "2023-01-31", countries: ["Syria", "Lebanon"]), part(1, "2023-02-01", "2023-02-28")]
        #expect(ExportParts.groups(mixed) == [ExportParts.Group(parts: [0, 1])])
    }

    /// A part that overlaps one group may still join another of its shape.
    @Test func aSecondMonitorBesideAnExportSplitInTwo() {
        let parts = [part(0, "2023-01-01", "2023-01-31"), part(1, "2023-02-01", "2023-02-28"), part(2, "2023-01-10", "2023-02-20")]
        #expect(ExportParts.groups(parts) == [ExportParts.Group(parts: [0, 1])])
    }

    /// The merged dataset keeps a missing part's days out of its coverage, continuous or not.
    @Test func aDatasetKeepsItsPartGapsWhateverItsRunsJoin() throws {
        var ends: [Int32: Int32] = [:]
        for d in day("2023-01-01") ... day("2023-01-31") { ends[d] = d }
        for d in day("2023-03-01") ... day("2023-03-31") { ends[d] = d }
        var ds = try #require(DatasetCoverages.Dataset(index: 0, name: "a", recordEnds: ends, continuous: true))
        #expect(ds.coverage.runs.count == 1)
        ds.partGaps = [CalendarDay("2023-02-01")! ... CalendarDay("2023-02-28")!]
        #expect(ds.coverage.runs.count == 2)
        #expect(ds.coverage.extent(of: PeriodKind.month.key(CalendarDay("2023-02-10")!), kind: .month).isCovered == false)
        ds.reporting(continuous: false)
        #expect(ds.coverage.runs.count == 2)
        #expect(ds.holds(SourceSet.bit(0)) && !ds.holds(SourceSet.bit(1)))
        ds.bits = SourceSet.bit(0) | SourceSet.bit(1)
        #expect(ds.holds(SourceSet.bit(1)) && ds.holds(0))
    }

    @Test func aDatasetOfPartsIsNamedByThem() {
        #expect(ExportParts.name(["a.csv", "b.csv"]) == "a.csv and b.csv")
        #expect(ExportParts.name(["a", "b", "c"], noun: "datasets") == "a and 2 more datasets")
    }
}
