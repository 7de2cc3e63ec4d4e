#ifndef TALLY_SCAN_H
#define TALLY_SCAN_H

// The two loops that look at every byte of every input file: finding the bytes that
// structure a CSV record, and checking that the text is UTF-8. Swift has no portable
// way to turn a vector comparison into a bit mask (x86's movemask), so these few
// lines are C with SSE2 intrinsics, which every x86-64 processor has; other
// processors get a plain loop with the same results (tested against the same cases).

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/// Bit i is set when p[i] is ',', '"' or a line feed, for i in 0..<64. The 64 bytes
/// at p must be readable.
static inline uint64_t tally_structural_mask64(const uint8_t *p) {
#if defined(__SSE2__)
    const __m128i comma = _mm_set1_epi8(','), quote = _mm_set1_epi8('"'), lf = _mm_set1_epi8('\n');
    uint64_t m = 0;
    for (int k = 0; k < 4; k++) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(p + 16 * k));
        __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, comma), _mm_cmpeq_epi8(v, quote)),
                                   _mm_cmpeq_epi8(v, lf));
        m |= (uint64_t)(uint16_t)_mm_movemask_epi8(hit) << (16 * k);
    }
    return m;
#else
    uint64_t m = 0;
    for (int i = 0; i < 64; i++) {
        uint8_t b = p[i];
        m |= (uint64_t)(b == ',' || b == '"' || b == '\n') << i;
    }
    return m;
#endif
}

/// ``tally_structural_mask64`` for the last `n` (< 64) bytes of a buffer: bits past
/// `n` are clear, and nothing past `n` is read.
static inline uint64_t tally_structural_mask_tail(const uint8_t *p, size_t n) {
    uint8_t padded[64] = {0};
    for (size_t i = 0; i < n && i < 64; i++) padded[i] = p[i];
    return tally_structural_mask64(padded);
}

/// One field of a record: where its bytes are in the block, and whether they still
/// hold doubled quotes (`""`) that must be undone before use (Swift's ``FieldSpan``).
typedef struct {
    ptrdiff_t start;
    ptrdiff_t count;
    bool hasEscapes;
} tally_field_span;

/// The CSV scanner's record loop for a record without a quote (nearly every record):
/// from `*position`, the fields up to the line feed (or the end of the data) go to
/// `spans` (up to `capacity`; more are counted, not kept), and the scanner's state
/// (`*position`, its 64-byte chunk `*chunk_start` and mask `*remaining`, `*line_feeds`)
/// moves past the record, exactly as TallyIO's ``CSVScanner`` would move it. Returns
/// the number of fields; 0 at the end of the data; -1, with the state left as it was,
/// at the first quote (a quoted field, or a malformed one): the caller reads that
/// record the general way. (C for the registers: this loop runs for every field of
/// every input, and the general loop's state, kept across its quoted-field paths,
/// cost it about twice the instructions a field: issue 9.)
ptrdiff_t tally_scan_unquoted(const uint8_t *base, ptrdiff_t end, ptrdiff_t *position, ptrdiff_t *chunk_start,
                              uint64_t *remaining, ptrdiff_t *line_feeds, tally_field_span *spans, ptrdiff_t capacity);

/// How many of the `n` bytes at `p` are `byte` (16 at a time with SSE2): the line feeds
/// of a block that was not parsed to its end, so that the lines after it are numbered.
size_t tally_count_byte(const uint8_t *p, size_t n, uint8_t byte);

/// Why text stops being readable at the offset ``tally_first_text_problem`` returns.
enum { TALLY_TEXT_OK = 0, TALLY_TEXT_INVALID_UTF8 = 1, TALLY_TEXT_NUL = 2 };

/// The offset of the first byte of `p[0..<n]` that starts an invalid UTF-8 sequence
/// (overlong, surrogate, past U+10FFFF, cut short by the end of the buffer, or a stray
/// continuation byte) or is NUL; `n` when there is none. `*kind` says which.
size_t tally_first_text_problem(const uint8_t *p, size_t n, int *kind);

/* Adds 64-bit row fingerprints of one input to an open-addressing set of 32-bit
   slots with their inputs (see tally_scan.c); returns how many were already in the
   input, and counts those met in earlier inputs; `repeated` (or NULL) gets, per
   fingerprint, 1 when it repeats one of the input (2 the first time that record is
   repeated, when `again`, one bit a slot, is given), else 0. */
size_t tally_fingerprints_add(uint32_t *slots, uint16_t *owners, size_t mask, const uint64_t *fps, size_t n,
                              size_t room, uint16_t owner, size_t *added, uint64_t *cross_rows,
                              uint64_t *cross_distinct, uint16_t *touched, size_t *touched_count, size_t *crossing,
                              uint8_t *repeated, uint8_t *again);
size_t tally_fingerprints_add8(uint32_t *slots, uint8_t *owners, size_t mask, const uint64_t *fps, size_t n,
                               size_t room, uint16_t owner, size_t *added, uint64_t *cross_rows,
                               uint64_t *cross_distinct, uint16_t *touched, size_t *touched_count, size_t *crossing,
                               uint8_t *repeated, uint8_t *again);

/// For the overlap check's probes (DayProbe in Overlap.swift), shared by the workers:
/// adds `v` to `*p`, and takes bit `i` of `words` (1 when it was not taken).
static inline void tally_atomic_add_u64(uint64_t *p, uint64_t v) {
    __atomic_fetch_add(p, v, __ATOMIC_RELAXED);
}

static inline int tally_atomic_take_bit(uint64_t *words, size_t i) {
    uint64_t m = (uint64_t)1 << (i & 63);
    return (__atomic_fetch_or(words + (i >> 6), m, __ATOMIC_RELAXED) & m) == 0;
}

/// Allocations of 256 KiB or more get pages of their own (mmap), given back when freed:
/// glibc's default threshold rises to 32 MiB once such a block is freed, after which a
/// resized table's old buffer stays in the heap (RSS) for the rest of the run. For the
/// peak of tally's runs (issue 9: 1.5 MiB of 1M rows read as two files); nothing
/// elsewhere.
static inline void tally_map_large_allocations(void) {
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, 256 * 1024);
#endif
}

/// Gives memory freed in every malloc arena back to the system (glibc's malloc_trim,
/// not in Swift's Glibc module); nothing elsewhere. The overlap check's day tables
/// free their rows, chunk by chunk, in the worker threads' arenas.
static inline void tally_release_free_memory(void) {
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

#endif
