import Foundation
import Testing
import TallyCore
@testable import TallyIO

/// Issue 9 item 13: a 71 MB header passed the 64 MiB record limit (1.2 GB of memory)
/// and a 200 MB line or /dev/zero peaked at 413 MB before the error. Headers over 1 MiB
/// and records over 16 MiB are refused while reading.
@Suite struct RecordLimitTests {
    @Test(arguments: [false, true])
    func headerOverOneMiBIsRefused(endsInTheFile: Bool) {
        let header = "date_start,country,measure,best," + String(repeating: "x", count: 1 << 20) + (endsInTheFile ? "" : "\n")
        let path = writeFile(header + (endsInTheFile ? "" : "2023-01-01,Mali,killed,1\n"))
        #expect(throws: TallyError.data(path + ":1: the header line is longer than 1 MiB; is this a CSV file?")) {
            _ = try aggregate([path], blockSize: 1 << 16)
        }
    }

    @Test func recordOverSixteenMiBIsRefusedAndOneBelowIsRead() throws {
        let head = "date_start,country,measure,best,notes\n2023-01-01,Mali,killed,1,ok\n"
        let near = writeFile(head + "2023-01-02,Mali,killed,2," + String(repeating: "y", count: (16 << 20) - 64) + "\n"
                             + "2023-01-03,Mali,killed,3,z\n")
        let r = try aggregate([near], period: .all, blockSize: 1 << 20)
        #expect(r.rows.first?.estimate.best == 6)
        let far = writeFile(head + "2023-01-02,Mali,killed,2," + String(repeating: "y", count: 17 << 20) + "\n"
                            + "2023-01-03,Mali,killed,3,z\n")
        #expect(throws: TallyError.data(far + ":3: a record longer than 16 MiB starts here; is a quoted field left open?")) {
            _ = try aggregate([far], blockSize: 1 << 20)
        }
    }

    @Test func endlessInputIsRefusedAtTheHeader() {
        #expect(throws: TallyError.data("/dev/zero:1: the header line is longer than 1 MiB; is this a CSV file?")) {
            _ = try aggregate(["/dev/zero"])
        }
    }
}
