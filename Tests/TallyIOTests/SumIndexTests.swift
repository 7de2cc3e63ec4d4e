import Testing
@testable import TallyCore
@testable import TallyIO

/// issue 9: many inputs of the same days were compared pair by pair for a table of one
/// beside the records of another (1,100 one-day files of 3 rows: 16 s). ``Pipeline/SumIndex``
/// names only the earlier inputs that share a figure with a new one; these pin what it
/// must name (every pair a rule can match) and what it leaves out.
@Suite struct SumIndexCandidates {
    typealias Sums = BlockParser.PeriodSums
    static let label: UInt64 = 42

    /// An input of one-day rows of `label`: (day, figure) each.
    func input(_ rows: [(Int32, Int64)], label: UInt64 = label) -> Sums {
        var s = Sums()
        for (d, f) in rows {
            let one = BlockParser.PeriodSum(sum: f, rows: 1, counted: f > 0 ? 1 : 0, first: d, last: d, at: 0)
            s.days[BlockParser.DaySumKey(label: label, day: d), default: BlockParser.PeriodSum()].merge(one)
            s.sums[BlockParser.PeriodSumKey(label: label, period: 0, week: false), default: BlockParser.PeriodSum()].merge(one)
        }
        return s
    }

    func named(_ earlier: [Sums], _ new: Sums) -> [Int] {
        var index = Pipeline.SumIndex()
        for (i, s) in earlier.enumerated() { index.add(Pipeline.SumKeys(s), position: i) }
        return index.candidates(Pipeline.SumKeys(new))
    }

    @Test func aTableRowMeetsTheSumOfARunOfDaysOfRecordsEitherWay() {
        let records = input([(10, 5), (11, 7), (12, 30)])
        // 12 = 5 + 7 (days 10-11), 37 = 7 + 30, 42 = all three; 35 is no run (5 + 30 skips a day).
        #expect(Pipeline.SumKeys(records).records == [Pipeline.LabelFigure(label: Self.label, figure: 12): 2,
                                                      Pipeline.LabelFigure(label: Self.label, figure: 37): 2,
                                                      Pipeline.LabelFigure(label: Self.label, figure: 42): 3])
        #expect(named([records], input([(31, 12)])) == [0])
        #expect(named([input([(31, 37)])], records) == [0])
        #expect(named([records], input([(31, 35)])).isEmpty)
        // Another place and measure's 12 is no table of these records.
        #expect(named([records], input([(31, 12)], label: 7)).isEmpty)
    }

    /// A row of one day that sums two records of that day (``Pipeline/summedAnySpan``, n = 1),
    /// but not a table of as many rows as the records.
    @Test func recordsOfOneDayCountWithMoreRowsThanTheTable() {
        let records = input([(10, 4), (10, 6)])
        #expect(named([records], input([(10, 10)])) == [0])
        #expect(named([records], input([(10, 3), (10, 7)])).isEmpty)
    }

    /// Records of several days, or of more days than are listed, are matched by place and measure.
    @Test func recordsOfSeveralDaysOrManyDaysMatchAnyTableOfTheirPlace() {
        var spanned = input([(10, 5)])
        spanned.starts[BlockParser.DaySumKey(label: Self.label, day: 10), default: BlockParser.StartSums()]
            .classes[0].merge(BlockParser.PeriodSum(sum: 3, rows: 1, counted: 1, first: 10, last: 10, at: 0))
        #expect(named([spanned], input([(31, 999)])) == [0])
        let many = input((0..<Int32(Pipeline.sumRunDays + 1)).map { ($0, 1) })
        #expect(named([input([(40, 999)]), many], input([(50, 999)])) == [1])
        #expect(named([many], input([(40, 0)])).isEmpty)
    }
}
