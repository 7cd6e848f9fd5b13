//! Zawgyi detection for Burmese text: Google myanmar-tools' approach, a Markov chain over code points.
//!
//! The model (myanmar-tools' `zawgyiUnicodeModel.dat`, Apache-2.0, vendored in data/detect/) gives for each
//! pair of consecutive characters the log-likelihood ratio ln P(Unicode) − ln P(Zawgyi); characters
//! outside the Myanmar blocks (and the spaces U+2000–U+200B) are one "foreign" state whose pairs carry no
//! evidence. The probability that the text is Zawgyi is `1 / (1 + e^total)`.
//!
//! Worst case: linear in the text length, constant memory.

use std::sync::OnceLock;

static BLOB: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/detect_zawgyi.bin"));

struct Table {
    size: usize,
    params: Vec<f32>,
}

fn table() -> &'static Table {
    static T: OnceLock<Table> = OnceLock::new();
    T.get_or_init(|| {
        let size = u32::from_le_bytes(BLOB[..4].try_into().expect("4 bytes")) as usize;
        let params = BLOB[4..]
            .chunks_exact(4)
            .map(|c| f32::from_le_bytes(c.try_into().expect("4 bytes")))
            .collect();
        Table { size, params }
    })
}

/// The model's state of a character: 0 for foreign characters, else 1 + its index in the model's alphabet,
/// in the model's order: U+1000–103F, U+104A–109F, U+AA60–AA7F, U+A9E0–A9FF, U+2000–200B.
fn state(c: char) -> usize {
    let u = c as u32;
    let idx = match u {
        0x1000..=0x103F => u - 0x1000,
        0x104A..=0x109F => 0x40 + (u - 0x104A),
        0xAA60..=0xAA7F => 0x40 + 0x56 + (u - 0xAA60),
        0xA9E0..=0xA9FF => 0x40 + 0x56 + 0x20 + (u - 0xA9E0),
        0x2000..=0x200B => 0x40 + 0x56 + 0x40 + (u - 0x2000),
        _ => return 0,
    };
    idx as usize + 1
}

/// The probability that `text` is Burmese in the Zawgyi font encoding rather than Unicode, or `None` when
/// the text has no Myanmar characters (myanmar-tools returns −∞ there).
///
/// Worst case O(n) time in the text length, O(1) memory.
///
/// ```
/// use zoulang::detect::zawgyi_probability;
/// assert!(zawgyi_probability("ဘဂၤလားေဒရွ္႕").unwrap() > 0.99); // Zawgyi
/// assert!(zawgyi_probability("စင်္ကာပူမှာ").unwrap() < 0.01); // Unicode
/// assert_eq!(zawgyi_probability("no Burmese here"), None);
/// ```
pub fn zawgyi_probability(text: &str) -> Option<f64> {
    let t = table();
    let mut total = 0f64;
    let mut any = false;
    let mut prev = 0usize;
    for c in text.chars().chain(std::iter::once('\0')) {
        let s = if c == '\0' { 0 } else { state(c) };
        if prev != 0 || s != 0 {
            any = true;
            total += t.params[prev * t.size + s] as f64;
        }
        prev = s;
    }
    if !any {
        return None;
    }
    Some(if total >= 0.0 {
        let z = (-total).exp();
        z / (z + 1.0)
    } else {
        1.0 / (1.0 + total.exp())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alphabet_size_matches_model() {
        assert_eq!(table().size, 0x40 + 0x56 + 0x0C + 0x20 + 0x20 + 1);
    }
}
