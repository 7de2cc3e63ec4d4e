#include "tally_scan.h"

// Checks the sequence that starts at p[i] (a byte >= 0x80) and returns its length,
// or 0 when it is not valid UTF-8.
static inline size_t sequence_length(const uint8_t *p, size_t i, size_t n) {
    uint8_t b = p[i];
    size_t need;
    uint32_t code, min;
    if (b >= 0xC2 && b <= 0xDF) { need = 1; code = b & 0x1F; min = 0x80; }
    else if (b >= 0xE0 && b <= 0xEF) { need = 2; code = b & 0x0F; min = 0x800; }
    else if (b >= 0xF0 && b <= 0xF4) { need = 3; code = b & 0x07; min = 0x10000; }
    else return 0;
    if (need >= n - i) return 0;
    for (size_t k = 1; k <= need; k++) {
        uint8_t c = p[i + k];
        if ((c & 0xC0) != 0x80) return 0;
        code = (code << 6) | (c & 0x3F);
    }
    if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return 0;
    return need + 1;
}

size_t tally_first_text_problem(const uint8_t *p, size_t n, int *kind) {
    size_t i = 0;
    *kind = TALLY_TEXT_OK;
    while (i < n) {
#if defined(__SSE2__)
        if (i + 16 <= n) {
            // 16 bytes at a time; from a byte that is not ASCII or is NUL, check it and
            // come back here (names with accents put one every few bytes).
            __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
            unsigned stop = (unsigned)_mm_movemask_epi8(v)
                          | (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_setzero_si128()));
            if (!stop) { i += 16; continue; }
            i += (size_t)__builtin_ctz(stop);
        }
#endif
        uint8_t b = p[i];
        if (b == 0) { *kind = TALLY_TEXT_NUL; return i; }
        if (b < 0x80) { i++; continue; }
        // Two-byte sequences (accented Latin, Arabic, Cyrillic: most non-ASCII names):
        // a lead of C2…DF cannot be overlong or a surrogate.
        if (b >= 0xC2 && b <= 0xDF && i + 1 < n && (p[i + 1] & 0xC0) == 0x80) { i += 2; continue; }
        size_t len = sequence_length(p, i, n);
        if (len == 0) { *kind = TALLY_TEXT_INVALID_UTF8; return i; }
        i += len;
    }
    return n;
}

size_t tally_count_byte(const uint8_t *p, size_t n, uint8_t byte) {
    size_t count = 0, i = 0;
#if defined(__SSE2__)
    const __m128i b = _mm_set1_epi8((char)byte);
    for (; i + 16 <= n; i += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
        count += (size_t)__builtin_popcount((unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, b)));
    }
#endif
    for (; i < n; i++) count += p[i] == byte;
    return count;
}

ptrdiff_t tally_scan_unquoted(const uint8_t *base, ptrdiff_t end, ptrdiff_t *position, ptrdiff_t *chunk_start, uint64_t *remaining,
                         ptrdiff_t *line_feeds, tally_field_span *spans, ptrdiff_t capacity) {
    ptrdiff_t p = *position;
    if (p >= end) return 0;
    ptrdiff_t chunk = *chunk_start;
    uint64_t rem = *remaining;
    tally_field_span *out = spans, *out_end = spans + (capacity > 0 ? capacity : 0);
    ptrdiff_t fields_past = 0; /* fields beyond the capacity, counted not kept */
    for (;;) {
        while (__builtin_expect(rem == 0, 0)) {
            chunk += 64;
            if (chunk >= end) { chunk = end; break; }
            const uint8_t *q = base + chunk;
            rem = end - chunk >= 64 ? tally_structural_mask64(q) : tally_structural_mask_tail(q, (size_t)(end - chunk));
        }
        if (__builtin_expect(rem == 0, 0)) {
            /* The data ends inside this field: the record's last. */
            ptrdiff_t count = end - p;
            if (count > 0 && base[end - 1] == '\r') count -= 1;
            if (out < out_end) { out->start = p; out->count = count; out->hasEscapes = false; out++; } else fields_past++;
            *position = end;
            break;
        }
        ptrdiff_t at = chunk + __builtin_ctzll(rem);
        uint8_t b = base[at];
        if (b == ',') {
            rem &= rem - 1;
            if (out < out_end) { out->start = p; out->count = at - p; out->hasEscapes = false; out++; } else fields_past++;
            p = at + 1;
            if (__builtin_expect(p >= end, 0)) {
                /* A trailing comma at the very end of the data: one more, empty field. */
                if (out < out_end) { out->start = p; out->count = 0; out->hasEscapes = false; out++; } else fields_past++;
                *position = end;
                break;
            }
            continue;
        }
        if (b == '"') return -1; /* a quoted field, or a quote where none may be: the general path */
        /* The line feed ending the record. */
        rem &= rem - 1;
        ptrdiff_t count = at - p;
        if (count > 0 && base[at - 1] == '\r') count -= 1;
        if (out < out_end) { out->start = p; out->count = count; out->hasEscapes = false; out++; } else fields_past++;
        *line_feeds += 1;
        *position = at + 1;
        break;
    }
    *chunk_start = chunk;
    *remaining = rem;
    return (ptrdiff_t)(out - spans) + fields_past;
}

/* Row fingerprints of rows without ids (TallyIO's RowFingerprints): a set in
   `mask + 1` 32-bit slots, 0 marking an empty one, and, once a second input is read,
   the input each slot's row came from (`owners`, 8 or 16 bits a slot; NULL while every slot
   is the first input's, owner 0). A fingerprint's low bits pick its home slot and its
   high 32 bits (0 read as 1) are stored: two rows match when both agree.
   Each of the `n` fingerprints of input `owner` is looked up over its whole run of
   slots: a slot of the same owner makes it a repeat within the input (counted in the
   result); slots of other owners are rows of earlier inputs, counted per owner in
   `cross_rows` (every row) and `cross_distinct` (rows not repeating one of this input),
   each owner listed once in `touched` when first met. A row not yet in the input is
   added when fewer than `room` have been added by this call. Slots are prefetched
   `ahead` fingerprints early so the cache misses of a table larger than the cache
   overlap. *added is how many were added, *crossing how many rows met another input;
   `repeated` (NULL: not asked) gets 1 for each fingerprint that repeats the input's,
   2 when it is the first repeat of that record: `again` (one bit a slot, NULL with
   `repeated`) marks the slots of records repeated once already. */
#define TALLY_FINGERPRINTS_ADD(NAME, OWNER) \
size_t NAME(uint32_t *slots, OWNER *owners, size_t mask, const uint64_t *fps, size_t n, \
                              size_t room, uint16_t owner, size_t *added, uint64_t *cross_rows, \
                              uint64_t *cross_distinct, uint16_t *touched, size_t *touched_count, size_t *crossing, \
                              uint8_t *repeated, uint8_t *again) { \
    enum { ahead = 16 }; \
    size_t found = 0, put = 0, across = 0; \
    for (size_t i = 0; i < n; i++) { \
        if (i + ahead < n) __builtin_prefetch(&slots[fps[i + ahead] & mask], 1, 0); \
        uint32_t tag = (uint32_t)(fps[i] >> 32); \
        if (tag == 0) tag = 1; \
        size_t home = fps[i] & mask, s = home; \
        int self = 0, other = 0; \
        size_t mine = 0; \
        for (;;) { \
            uint32_t v = slots[s]; \
            if (v == 0) break; \
            if (v == tag) { \
                if ((owners ? owners[s] : 0) == owner) { if (!self) mine = s; self = 1; } else other = 1; \
            } \
            s = (s + 1) & mask; \
        } \
        if (repeated) { \
            uint8_t r = (uint8_t)self; \
            if (self && again) { \
                uint8_t bit = (uint8_t)(1u << (mine & 7)); \
                if (!(again[mine >> 3] & bit)) { again[mine >> 3] |= bit; r = 2; } \
            } \
            repeated[i] = r; \
        } \
        if (self) { \
            found++; \
        } else if (put < room) { \
            slots[s] = tag; \
            if (owners) owners[s] = (OWNER)owner; \
            put++; \
        } \
        if (other) { \
            across++; \
            for (size_t t = home; t != s; t = (t + 1) & mask) { \
                if (slots[t] != tag) continue; \
                uint16_t o = (uint16_t)owners[t]; \
                if (o == owner) continue; \
                if (cross_rows[o] == 0) touched[(*touched_count)++] = o; \
                cross_rows[o]++; \
                if (!self) cross_distinct[o]++; \
            } \
        } \
    } \
    *added = put; \
    *crossing = across; \
    return found; \
}

/* Owners of 8 bits a slot while fewer than 255 inputs are read (2 MiB, not 4: issue 9),
   then of 16 (RowFingerprints widens them). */
TALLY_FINGERPRINTS_ADD(tally_fingerprints_add, uint16_t)
TALLY_FINGERPRINTS_ADD(tally_fingerprints_add8, uint8_t)
