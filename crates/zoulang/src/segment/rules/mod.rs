//! Per-language abbreviation lists and sentence starters, as data.
//!
//! Each language file lists, in plain words, what a period after a word means there:
//! - `titles`: words written before a name or a number (`Mr.`, `Dr.`, `Sdr.`, `TP.`); never a sentence end.
//! - `number_prefixes`: words written before a number (`No.`, `p.`, `Tel.`); no break before a digit.
//! - `abbreviations`: other abbreviations (`e.g.`, `Jan.`); a break only before a word that usually starts
//!   a sentence (`starters`).
//! - `finals`: abbreviations that often end a sentence (`etc.`, `Inc.`, `Bhd.`, `dll.`); a break before any
//!   capitalised word.
//!
//! Matching is case-insensitive, without the final period; entries may contain inner periods (`a.m`, `Sdn`).

use std::collections::HashMap;
use std::sync::OnceLock;

mod en;
mod fil;
mod ms_id;
mod vi;

/// What a period after a word means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Abbrev {
    /// Written before a name or number: never a sentence end.
    Title,
    /// Written before a number: no sentence end before a digit.
    NumberPrefix,
    /// Ends a sentence only before a sentence starter.
    Plain,
    /// Often ends a sentence: a sentence end before any capitalised word.
    Final,
    /// A time of day (`a.m.`, `p.m.`): a sentence end before a sentence starter or a title.
    Time,
}

/// One language's lists, as written in its file.
pub(crate) struct LangLists {
    pub titles: &'static [&'static str],
    pub number_prefixes: &'static [&'static str],
    pub abbreviations: &'static [&'static str],
    pub finals: &'static [&'static str],
    pub times: &'static [&'static str],
    pub starters: &'static [&'static str],
}

/// The compiled lookup tables of one language (or of the union for `auto`).
pub(crate) struct AbbrevTable {
    words: HashMap<String, Abbrev>,
    starters: HashMap<String, ()>,
    longest: usize,
}

impl AbbrevTable {
    fn build(lists: &[&LangLists]) -> AbbrevTable {
        let mut words = HashMap::new();
        let mut starters = HashMap::new();
        // Later kinds win over earlier ones, so a word that is both (e.g. `No`) gets the stronger meaning.
        for l in lists {
            for (list, kind) in [
                (l.abbreviations, Abbrev::Plain),
                (l.finals, Abbrev::Final),
                (l.times, Abbrev::Time),
                (l.number_prefixes, Abbrev::NumberPrefix),
                (l.titles, Abbrev::Title),
            ] {
                for w in list {
                    words.insert(w.to_lowercase(), kind);
                }
            }
            for s in l.starters {
                starters.insert(s.to_string(), ());
            }
        }
        let longest = words.keys().map(|k| k.len()).max().unwrap_or(0) * 2;
        AbbrevTable {
            words,
            starters,
            longest,
        }
    }

    /// The meaning of `word` followed by a period, if it is a listed abbreviation. O(len(word)).
    pub(crate) fn lookup(&self, word: &str) -> Option<Abbrev> {
        if word.is_empty() || word.len() > self.longest {
            return None;
        }
        if let Some(k) = self.words.get(word) {
            return Some(*k);
        }
        // Keys are lower case: only words with capitals need a second look (no allocation otherwise).
        if word.chars().any(char::is_uppercase) {
            return self.words.get(&word.to_lowercase()).copied();
        }
        None
    }

    /// Whether `word` (exact case) usually starts a sentence. O(len(word)).
    pub(crate) fn is_starter(&self, word: &str) -> bool {
        self.starters.contains_key(word)
    }
}

/// Which table a language uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Table {
    En,
    MsId,
    Vi,
    Fil,
    /// The union of every list, for `auto` and languages without lists of their own.
    All,
}

/// The table for `which`, built once on first use (microseconds).
pub(crate) fn table(which: Table) -> &'static AbbrevTable {
    static EN: OnceLock<AbbrevTable> = OnceLock::new();
    static MS_ID: OnceLock<AbbrevTable> = OnceLock::new();
    static VI: OnceLock<AbbrevTable> = OnceLock::new();
    static FIL: OnceLock<AbbrevTable> = OnceLock::new();
    static ALL: OnceLock<AbbrevTable> = OnceLock::new();
    match which {
        Table::En => EN.get_or_init(|| AbbrevTable::build(&[&en::LISTS])),
        // English abbreviations are common in Malay, Indonesian and Filipino news text.
        Table::MsId => MS_ID.get_or_init(|| AbbrevTable::build(&[&en::LISTS, &ms_id::LISTS])),
        Table::Vi => VI.get_or_init(|| AbbrevTable::build(&[&en::LISTS, &vi::LISTS])),
        Table::Fil => FIL.get_or_init(|| AbbrevTable::build(&[&en::LISTS, &fil::LISTS])),
        Table::All => ALL.get_or_init(|| {
            AbbrevTable::build(&[&en::LISTS, &ms_id::LISTS, &vi::LISTS, &fil::LISTS])
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups() {
        let en = table(Table::En);
        assert_eq!(en.lookup("Mr"), Some(Abbrev::Title));
        assert_eq!(en.lookup("MR"), Some(Abbrev::Title));
        assert_eq!(en.lookup("p"), Some(Abbrev::NumberPrefix));
        assert_eq!(en.lookup("U.S"), Some(Abbrev::Plain));
        assert_eq!(en.lookup("a.m"), Some(Abbrev::Time));
        assert_eq!(en.lookup("dog"), None);
        assert!(en.is_starter("The"));
        let ms = table(Table::MsId);
        assert_eq!(ms.lookup("Sdn"), Some(Abbrev::Title));
        assert_eq!(ms.lookup("Bhd"), Some(Abbrev::Final));
        assert_eq!(table(Table::Vi).lookup("TP"), Some(Abbrev::Title));
        assert_eq!(table(Table::Fil).lookup("Sen"), Some(Abbrev::Title));
        assert_eq!(table(Table::All).lookup("Bpk"), Some(Abbrev::Title));
    }
}
