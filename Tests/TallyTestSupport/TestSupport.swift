import Foundation

// Helpers shared by every test target: seeded random numbers, the package root and
// scratch folders. A library target of its own, so each test target imports it
// instead of keeping a copy.

/// SplitMix64 (Steele, Lea & Flood 2014): a tiny seeded generator, so every property
/// test replays the same cases on every machine and a failure can be reproduced from
/// its seed.
public struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// The folder holding `Package.swift` (bundled datasets and specs are found from it).
public let packageRoot: String = {
    var dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while !FileManager.default.fileExists(atPath: dir.appendingPathComponent("Package.swift").path) {
        dir.deleteLastPathComponent()
    }
    return dir.path
}()

/// A fresh, empty folder under the system's temporary folder; names are unique so tests
/// can run in parallel.
public func scratchFolder(_ prefix: String) -> String {
    let dir = NSTemporaryDirectory() + "tally-\(prefix)-" + UUID().uuidString
    try! FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    return dir
}

/// The text of a PDF as poppler's `pdftotext` reads it (UTF-8, reading order): what a
/// reader copying from the page gets, so tests compare figures with it.
public func pdftotext(_ path: String) throws -> String {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
    p.arguments = ["-enc", "UTF-8", path, "-"]
    let pipe = Pipe()
    p.standardOutput = pipe
    try p.run()
    let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    p.waitUntilExit()
    return text
}
