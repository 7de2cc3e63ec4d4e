import CTallyScan
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The identity of an event read from a file: a 128-bit hash of its id (UCDP `id`,
/// ACLED `event_id_cnty`, native `id` with the measure) in the namespace of its schema,
/// so a UCDP id never meets a native one. Two independent 64-bit hashes make a
/// collision among even ten million ids vanishingly unlikely (about 2^-80).
struct EventKey: Hashable {
    var a: UInt64
    var b: UInt64

    /// `foldsCase`: the schema's ids are compared without ASCII letter case (ACLED's
    /// `event_id_cnty`, `SYR1234`: a tool that lower-cased them, review28 S14, made every
    /// event of an overlapping pull another event, read twice).
    init(_ p: UnsafePointer<UInt8>, _ n: Int, namespace: String, integer: Bool = false, foldsCase: Bool = false) {
        a = 0xCBF2_9CE4_8422_2325
        b = 0x9E37_79B9_7F4A_7C15
        for u in namespace.utf8 { step(u) }
        step(0xFF)
        // Ids are compared without the invisible characters around them ("123 ", "123\t",
        // "123" followed by a no-break space or an LRM are 123; ``idBounds``).
        let (s, e) = eventIdBounds(p, n, integer: integer)
        // An integer id's thousands separators are not part of it (``integerIdForm``).
        for i in s ..< e { if let c = comparedIdByte(p[i], integer: integer, foldsCase: foldsCase) { step(c) } }
    }

    @inline(__always)
    mutating func step(_ u: UInt8) {
        a = (a ^ UInt64(u)) &* 0x0000_0100_0000_01B3
        b = (b &+ UInt64(u) &+ 1) &* 0xBF58_476D_1CE4_E5B9
        b ^= b >> 29
    }

    mutating func mix(_ text: String) {
        step(0xFE)
        for u in text.utf8 { step(u) }
    }
}

/// An id's byte as ids are compared (``EventKey``): nil when left out (an integer id's
/// thousands separator, ``integerIdForm``), an ACLED id's letter in upper case. The one
/// rule the id table, the rising-id check (``IdOrder``) and the repeated-id messages
/// (``BlockParser``'s `rowHash`, `idSpelling`, `comparedId`) share.
@inline(__always)
func comparedIdByte(_ b: UInt8, integer: Bool, foldsCase: Bool) -> UInt8? {
    if integer && b == 0x2C { return nil }
    return foldsCase && b >= 0x61 && b <= 0x7A ? b - 0x20 : b
}

/// Whether the `n` bytes of an id differ from the id as compared (``comparedIdByte``).
@inline(__always)
func idChangesWhenCompared(_ p: UnsafePointer<UInt8>, _ n: Int, integer: Bool, foldsCase: Bool) -> Bool {
    guard integer || foldsCase else { return false }
    return idBytesChange(p, n, integer: integer, foldsCase: foldsCase)
}

/// The loop of ``idChangesWhenCompared``, out of line: rare in the readers' loops.
@inline(never)
private func idBytesChange(_ p: UnsafePointer<UInt8>, _ n: Int, integer: Bool, foldsCase: Bool) -> Bool {
    for i in 0 ..< n where comparedIdByte(p[i], integer: integer, foldsCase: foldsCase) != p[i] { return true }
    return false
}

/// An id's bytes as compared (``comparedIdByte``).
func comparedIdBytes(_ p: UnsafePointer<UInt8>, _ n: Int, integer: Bool, foldsCase: Bool) -> [UInt8] {
    UnsafeBufferPointer(start: p, count: n).compactMap { comparedIdByte($0, integer: integer, foldsCase: foldsCase) }
}

/// Where an id starts and ends without the invisible characters around it
/// (``Invisible``: Unicode white space such as tab, CR, no-break space and ideographic
/// space; default-ignorable code points such as LRM, RLM, ALM, word joiner, soft hyphen,
/// zero-width space and joiners, a stray byte-order mark; controls and noncharacters):
/// an id exported with a trailing tab or pasted with a direction mark is the same id,
/// as a name with one is the same group.
///
/// `integer`: the schema's ids are integers (UCDP GED), and an id written as an
/// integer-valued decimal (`214797.0`, as a CSV that went through Excel or pandas
/// writes it) ends before its point: it is the event 214797; so does one after a plus
/// sign (`+214797`, as a spreadsheet may write a number).
@inline(__always)
func idBounds(_ p: UnsafePointer<UInt8>, _ n: Int, integer: Bool = false) -> (Int, Int) {
    var s = 0, e = n
    // An id printable ASCII at both ends (nearly every id) has nothing to trim: the
    // Unicode look stays out of line (issue 9: inlined, it cost every id row a call for
    // Unicode property metadata and ~70 instructions).
    if n > 0 && !(p[0] > 0x20 && p[0] < 0x7F && p[n - 1] > 0x20 && p[n - 1] < 0x7F) { (s, e) = invisibleTrimmed(p, n) }
    if integer, e - s > 1, p[s] == 0x2B, p[s + 1] >= 0x30 && p[s + 1] <= 0x39 { s += 1 }
    if integer, e - s > 2, p[e - 1] == 0x30 {
        // Digits, a point, zeros.
        var z = e - 1
        while z > s, p[z - 1] == 0x30 { z -= 1 }
        if z - 1 > s, p[z - 1] == 0x2E {
            var d = z - 1
            while d > s, p[d - 1] >= 0x30 && p[d - 1] <= 0x39 { d -= 1 }
            if d == s { return (s, z - 1) }
        }
    }
    return (s, e)
}

/// ``idBounds`` of an id with white space, a control or a non-ASCII byte at an end: the
/// invisible characters around it left out.
@inline(never)
func invisibleTrimmed(_ p: UnsafePointer<UInt8>, _ n: Int) -> (Int, Int) {
    var s = 0, e = n
    while s < e {
        let k = Invisible.length(at: p, s, e)
        if k == 0 { break }
        s += k
    }
    while e > s {
        let k = Invisible.length(endingAt: p, s, e)
        if k == 0 { break }
        e -= k
    }
    return (s, e)
}

/// Where an event id starts and ends as ids are compared: ``idBounds``, and an id of
/// ASCII digits only without its leading zeros (`01`, `001` and `1` are the event 1; a
/// spreadsheet strips the zeros of one export and keeps them in another: review19 H,
/// two such rows were counted as two events). An id of zeros alone is `0`.
@inline(__always)
func eventIdBounds(_ p: UnsafePointer<UInt8>, _ n: Int, integer: Bool = false) -> (Int, Int) {
    var (s, e) = idBounds(p, n, integer: integer)
    guard e - s > 1, p[s] == 0x30 else { return (s, e) }
    for i in s ..< e where p[i] < 0x30 || p[i] > 0x39 { return (s, e) }
    while e - s > 1, p[s] == 0x30 { s += 1 }
    return (s, e)
}

/// The form of an id where ids are integers (UCDP GED), as ``eventIdBounds`` leaves it:
/// digits; digits in groups of three after thousands separators (`244,657`, as a
/// spreadsheet writes a number: the event 244657, its commas left out wherever ids are
/// compared); or another form (a fraction, an exponent form, a sign, text: refused by
/// the parser, review20a I1/I2: such ids were read as text beside 244657, each event
/// counted twice).
enum IntegerIdForm { case digits, grouped, other }

func integerIdForm(_ p: UnsafePointer<UInt8>, _ n: Int) -> IntegerIdForm {
    let (s, e) = eventIdBounds(p, n, integer: true)
    guard e > s else { return .other }
    var grouped = false, run = 0
    for i in s ..< e {
        let c = p[i]
        if c >= 0x30 && c <= 0x39 {
            run += 1
        } else if c == 0x2C {
            if run == 0 || (grouped ? run != 3 : run > 3) { return .other }
            grouped = true
            run = 0
        } else {
            return .other
        }
    }
    if grouped && run != 3 { return .other }
    return grouped ? .grouped : .digits
}

extension EventKey {
    /// The key no event has: it marks an empty slot of ``EventKeyTable``.
    static let vacant = EventKey(a: 0, b: 0)

    init(a: UInt64, b: UInt64) {
        self.a = a
        self.b = b
    }

    /// The key as a table stores it: a key that hashed to the vacant marker (a chance
    /// of 2^-128) is moved next to it.
    @inline(__always)
    var occupying: EventKey { a == 0 && b == 0 ? EventKey(a: 0, b: 1) : self }
}

/// An open-addressing table from event keys to small values.
///
/// Every row with an id goes through one look-up here, and a file of ten million
/// events puts ten million keys in it: `Dictionary` fed the keys to SipHash (a third of
/// the CPU time of `aggregate` on 2M rows, measured with perf) and kept its values in
/// 48-byte buckets. The keys are already hashes, so a multiply picks the slot.
struct EventKeyTable<Value> {
    private var keys: [EventKey]
    private var values: [Value]
    private var shift: UInt64
    private let filler: Value
    private(set) var count = 0

    /// `filler` fills empty slots (never returned).
    init(filler: Value) {
        self.filler = filler
        keys = [EventKey](repeating: .vacant, count: 16)
        values = [Value](repeating: filler, count: 16)
        shift = 60
    }

    @inline(__always)
    private func slot(of key: EventKey) -> (index: Int, found: Bool) {
        let mask = keys.count - 1
        // (Shifts bind tighter than products in Swift: the brackets matter.)
        var i = Int(truncatingIfNeeded: ((key.a ^ (key.b &<< 17)) &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            let k = keys[i]
            if k == key { return (i, true) }
            if k == .vacant { return (i, false) }
            i = (i + 1) & mask
        }
    }

    subscript(key: EventKey) -> Value? {
        let s = slot(of: key.occupying)
        return s.found ? values[s.index] : nil
    }

    /// Adds the key with `value` and returns nil when it is new; returns the value it
    /// already has (unchanged) when it is not.
    @inline(__always)
    mutating func insertIfAbsent(_ key: EventKey, _ value: Value) -> Value? {
        let k = key.occupying
        let s = slot(of: k)
        if s.found { return values[s.index] }
        put(k, value, at: s.index)
        return nil
    }

    /// Sets the key's value, adding the key when it is new.
    mutating func set(_ key: EventKey, _ value: Value) {
        let k = key.occupying
        let s = slot(of: k)
        if s.found { values[s.index] = value } else { put(k, value, at: s.index) }
    }

    @inline(__always)
    private mutating func put(_ k: EventKey, _ value: Value, at i: Int) {
        keys[i] = k
        values[i] = value
        count += 1
        if count * 4 > keys.count * 3 { grow() }
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = [EventKey](repeating: .vacant, count: oldKeys.count * 2)
        values = [Value](repeating: filler, count: oldKeys.count * 2)
        shift -= 1
        for (k, v) in zip(oldKeys, oldValues) where k != .vacant {
            let s = slot(of: k)
            keys[s.index] = k
            values[s.index] = v
        }
    }

    /// Every key with its value, in slot order.
    func forEach(_ body: (EventKey, Value) -> Void) {
        for (k, v) in zip(keys, values) where k != .vacant { body(k, v) }
    }

    mutating func removeAll() {
        self = EventKeyTable(filler: filler)
    }
}

/// Event ids and the fingerprint of the figures they were read with.
///
/// The table sits behind a pointer this object owns: stored `var`s of a class cost a
/// dynamic exclusivity check on every access, and every row with an id reaches here.
/// What the files given later say of an id: its figures' fingerprint (a repeat or a
/// correction) and, for native files, what event it is (date and country), so an id
/// two sources both use for different events is refused, not silently replaced.
struct LaterId: Equatable {
    /// A hash of the figures (only to tell "identical" from "replaced" in the counts).
    var fingerprint: UInt32
    /// The input (index among the inputs given) the id was read from, to name it.
    var file: UInt32
    /// 0 when not kept (UCDP and ACLED ids are global: a later release may move an
    /// event's date or place and still replace it). For native rows the high half is a
    /// hash of the date and country, the low half one of the `source` column.
    var identity: UInt64
}

final class IdTable: @unchecked Sendable {
    private let table: UnsafeMutablePointer<EventKeyTable<LaterId>>

    init() {
        table = .allocate(capacity: 1)
        table.initialize(to: EventKeyTable(filler: LaterId(fingerprint: 0, file: 0, identity: 0)))
    }

    deinit {
        table.deinitialize(count: 1)
        table.deallocate()
    }

    var count: Int { table.pointee.count }

    subscript(key: EventKey) -> LaterId? { table.pointee[key] }

    /// Adds an id, or gives it the new fingerprint when it is already there.
    @inline(__always)
    func set(_ key: EventKey, _ value: LaterId) {
        table.pointee.set(key, value)
    }
}

/// The ids of the input being read, shared by every worker: a row and its repeat may
/// sit in blocks parsed at the same time by different workers, so a per-worker table
/// would miss them. Sharded by hash so workers rarely wait for each other.
///
/// Within one input (a file, standard input, pages concatenated with `cat`) an id
/// identifies one event: a row repeated byte for byte (a page saved twice, pages that
/// overlap) is counted once; the same id with other contents is refused, because one
/// input cannot say which version is newer (docs/aggregation.md, "Duplicate events").
///
/// This is the one part of tally's memory that grows with the input: 40 bytes a slot
/// (the key, then ``Entry``), kept between 3/8 and 3/4 full.
final class InputIds: @unchecked Sendable {
    struct Entry {
        /// What ``IdTable`` keeps for the files read after this one.
        var fingerprint: UInt64
        /// Date and country of a native row (``LaterId/identity``); 0 otherwise.
        var identity: UInt64
        /// A hash of the whole record, to tell a repeat from another version.
        var row: UInt64
        /// Where the row is: its block and line in that block (for the message that
        /// names both rows of an id given twice).
        private var block: UInt32
        private var lineInBlock: UInt32

        init(fingerprint: UInt64, identity: UInt64 = 0, row: UInt64, sequence: Int, line: Int) {
            self.fingerprint = fingerprint
            self.identity = identity
            self.row = row
            block = UInt32(clamping: sequence)
            lineInBlock = UInt32(clamping: line)
        }

        var sequence: Int { Int(block) }
        var line: Int { Int(lineInBlock) }

        static let none = Entry(fingerprint: 0, row: 0, sequence: 0, line: 0)
    }

    enum Outcome {
        case first
        case repeated
        case differs(Entry)
    }

    /// One lock and table per shard; the table behind a pointer (see ``IdTable``).
    private final class Shard: @unchecked Sendable {
        let lock = Lock()
        let table: UnsafeMutablePointer<EventKeyTable<Entry>>

        init() {
            table = .allocate(capacity: 1)
            table.initialize(to: EventKeyTable(filler: .none))
        }

        deinit {
            table.deinitialize(count: 1)
            table.deallocate()
        }
    }

    private let shards: [Shard] = (0 ..< 64).map { _ in Shard() }

    /// Notes an id; says whether it was already read in this input, and how.
    @inline(__always)
    func add(_ key: EventKey, _ entry: Entry) -> Outcome {
        let shard = shards[Int(truncatingIfNeeded: key.b >> 58)]
        return shard.lock.locked {
            guard let old = shard.table.pointee.insertIfAbsent(key, entry) else { return .first }
            return old.row & ~Self.spellingBits == entry.row & ~Self.spellingBits ? .repeated : .differs(old)
        }
    }

    /// The high bits of ``Entry/row`` that say how the id is written, not what the row
    /// holds (``BlockParser``'s `idSpelling`): a row repeated with its id written
    /// another way (`SYR1`, `syr1`) is a repeat (readers18, review58 P3).
    static let spellingBits: UInt64 = 0xFFFF << 48
    /// The bit of ``spellingBits`` set when the id is written as it is compared.
    static let writtenAsCompared: UInt64 = 1 << 63

    /// Moves the ids into `table` (the ids of the files given later) and empties this.
    func drain(into table: IdTable?, file: Int) {
        for s in shards {
            // An id a later file already gave keeps that file's figures (this input's rows
            // of it were replaced by them).
            if let table { s.table.pointee.forEach { k, e in if table[k] == nil { table.set(k, LaterId(fingerprint: UInt32(truncatingIfNeeded: e.fingerprint ^ (e.fingerprint >> 32)),
                                                                                                       file: UInt32(clamping: file), identity: e.identity)) } } }
            s.table.pointee.removeAll()
        }
    }
}

/// Fingerprints of the records without an id, shared by the workers, to count rows that
/// repeat an earlier record of the same input, and rows of one input that are records of
/// another (docs/aggregation.md, "The same event read twice"). A record is what tally
/// reads of a row (``BlockParser``'s row key: dates, place, actor, measure, figures,
/// source, in canonical form), so a quoted, spaced or reordered copy is the same record.
/// A row without an id cannot say whether it is a copy (a file appended to itself,
/// `tail -n +2 b.csv >> a.csv`, overlapping exports given as two files) or a second
/// event with the same figures, so such rows are counted each time and said so; an input
/// whose every record is in another input is refused by the pipeline.
///
/// Memory is bounded: 32 bits of a record's 64-bit key, never the row, in one table of
/// ``maximumSlots`` slots (8 MiB, room for 1,572,864 records in a run), its pages zeroed
/// by the kernel as they are first touched, taken only when an input has rows without
/// ids; from the second input on, 8 bits a slot say which input a record came from
/// (2 MiB more; 16 bits, 4 MiB, from the 255th input on). The table is kept until the run ends (records of earlier inputs are
/// what a later input is compared with) and never grows. Past its room rows are still
/// looked up but no longer added, so the counts are lower bounds
/// (``DuplicateCounts/uncheckedWithoutId``). A row matches when its home slot's run holds
/// its 32-bit tag: a false match has a chance of about 1 in 1,000 over a million rows,
/// and only ever adds to a note. Each worker hands over a block's keys at once; the
/// look-ups are prefetched (`tally_fingerprints_add`).
final class RowFingerprints: @unchecked Sendable {
    static let maximumSlots = 1 << 21
    /// Inputs read after this many are only looked up: their number would not fit the
    /// 16 bits a slot keeps.
    static let maximumInputs = 65_535
    private let slotCount: Int
    private let lock = Lock()
    private var slots: UnsafeMutablePointer<UInt32>?
    private var owners: UnsafeMutablePointer<UInt16>?
    /// The owners while fewer than ``narrowInputs`` inputs are read (issue 9: 2 MiB of
    /// the 1M-row runs' peak); widened to ``owners`` past them.
    private var owners8: UnsafeMutablePointer<UInt8>?
    static let narrowInputs = 255
    /// Whether a table could not be had (calloc failed): every row is unchecked.
    private var noTable = false
    private var count = 0
    /// The input being read: its rows, repeats within it, rows not added, rows met in
    /// earlier inputs, and rows added (its distinct records).
    private var rows = 0, repeats = 0, unchecked = 0, crossing = 0, added = 0
    /// Per earlier input (by the order read): rows of this input met in it, and those of
    /// them not repeating a row of this input; `touched` lists the inputs met.
    private var crossRows: [UInt64] = [], crossDistinct: [UInt64] = [], touched: [UInt16] = []
    private var touchedCount = 0
    /// The inputs read so far, in the order read: their distinct records, and whether
    /// every row of theirs was added (then "all of them met" can be said).
    private var inputs: [(distinct: Int, complete: Bool)] = []

    /// What a row's record can tell apart (``add(_:days:kinds:)``): a zero row (figures
    /// 0, naming only its country: records no event, proves nothing), a row naming only
    /// its country (date, measure, figures: a busy day's events are alike by chance), a
    /// row naming a place (an adm_1, adm_2, actor, source, incident or other column).
    enum RowKind {
        static let zero: UInt8 = 0, country: UInt8 = 1, place: UInt8 = 2
    }

    /// A stretch of the input's rows, one after another in a block, most of them
    /// repeating an earlier record of the input (review28 S8, review29 S7: overlapping
    /// exports joined into one file, `cat a.csv b.csv`, `tail -n +2 b.csv >> a.csv`,
    /// repeat a stretch of days, with a figure corrected or a row added here and there):
    /// `rows`, how many of them repeat an earlier record each once in the stretch
    /// (`repeated`; zero rows not counted) and of those how many name a place
    /// (`places`), the days it changes day at plus one (`days`), its first and last day.
    /// A stretch is the best-scoring run of rows (+1 a row repeating a record not yet
    /// repeated in it, 0 a repeat of one already repeated or a zero row, -2 a row
    /// repeating none: so at least two thirds of the rows that count repeat, as the
    /// rule across two files asks of each file's rows).
    struct RepeatedRun: Equatable {
        var rows = 0, repeated = 0, places = 0, days = 0
        var first: Int32 = 0, last: Int32 = 0

        /// A stretch of days given twice: over two days or more, at least two thirds of
        /// its rows repeating distinct earlier records, and at least ``placesMinimum``
        /// of them naming a place, or ``countryMinimum`` naming only their country.
        /// Honest files repeat records within a day, near each other, one record many
        /// times (a busy day's "1 killed"), so their stretches hold few distinct
        /// repeats: the real UCDP files, projected to country, adm_1, adm_2 or actor
        /// columns, in published, sorted and reversed order, at most 6 naming a place
        /// and 8 naming only the country (review29 R1: a country-level list in
        /// published order was refused for 13 like rows one after another).
        var isJoined: Bool {
            days >= 2 && repeated * 3 >= rows * 2 && (places >= RepeatedRun.placesMinimum || repeated >= RepeatedRun.countryMinimum)
        }

        static let placesMinimum = 8
        static let countryMinimum = 16
    }
    private var run = RepeatedRun()

    /// One bit a slot: the slot's record was repeated in its input already
    /// (``DayRepeats/repeatedRecords`` counts each record once). A slot is only ever
    /// its own input's, so the bits are never cleared; `slotCount / 8` bytes.
    private var again: UnsafeMutablePointer<UInt8>?

    /// The input's rows of one country and day that name a place or a figure (zero
    /// rows aside): how many, how many repeat an earlier record of the input, and how
    /// many distinct records are repeated (those naming a place apart).
    struct DayRepeats: Equatable {
        var rows: UInt32 = 0, repeats: UInt32 = 0, repeatedRecords: UInt32 = 0, repeatedPlaces: UInt32 = 0

        /// Its distinct records (up to a record not added past the table's room).
        var records: UInt32 { rows - repeats }
        /// Every record of the day given twice or more: the mark of a day given twice
        /// in any order (review30 S8: joined exports sorted by date).
        var isDoubled: Bool { repeatedRecords > 0 && repeatedRecords >= records }

        mutating func merge(_ o: DayRepeats) {
            rows += o.rows; repeats += o.repeats; repeatedRecords += o.repeatedRecords; repeatedPlaces += o.repeatedPlaces
        }
    }
    /// The input's ``DayRepeats`` by country and day (``dayKey``): one entry per country
    /// and day with rows, so bounded by the span of days times the countries, not rows.
    private var dayRepeats = DayRepeatsTable()

    /// ``DayRepeats`` by key, in open addressing with a multiplicative hash (a
    /// Dictionary's hashing of every row cost about a tenth of a 1M-row run without ids),
    /// kept at most half full. `UInt64.max` marks an empty slot (a key is a country's 32
    /// bits and a day: that one is 1969-12-31 of a country hashed to all ones).
    struct DayRepeatsTable {
        private(set) var keys: [UInt64] = []
        private(set) var values: [DayRepeats] = []
        private(set) var count = 0

        init(capacity: Int = 0) {
            var c = 16
            while c < 2 * capacity { c <<= 1 }
            keys = [UInt64](repeating: .max, count: c)
            values = [DayRepeats](repeating: DayRepeats(), count: c)
        }

        @inline(__always)
        mutating func merge(_ k: UInt64, _ v: DayRepeats) {
            if 2 * (count + 1) > keys.count { grow() }
            let mask = keys.count - 1
            var slot = Int(truncatingIfNeeded: (k &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
            while keys[slot] != k && keys[slot] != .max { slot = (slot + 1) & mask }
            if keys[slot] == .max { keys[slot] = k; count += 1 }
            values[slot].merge(v)
        }

        private mutating func grow() {
            var t = DayRepeatsTable(capacity: max(16, keys.count))
            forEach { t.merge($0, $1) }
            self = t
        }

        func forEach(_ body: (UInt64, DayRepeats) -> Void) {
            for i in keys.indices where keys[i] != .max { body(keys[i], values[i]) }
        }
    }

    static func dayKey(country: UInt32, day: Int32) -> UInt64 { UInt64(country) << 32 | UInt64(UInt32(bitPattern: day)) }

    /// Days given twice in any order (review30 S8): a run of days, one after another
    /// among the days with rows (of one country, or of every country together), on each
    /// of which every record of the input is given twice or more (``DayRepeats/isDoubled``),
    /// as a ``RepeatedRun`` (`rows` the run's rows, `repeated` its distinct records
    /// repeated). Honest files have such days (two alike events of a day), but few in a
    /// row: the real UCDP Syria, Myanmar/Bangladesh and HDX files projected to country,
    /// `low`/`high`, `adm_1`, `adm_1`+`adm_2`, `adm_1`+actor and country+actor hold at most
    /// 2 distinct repeated records in such a run (measured in Python on the same rule).
    static func doubledDays(_ table: [UInt64: DayRepeats]) -> RepeatedRun {
        var t = DayRepeatsTable(capacity: table.count)
        for (k, v) in table { t.merge(k, v) }
        return doubledDays(t)
    }

    static func doubledDays(_ table: DayRepeatsTable) -> RepeatedRun {
        var best = RepeatedRun()
        func scan(_ days: [(day: Int32, r: DayRepeats)]) {
            var here = RepeatedRun()
            for (d, r) in days {
                guard r.isDoubled else { here = RepeatedRun(); continue }
                if here.days == 0 { here.first = d }
                here.days += 1; here.last = d
                here.rows += Int(r.rows); here.repeated += Int(r.repeatedRecords); here.places += Int(r.repeatedPlaces)
                if here.days >= 2 && (here.places >= RepeatedRun.placesMinimum || here.repeated >= RepeatedRun.countryMinimum)
                    && here.repeated > best.repeated { best = here }
            }
        }
        var byCountry: [UInt32: [(day: Int32, r: DayRepeats)]] = [:]
        var byDay: [Int32: (r: DayRepeats, doubled: Bool)] = [:]
        table.forEach { k, r in
            let day = Int32(bitPattern: UInt32(truncatingIfNeeded: k)), country = UInt32(truncatingIfNeeded: k >> 32)
            byCountry[country, default: []].append((day, r))
            var all = byDay[day] ?? (DayRepeats(), true)
            all.r.merge(r); all.doubled = all.doubled && r.isDoubled
            byDay[day] = all
        }
        for (_, days) in byCountry { scan(days.sorted { $0.day < $1.day }) }
        // Every country's rows of a day together: a day whose countries are each given
        // twice (a join of exports of several countries, a few rows a country a day).
        scan(byDay.map { (d, v) in (d, v.doubled ? v.r : DayRepeats()) }.sorted { $0.day < $1.day })
        return best
    }

    /// What one input's rows met, returned when it is done.
    struct Drained: Equatable {
        /// Rows repeating an earlier record of the input; rows not added to the table.
        var repeats = 0, unchecked = 0
        /// The input's largest stretch of days given twice (``RepeatedRun/isJoined``);
        /// empty when none.
        var run = RepeatedRun()
        /// The input's largest run of days on each of which every record is given twice
        /// or more, in any order (``doubledDays(_:)``); empty when none.
        var doubled = RepeatedRun()
        /// Rows of the input that are records of an earlier input read (each row once).
        var crossing = 0
        /// Per earlier input met (its place in the order read): how many rows.
        var shared: [Shared] = []
        /// An earlier input that holds every record of this one, and one whose every
        /// record this one holds (nil when none is known).
        var containedIn: Int?
        var contains: Int?

        struct Shared: Equatable {
            var input: Int
            var rows: Int
        }
    }

    /// `maximumSlots`: a power of two (smaller for tests of the bound).
    init(maximumSlots: Int = RowFingerprints.maximumSlots) {
        slotCount = maximumSlots
    }

    deinit {
        free(slots)
        free(owners)
        free(owners8)
        free(again)
    }

    /// Adds a block's record keys for the input being read; counts those already read.
    /// `days`, `kinds`: each row's day and ``RowKind``, in the order of the block, to
    /// find stretches of days given twice (``RepeatedRun``); none when empty.
    /// `countries`: each row's country (32 bits of its hash), for ``DayRepeats``.
    func add(_ fingerprints: UnsafeBufferPointer<UInt64>, days: UnsafeBufferPointer<Int32> = UnsafeBufferPointer(start: nil, count: 0),
             kinds: UnsafeBufferPointer<UInt8> = UnsafeBufferPointer(start: nil, count: 0),
             countries: UnsafeBufferPointer<UInt32> = UnsafeBufferPointer(start: nil, count: 0)) {
        guard let base = fingerprints.baseAddress, !fingerprints.isEmpty else { return }
        let ordered = days.count == fingerprints.count && kinds.count == fingerprints.count
        var repeated = [UInt8](repeating: 0, count: ordered ? fingerprints.count : 0)
        defer {
            if ordered {
                noteRuns(repeated, fingerprints, days, kinds)
                if countries.count == fingerprints.count { noteDays(repeated, days, kinds, countries) }
            }
        }
        lock.locked {
            rows += fingerprints.count
            let ordinal = inputs.count
            if slots == nil && !noTable {
                // calloc: the kernel's zero pages, resident only once written.
                if let p = calloc(slotCount, MemoryLayout<UInt32>.stride) { slots = p.assumingMemoryBound(to: UInt32.self) } else { noTable = true }
            }
            if ordered && again == nil && !noTable {
                if let p = calloc(max(1, slotCount / 8), 1) { again = p.assumingMemoryBound(to: UInt8.self) } else { noTable = true }
            }
            if ordinal > 0 && ordinal < RowFingerprints.narrowInputs && owners8 == nil && !noTable {
                // Zero: every record so far is the first input's.
                if let p = calloc(slotCount, 1) { owners8 = p.assumingMemoryBound(to: UInt8.self) } else { noTable = true }
            }
            if ordinal >= RowFingerprints.narrowInputs && owners == nil && !noTable {
                if let p = calloc(slotCount, MemoryLayout<UInt16>.stride) {
                    let wide = p.assumingMemoryBound(to: UInt16.self)
                    if let narrow = owners8 { for i in 0 ..< slotCount { wide[i] = UInt16(narrow[i]) } }
                    free(owners8); owners8 = nil
                    owners = wide
                } else { noTable = true }
            }
            guard !noTable, let slots else {
                unchecked += fingerprints.count
                return
            }
            while crossRows.count < ordinal {
                crossRows.append(0); crossDistinct.append(0); touched.append(0)
            }
            let listed = ordinal < RowFingerprints.maximumInputs
            let room = listed ? max(0, slotCount * 3 / 4 - count) : 0
            var put = 0, across = 0
            let found = crossRows.withUnsafeMutableBufferPointer { r in
                crossDistinct.withUnsafeMutableBufferPointer { d in
                    touched.withUnsafeMutableBufferPointer { t in
                        let owner = UInt16(min(ordinal, RowFingerprints.maximumInputs))
                        // No flags unless asked: an empty array's buffer may have an
                        // address (the shared empty storage), which must not be written.
                        return repeated.withUnsafeMutableBufferPointer { buffer in
                            let flags: UnsafeMutablePointer<UInt8>? = ordered ? buffer.baseAddress : nil
                            return owners8 != nil
                            ? tally_fingerprints_add8(slots, owners8, slotCount - 1, base, fingerprints.count, room, owner, &put,
                                                      r.baseAddress, d.baseAddress, t.baseAddress, &touchedCount, &across, flags, ordered ? again : nil)
                            : tally_fingerprints_add(slots, owners, slotCount - 1, base, fingerprints.count, room, owner, &put,
                                                     r.baseAddress, d.baseAddress, t.baseAddress, &touchedCount, &across, flags, ordered ? again : nil)
                        }
                    }
                }
            }
            count += put
            added += put
            repeats += found
            crossing += across
            unchecked += fingerprints.count - found - put
        }
    }

    /// The stretches of a block (``RepeatedRun``; `repeated`: 1 a row that repeats a
    /// record of the input; each row's record key, day and ``RowKind``): the one with
    /// the most repeats that is a stretch of days given twice is kept. A stretch cut by
    /// the end of a block counts as two (blocks are read in any order).
    private func noteRuns(_ repeated: [UInt8], _ keys: UnsafeBufferPointer<UInt64>, _ days: UnsafeBufferPointer<Int32>, _ kinds: UnsafeBufferPointer<UInt8>) {
        var best = RepeatedRun(), here = RepeatedRun(), score = 0
        // The records repeated in the stretch: a second repeat of one proves nothing more.
        var seen = Set<UInt64>()
        for i in repeated.indices {
            let d = days[i]
            let s = repeated[i] == 0 ? -2 : kinds[i] == RowKind.zero || (here.rows > 0 && seen.contains(keys[i])) ? 0 : 1
            if here.rows == 0 || score + s <= 0 {
                if here.rows > 0 { here = RepeatedRun(); seen.removeAll(keepingCapacity: true); score = 0 }
                guard s > 0 else { continue }
                here = RepeatedRun(rows: 1, repeated: 1, places: kinds[i] == RowKind.place ? 1 : 0, days: 1, first: d, last: d)
                score = s
                seen.insert(keys[i])
                continue
            }
            score += s
            here.rows += 1
            if d != days[i - 1] { here.days += 1 }
            here.first = min(here.first, d); here.last = max(here.last, d)
            if s == 1 {
                here.repeated += 1
                if kinds[i] == RowKind.place { here.places += 1 }
                seen.insert(keys[i])
                if here.isJoined && here.repeated > best.repeated { best = here }
            }
        }
        guard best.repeated > 0 else { return }
        lock.locked { if best.repeated > run.repeated { run = best } }
    }

    /// A block's rows by country and day (``DayRepeats``; `repeated` as ``noteRuns``,
    /// 2 a record's first repeat), zero rows aside, merged into the input's.
    private func noteDays(_ repeated: [UInt8], _ days: UnsafeBufferPointer<Int32>, _ kinds: UnsafeBufferPointer<UInt8>,
                          _ countries: UnsafeBufferPointer<UInt32>) {
        // Rows of one country and day one after another (files in date order) are
        // summed before the look-up, in a table of the block's own.
        var local = DayRepeatsTable(capacity: min(repeated.count, 4096))
        @inline(__always) func put(_ k: UInt64, _ v: DayRepeats) { local.merge(k, v) }
        var key = UInt64.max, here = DayRepeats()
        for i in repeated.indices where kinds[i] != RowKind.zero {
            let k = Self.dayKey(country: countries[i], day: days[i])
            if k != key {
                if here.rows > 0 { put(key, here) }
                key = k; here = DayRepeats()
            }
            here.rows += 1
            let r = repeated[i]
            if r != 0 {
                here.repeats += 1
                if r == 2 {
                    here.repeatedRecords += 1
                    if kinds[i] == RowKind.place { here.repeatedPlaces += 1 }
                }
            }
        }
        if here.rows > 0 { put(key, here) }
        lock.locked { local.forEach { dayRepeats.merge($0, $1) } }
    }

    /// The input's counts, and what it shares with the inputs read before it; the next
    /// rows added are the next input's. The table is kept.
    func drain() -> Drained {
        lock.locked {
            var d = Drained(repeats: repeats, unchecked: unchecked, run: run, crossing: crossing)
            run = RepeatedRun()
            if repeats > 0 { d.doubled = Self.doubledDays(dayRepeats) }
            dayRepeats = DayRepeatsTable()
            let complete = unchecked == 0 && !noTable
            for k in 0 ..< touchedCount {
                let o = Int(touched[k])
                let n = Int(crossRows[o]), distinct = Int(crossDistinct[o])
                d.shared.append(.init(input: o, rows: n))
                // Every row of this input is a record of that one (each row was looked
                // up, so a count short of it only ever misses a containment).
                if rows > 0 && n >= rows && d.containedIn == nil { d.containedIn = o }
                // Every record of that one is in this one: both inputs' records all in
                // the table, so distinct counts are exact (up to the hash).
                let earlier = inputs[o]
                if complete && earlier.complete && earlier.distinct > 0 && distinct >= earlier.distinct && d.contains == nil { d.contains = o }
                crossRows[o] = 0; crossDistinct[o] = 0
            }
            d.shared.sort { $0.input < $1.input }
            touchedCount = 0
            inputs.append((added, complete && inputs.count < RowFingerprints.maximumInputs))
            rows = 0; repeats = 0; unchecked = 0; crossing = 0; added = 0
            return d
        }
    }
}

@inline(__always)
func recordHash(_ p: UnsafePointer<UInt8>, _ n: Int, _ seed: UInt64) -> UInt64 {
    var h = seed ^ (UInt64(n) &* 0x9E37_79B9_7F4A_7C15)
    var i = 0
    let raw = UnsafeRawPointer(p)
    while i + 8 <= n {
        let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
        h = (h ^ w) &* 0xBF58_476D_1CE4_E5B9
        h ^= h >> 31
        i += 8
    }
    var tail: UInt64 = 0
    while i < n { tail = (tail << 8) | UInt64(p[i]); i += 1 }
    h = (h ^ tail) &* 0x94D0_49BB_1331_11EB
    return h ^ (h >> 29)
}

/// Events read more than once, by id.
public struct DuplicateCounts: Sendable, Equatable {
    /// Rows whose id was read again from a file given later with the same figures:
    /// counted once.
    public var dropped = 0
    /// Rows whose id was read again from a file given later with other figures: the
    /// later file's figures replace them.
    public var replaced = 0
    /// Rows that repeat an earlier row of the same input byte for byte (same id, same
    /// contents: a page saved twice, overlapping API pages): counted once.
    public var withinFile = 0
    /// Rows without an id that repeat an earlier record of the same input (the same
    /// date, place, measure and figures, however quoted or spaced): counted each time,
    /// since two events may have the same figures (``RowFingerprints``).
    public var sameRowsWithoutId = 0
    /// Rows without an id not added to the table of fingerprints (past its 1,572,864
    /// rows): a later copy of one is not found, so ``sameRowsWithoutId`` and
    /// ``acrossInputsWithoutId`` are lower bounds when this is not 0.
    public var uncheckedWithoutId = 0
    /// Rows without an id of one input that are records of another input (the same
    /// date, place, measure and figures): counted each time, and said.
    public var acrossInputsWithoutId = 0
    /// Rows left out because a file given later covers their country and day
    /// (`--overlap later`).
    public var overlapLeftOut = 0
    /// Rows naming no first-level place kept under `--overlap later` on days a later
    /// file covers (it has no such rows of their country, so it is taken not to count
    /// events of unknown location), and their best figures by measure.
    public var placelessKept = 0
    public var placelessKeptBest: [String: Int64] = [:]
    /// Which inputs share such rows (the first few pairs, in the order given).
    public var sharedWithoutId: [SharedRecords] = []

    /// Two inputs holding some of the same records without ids.
    public struct SharedRecords: Sendable, Equatable {
        public var first: String
        public var second: String
        public var rows: Int
    }

    public init() {}

    public var any: Bool { dropped + replaced + withinFile + sameRowsWithoutId + acrossInputsWithoutId + overlapLeftOut > 0 }

    mutating func add(_ o: DuplicateCounts) {
        dropped += o.dropped; replaced += o.replaced; withinFile += o.withinFile
        sameRowsWithoutId += o.sameRowsWithoutId; uncheckedWithoutId += o.uncheckedWithoutId
        acrossInputsWithoutId += o.acrossInputsWithoutId
        overlapLeftOut += o.overlapLeftOut
        placelessKept += o.placelessKept
        placelessKeptBest.merge(o.placelessKeptBest) { a, b in a.addingReportingOverflow(b).overflow ? Int64.max : a + b }
        for p in o.sharedWithoutId where sharedWithoutId.count < 3 { sharedWithoutId.append(p) }
    }
}

/// An order-independent hash of an input's records without ids: the sums of two
/// mixes of each record's key (``BlockParser``'s row key, what tally reads of the row in
/// canonical form), with their number. Two inputs of the same records, in any order and
/// however written (quoted, spaced, columns in another order or an empty column more,
/// CRLF, a byte-order mark, gzip or zip, `10.0` for `10`, a name in NFD), have the same
/// hash; one hash per input is kept, whatever its size.
struct ContentHash: Equatable {
    private(set) var a: UInt64 = 0
    private(set) var b: UInt64 = 0
    private(set) var rows = 0

    init() {}

    /// Adds another part's sums (blocks, in any order).
    mutating func add(a x: UInt64, b y: UInt64, rows n: Int) {
        a = a &+ x
        b = b &+ y
        rows += n
    }

    /// The two mixes of a record key summed into ``a`` and ``b``.
    @inline(__always)
    static func mixes(_ k: UInt64) -> (UInt64, UInt64) {
        var x = k &+ 0x9E37_79B9_7F4A_7C15
        x = (x ^ (x >> 30)) &* 0xBF58_476D_1CE4_E5B9
        x = (x ^ (x >> 27)) &* 0x94D0_49BB_1331_11EB
        var y = k ^ 0xD6E8_FEB8_6659_FD93
        y = (y ^ (y >> 32)) &* 0xD6E8_FEB8_6659_FD93
        y = (y ^ (y >> 29)) &* 0xC4CE_B9FE_1A85_EC53
        return (x ^ (x >> 31), y ^ (y >> 32))
    }
}
