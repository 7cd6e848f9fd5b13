//! Byte offsets to code point offsets for the ascending spans the core returns, in one pass over the text.

/// Converts byte offsets of one text to code point offsets (Python's `str` indices). Moving from the
/// previous offset costs the distance between them, so ascending spans cost O(text) in all, against
/// O(log n + 64) per lookup for [`zoulang::CharIndex`].
pub struct CharCursor<'a> {
    bytes: &'a [u8],
    byte: usize,
    chars: usize,
}

/// Code points in a run of UTF-8 (bytes that do not continue a character).
fn count(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

impl<'a> CharCursor<'a> {
    pub fn new(text: &'a str) -> Self {
        CharCursor {
            bytes: text.as_bytes(),
            byte: 0,
            chars: 0,
        }
    }

    /// The code point offset of `byte` (a character boundary; clamped to the text's end).
    pub fn char_at(&mut self, byte: usize) -> usize {
        let byte = byte.min(self.bytes.len());
        if byte >= self.byte {
            self.chars += count(&self.bytes[self.byte..byte]);
        } else {
            self.chars -= count(&self.bytes[byte..self.byte]);
        }
        self.byte = byte;
        self.chars
    }

    /// Both ends of a byte span.
    pub fn span(&mut self, r: std::ops::Range<usize>) -> (usize, usize) {
        (self.char_at(r.start), self.char_at(r.end))
    }
}

#[cfg(test)]
mod tests {
    use super::CharCursor;

    #[test]
    fn agrees_with_char_index_forwards_and_backwards() {
        let text = "a中b𝄞 ไทย\u{301}x";
        let idx = zoulang::CharIndex::new(text);
        let bounds: Vec<usize> = text
            .char_indices()
            .map(|(b, _)| b)
            .chain([text.len()])
            .collect();
        let mut c = CharCursor::new(text);
        for &b in bounds.iter().chain(bounds.iter().rev()) {
            assert_eq!(c.char_at(b), idx.to_char(b), "byte {b}");
        }
        assert_eq!(c.char_at(usize::MAX), text.chars().count());
    }
}
