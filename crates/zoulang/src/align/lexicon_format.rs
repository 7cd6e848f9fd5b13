//! The lexicon table format, shared by the build step (`build/align.rs`, which includes this file by path)
//! and the run-time loader: parsing the TSV table and encoding/decoding the compact binary blob.
//!
//! TSV: `headword<TAB>target words (space separated)<TAB>romanisation syllables (optional)`; `#` lines are
//! comments. Blob (little endian): `ZLX1`, word vocabulary, syllable vocabulary, per-entry word ids, per-entry
//! syllable ids, then the serialised daachorse automaton over the headwords (value = entry index).

/// One parsed table: headwords, and per entry the word ids and syllable ids into the two vocabularies.
#[derive(Debug, Default, Clone)]
pub(crate) struct Table {
    pub(crate) headwords: Vec<String>,
    pub(crate) words: Vec<String>,
    pub(crate) syllables: Vec<String>,
    /// Per entry, ids into `words`.
    pub(crate) entry_words: Vec<Vec<u32>>,
    /// Per entry, ids into `syllables`.
    pub(crate) entry_syllables: Vec<Vec<u32>>,
}

/// Parses the TSV table. Errors name the 1-based line.
pub(crate) fn parse_tsv(text: &str) -> Result<Table, (usize, String)> {
    use std::collections::HashMap;
    let mut t = Table::default();
    let mut word_ids: HashMap<String, u32> = HashMap::new();
    let mut syl_ids: HashMap<String, u32> = HashMap::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut cols = line.split('\t');
        let head = cols.next().unwrap_or("").trim();
        if head.is_empty() {
            return Err((n + 1, "empty headword".to_string()));
        }
        let words = cols.next().unwrap_or("");
        let syls = cols.next().unwrap_or("");
        let entry = match seen.get(head) {
            Some(&e) => e,
            None => {
                seen.insert(head.to_string(), t.headwords.len());
                t.headwords.push(head.to_string());
                t.entry_words.push(Vec::new());
                t.entry_syllables.push(Vec::new());
                t.headwords.len() - 1
            }
        };
        for (list, vocab, ids, field) in [
            (&mut t.entry_words, &mut t.words, &mut word_ids, words),
            (&mut t.entry_syllables, &mut t.syllables, &mut syl_ids, syls),
        ] {
            for w in field.split_whitespace() {
                let id = *ids.entry(w.to_string()).or_insert_with(|| {
                    vocab.push(w.to_string());
                    (vocab.len() - 1) as u32
                });
                if !list[entry].contains(&id) {
                    list[entry].push(id);
                }
            }
        }
    }
    Ok(t)
}

#[allow(dead_code)]
/// The leftmost-longest automaton over the headwords (value = entry index).
pub(crate) fn automaton(
    headwords: &[String],
) -> Result<daachorse::CharwiseDoubleArrayAhoCorasick<u32>, daachorse::errors::DaachorseError> {
    daachorse::CharwiseDoubleArrayAhoCorasickBuilder::new()
        .match_kind(daachorse::MatchKind::LeftmostLongest)
        .build_with_values(
            headwords
                .iter()
                .enumerate()
                .map(|(i, h)| (h.as_str(), i as u32)),
        )
}

#[allow(dead_code)]
fn put_u32(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}

#[allow(dead_code)]
fn put_strings(out: &mut Vec<u8>, items: &[String]) {
    let joined = items.join("\n");
    put_u32(out, items.len() as u32);
    put_u32(out, joined.len() as u32);
    out.extend_from_slice(joined.as_bytes());
}

#[allow(dead_code)]
fn put_lists(out: &mut Vec<u8>, lists: &[Vec<u32>]) {
    put_u32(out, lists.len() as u32);
    let mut total = 0u32;
    put_u32(out, 0);
    for l in lists {
        total += l.len() as u32;
        put_u32(out, total);
    }
    for l in lists {
        for &v in l {
            put_u32(out, v);
        }
    }
}

/// Encodes the table (without headwords, which live in the automaton) followed by `automaton` bytes.
#[allow(dead_code)]
pub(crate) fn encode(t: &Table, automaton: &[u8]) -> Vec<u8> {
    let mut out = b"ZLX1".to_vec();
    put_strings(&mut out, &t.words);
    put_strings(&mut out, &t.syllables);
    put_lists(&mut out, &t.entry_words);
    put_lists(&mut out, &t.entry_syllables);
    out.extend_from_slice(automaton);
    out
}

/// A reader over the blob that fails (never panics) on truncated data.
pub(crate) struct Reader<'a> {
    pub(crate) rest: &'a [u8],
}

impl<'a> Reader<'a> {
    fn u32(&mut self) -> Option<u32> {
        let (head, rest) = self.rest.split_at_checked(4)?;
        self.rest = rest;
        Some(u32::from_le_bytes(head.try_into().ok()?))
    }

    fn strings(&mut self) -> Option<Vec<String>> {
        let n = self.u32()? as usize;
        let len = self.u32()? as usize;
        let (head, rest) = self.rest.split_at_checked(len)?;
        self.rest = rest;
        let s = std::str::from_utf8(head).ok()?;
        let v: Vec<String> = if n == 0 {
            Vec::new()
        } else {
            s.split('\n').map(str::to_string).collect()
        };
        (v.len() == n).then_some(v)
    }

    fn lists(&mut self) -> Option<(Vec<u32>, Vec<u32>)> {
        let n = self.u32()? as usize;
        let mut offsets = Vec::with_capacity(n + 1);
        for _ in 0..=n {
            offsets.push(self.u32()?);
        }
        let total = *offsets.last()? as usize;
        let mut values = Vec::with_capacity(total);
        for _ in 0..total {
            values.push(self.u32()?);
        }
        Some((offsets, values))
    }
}

/// The decoded blob: vocabularies, flat per-entry lists (offsets + values), and the automaton bytes.
pub(crate) struct Decoded<'a> {
    pub(crate) words: Vec<String>,
    pub(crate) syllables: Vec<String>,
    pub(crate) word_lists: (Vec<u32>, Vec<u32>),
    pub(crate) syllable_lists: (Vec<u32>, Vec<u32>),
    pub(crate) automaton: &'a [u8],
}

/// Decodes a blob made by [`encode`]; `None` when it is malformed.
pub(crate) fn decode(blob: &[u8]) -> Option<Decoded<'_>> {
    let rest = blob.strip_prefix(b"ZLX1")?;
    let mut r = Reader { rest };
    let words = r.strings()?;
    let syllables = r.strings()?;
    let word_lists = r.lists()?;
    let syllable_lists = r.lists()?;
    Some(Decoded {
        words,
        syllables,
        word_lists,
        syllable_lists,
        automaton: r.rest,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_truncation() {
        let t = parse_tsv("# comment\n猫\tcat kitty\tmao\n狗\tdog\n猫\tfeline\n").unwrap();
        assert_eq!(t.headwords, ["猫", "狗"]);
        assert_eq!(t.entry_words[0].len(), 3); // duplicate headword lines merge
        let blob = encode(&t, b"AUTOMATON");
        let d = decode(&blob).unwrap();
        assert_eq!(d.words, ["cat", "kitty", "dog", "feline"]);
        assert_eq!(d.automaton, b"AUTOMATON");
        for cut in [0, 3, 10, blob.len() - 12] {
            assert!(decode(&blob[..cut]).is_none_or(|d| d.automaton.len() < 9));
        }
        assert_eq!(parse_tsv("\tcat\n").unwrap_err().0, 1);
    }
}
