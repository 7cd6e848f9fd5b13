//! The hash functions shared by the build step (build/convert.rs, which includes this file) and the run-time
//! lookup tables: both sides must agree bit for bit.

/// Hash of a pair of code points (the first two characters of a phrase).
#[inline]
pub(crate) fn pair_hash(a: u32, b: u32) -> usize {
    let h = a.wrapping_mul(0x9E37_79B1) ^ b.wrapping_mul(0x85EB_CA77).rotate_left(13);
    h.wrapping_mul(0xC2B2_AE35) as usize
}

/// The bit of a second character in a first character's 32-bit filter of second characters.
#[inline]
pub(crate) fn second_bit(c: u32) -> u32 {
    1 << (c.wrapping_mul(0x9E37_79B1) >> 27)
}

/// Bits of the pair filter (a power of two: 2^19 bits, 64 KiB).
pub(crate) const PAIR_FILTER_BITS: u32 = 19;

/// The bit of a pair in the pair filter.
#[inline]
pub(crate) fn pair_filter_bit(a: u32, b: u32) -> usize {
    (pair_hash(a, b) as u32 >> (32 - PAIR_FILTER_BITS)) as usize
}

/// The bit of a phrase prefix in a dictionary's prefix filter of `bits` bits (a power of two): `(a, b, 0)` for
/// a two-character phrase `ab`, `(a, b, c)` for a longer phrase starting `abc`.
#[inline]
pub(crate) fn prefix_filter_bit(a: u32, b: u32, c: u32, bits: usize) -> usize {
    (pair_hash(pair_hash(a, b) as u32, c ^ 0x5BD1_E995) as u32 >> (32 - bits.trailing_zeros()))
        as usize
}
