/// A canonical dimension results can be grouped by (SPEC §3).
public enum GroupKey: String, CaseIterable, Sendable, Comparable {
    case country, adm1, adm2, actor

    /// The column name in CSV and JSON output (SPEC §4).
    public var column: String {
        switch self {
        case .country: "country"
        case .adm1: "adm_1"
        case .adm2: "adm_2"
        case .actor: "actor"
        }
    }

    var index: Int {
        switch self {
        case .country: 0
        case .adm1: 1
        case .adm2: 2
        case .actor: 3
        }
    }

    public static func < (a: GroupKey, b: GroupKey) -> Bool { a.index < b.index }

    /// Accepts the key names, the column names (`adm1` or `adm_1`) and ACLED's (`admin1`).
    public init?(name: String) {
        switch name.lowercased() {
        case "country": self = .country
        // ACLED's names (admin1, admin2) mean the same keys: a province is only
        // meaningful with its country ("Punjab" is in India and in Pakistan).
        case "adm1", "adm_1", "admin1", "admin_1": self = .adm1
        case "adm2", "adm_2", "admin2", "admin_2": self = .adm2
        case "actor": self = .actor
        default: return nil
        }
    }
}

/// The set of keys a result is grouped by, closed under the implications of SPEC §3:
/// a province name is only meaningful with its country (two countries may both have a
/// "Northern" province), so `adm1` brings `country`, and `adm2` brings both.
public struct Grouping: Sendable, Equatable {
    public let keys: [GroupKey]
    /// Source columns grouped by name (`side_b`, `conflict_name`), placed after the
    /// canonical keys; at most ``maximumExtraColumns``.
    public let extraColumns: [String]

    public static let maximumExtraColumns = 2

    public init(_ requested: [GroupKey], extraColumns: [String] = []) {
        var set = Set(requested)
        if set.contains(.adm2) { set.formUnion([.adm1, .country]) }
        if set.contains(.adm1) { set.insert(.country) }
        keys = set.sorted()
        self.extraColumns = extraColumns
    }

    public func contains(_ key: GroupKey) -> Bool { keys.contains(key) }

    /// Output column names, in SPEC §4 order.
    public var columns: [String] { keys.map(\.column) + extraColumns }
}
