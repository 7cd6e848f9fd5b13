//! Finding glossary terms in text: one character-wise double-array Aho-Corasick automaton (`daachorse`)
//! over folded terms, run over folded text, with word-boundary checks for scripts written with spaces.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;

use daachorse::{CharwiseDoubleArrayAhoCorasick, CharwiseDoubleArrayAhoCorasickBuilder, MatchKind};
use serde::{Deserialize, Serialize};

use crate::convert::{Config as ConvertConfig, Converter};
use crate::error::{Error, Result};
use crate::glossary::fold::{FoldBuf, fold_for_matching, fold_into};
use crate::glossary::model::{Concept, Glossary};
use crate::tag::LanguageTag;
use crate::text::offsets::Segment;
use crate::text::script::letter_script;

/// One term found in a text: byte span in the original text, the text there, the concept id and the
/// language of the glossary term that matched. A match borrows its text from the text searched (`'t`) and
/// its id from the glossary (`'g`), so it is small (56 bytes), `Copy`, and a `Vec` of them frees in O(1):
/// finding in large files costs no copy or drop work per match. [`TermMatch::to_owned_match`] (or
/// `OwnedTermMatch::from`) makes a match that outlives both; `to_owned()` only copies the borrowed match.
///
/// ```
/// let g = zoulang::Glossary::builtin();
/// let m = g.find("老撾")[0];
/// assert_eq!((m.start, m.end, m.text, m.id), (0, 6, "老撾", "country_laos"));
/// // The id outlives the text searched (it borrows only from the glossary).
/// let id = {
///     let text = String::from("寮國");
///     g.find(&text)[0].id
/// };
/// assert_eq!(id, "country_laos");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct TermMatch<'t, 'g> {
    /// Byte offset of the start, in the text given.
    pub start: usize,
    /// Byte offset of the end (exclusive).
    pub end: usize,
    /// The matched text as it stands in the input (borrowed from it).
    pub text: &'t str,
    /// The concept id (borrowed from the glossary).
    pub id: &'g str,
    /// The language of the matching glossary term.
    pub lang: LanguageTag,
}

impl TermMatch<'_, '_> {
    /// The same match owning its text and id, free of the text searched and of the glossary.
    /// O(match length + id length).
    ///
    /// ```
    /// let m = {
    ///     let g = zoulang::Glossary::builtin();
    ///     let text = String::from("Laos");
    ///     g.find(&text)[0].to_owned_match()
    /// };
    /// assert_eq!((m.text.as_str(), m.id.as_str()), ("Laos", "country_laos"));
    /// ```
    pub fn to_owned_match(&self) -> OwnedTermMatch {
        OwnedTermMatch {
            start: self.start,
            end: self.end,
            text: self.text.to_owned(),
            id: self.id.to_owned(),
            lang: self.lang,
        }
    }

    /// The match owning its text and id: the old name of [`TermMatch::to_owned_match`]. Until matches
    /// borrowed their id it returned a `TermMatch<'static>` (text a `Cow`, id an `Arc<str>`); now an
    /// [`OwnedTermMatch`], whose `text` and `id` are `String`s (`&*m.text`, `&*m.id` read as before).
    ///
    /// ```
    /// # #![allow(deprecated)]
    /// let g = zoulang::Glossary::builtin();
    /// assert_eq!(&*g.find("Laos")[0].into_owned().text, "Laos");
    /// ```
    #[deprecated(
        since = "0.1.0",
        note = "use `to_owned_match`, which returns an `OwnedTermMatch`"
    )]
    pub fn into_owned(self) -> OwnedTermMatch {
        self.to_owned_match()
    }
}

/// A [`TermMatch`] that owns its text and id (for keeping matches after the text or the glossary is gone,
/// and for reading matches back from JSON).
///
/// ```
/// let g = zoulang::Glossary::builtin();
/// let json = serde_json::to_string(&g.find("Laos")).unwrap();
/// let back: Vec<zoulang::OwnedTermMatch> = serde_json::from_str(&json).unwrap();
/// assert_eq!(back[0], g.find("Laos")[0].to_owned_match());
/// assert_eq!(back[0].as_match(), g.find("Laos")[0]);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct OwnedTermMatch {
    /// Byte offset of the start, in the text searched.
    pub start: usize,
    /// Byte offset of the end (exclusive).
    pub end: usize,
    /// The matched text as it stood in the input.
    pub text: String,
    /// The concept id.
    pub id: String,
    /// The language of the matching glossary term.
    pub lang: LanguageTag,
}

impl From<TermMatch<'_, '_>> for OwnedTermMatch {
    fn from(m: TermMatch<'_, '_>) -> OwnedTermMatch {
        m.to_owned_match()
    }
}

impl<'a> From<&'a OwnedTermMatch> for TermMatch<'a, 'a> {
    fn from(m: &'a OwnedTermMatch) -> TermMatch<'a, 'a> {
        m.as_match()
    }
}

impl OwnedTermMatch {
    /// The borrowed [`TermMatch`] view of this match. O(1).
    ///
    /// ```
    /// let g = zoulang::Glossary::builtin();
    /// let owned = g.find("寮國")[0].to_owned_match();
    /// assert_eq!(owned.as_match().id, "country_laos");
    /// ```
    pub fn as_match(&self) -> TermMatch<'_, '_> {
        TermMatch {
            start: self.start,
            end: self.end,
            text: &self.text,
            id: &self.id,
            lang: self.lang,
        }
    }
}

/// What one automaton pattern stands for (the boundary flags live in the automaton's value bits, so a scan
/// reads this only for matches it keeps).
#[derive(Clone, Debug)]
pub(crate) struct Pattern {
    /// Concept index.
    pub concept: u32,
    /// Term index within the concept.
    pub term: u32,
    /// The term's language.
    pub lang: LanguageTag,
    /// The term is a short proper name written with a capital letter (one word of at most
    /// [`SHORT_NAME`] letters of a concept in a name category, or an abbreviation in capitals:
    /// `Lao`, `Thai`, `NPC`; see [`is_cased_name`]), so an occurrence written all in lower case may be another word
    /// (Vietnamese `lao động` labour, `mang thai` pregnant): it is not a match when its lower-case form
    /// is a word of its own ([`LowerWord::is_other_word`]; `laos` is not, so `visit laos` is Laos).
    /// Longer terms match in any case (`two sessions`, `viettel`).
    pub cased: bool,
    /// What few patterns have (boxed, so that a pattern stays small: the build walks 50,000 of them).
    extra: Option<Box<PatternExtra>>,
}

/// The rarely set parts of a [`Pattern`].
#[derive(Clone, Debug, Default)]
struct PatternExtra {
    /// Other spellings of the concept with the same folded form, with their languages (usually none).
    alts: Vec<(String, LanguageTag)>,
    /// The other terms of the concept with the same folded form (东协 in zh-Hans and 東協 in
    /// zh-Hant-TW): the key-term check decides among them by the target's language and region.
    same_form: Vec<u32>,
    /// For a `cased` pattern: the pattern (not in the automaton) of another concept's lower-case word
    /// with the same folded form, which an all-lower-case occurrence is taken for instead.
    uncased_alt: Option<u32>,
    /// For a `cased` pattern: what [`LowerWord::is_other_word`] needs.
    lower: Option<LowerWord>,
    /// Terms of other concepts with the same folded form (a user's `Laos` merged over the built-in
    /// one), as (concept, term): the key-term check counts a source occurrence for each of them.
    claims: Vec<(u32, u32)>,
}

/// The lower-case form of a short name, to tell whether an all-lower-case occurrence is another word.
#[derive(Clone, Debug)]
pub(crate) struct LowerWord {
    /// The name in lower case.
    word: String,
    /// The name is written all in capitals (an abbreviation: `GLUT`, `ACC`).
    acronym: bool,
    /// The languages in which the concept spells its name so.
    names: Vec<LanguageTag>,
}

/// The languages of the glossary whose word lists (the detector's, from wordfreq) tell real words.
const WORD_LIST_LANGS: [&str; 5] = ["en", "vi", "ms", "id", "fil"];

impl LowerWord {
    /// The lower-case form of `term`, a term of a concept whose terms in lower case are `lowered` (see
    /// [`LowerWord::concept_terms`]). O(|term| + terms spelled so).
    fn new(lowered: &HashMap<String, Vec<LanguageTag>>, term: &str) -> LowerWord {
        let text = term.trim();
        let word = text.to_lowercase();
        let names = lowered.get(&word).cloned().unwrap_or_default();
        LowerWord {
            acronym: !text.chars().any(char::is_lowercase),
            word,
            names,
        }
    }

    /// The languages of concept `c`'s terms by their text in lower case, made once per concept so
    /// that a concept with many capitalised terms is not scanned once per term. O(terms of `c` · length).
    fn concept_terms(c: &Concept) -> HashMap<String, Vec<LanguageTag>> {
        let mut lowered: HashMap<String, Vec<LanguageTag>> = HashMap::new();
        for t in &c.terms {
            lowered
                .entry(t.text.trim().to_lowercase())
                .or_default()
                .push(t.lang);
        }
        lowered
    }

    /// Whether the lower-case form is a word of its own in one of [`WORD_LIST_LANGS`]: listed (wordfreq
    /// lists are lower-cased, names included) in a language where the concept's name is not spelled so
    /// (`lao` in Vietnamese, where Laos is `Lào`: `lao động`; `thai` in Vietnamese: `mang thai`), or, for an
    /// abbreviation, listed at all (`glut`, `acc`). `laos` is listed only where the country is `Laos`, so
    /// `visit laos` is Laos. O(1) (the lists load on first use).
    fn is_other_word(&self) -> bool {
        crate::detect::words::listed_in(&self.word).any(|l| {
            WORD_LIST_LANGS.contains(&l)
                && (self.acronym || !self.names.iter().any(|n| n.as_str() == l))
        })
    }
}

impl Pattern {
    /// The pattern of term `ti` of concept `ci`, with the term's language and [`is_cased_name`].
    fn new(ci: u32, ti: u32, (lang, cased): (LanguageTag, bool)) -> Pattern {
        Pattern {
            concept: ci,
            term: ti,
            lang,
            cased,
            extra: None,
        }
    }

    /// Other spellings of the concept with the same folded form, with their languages (usually none).
    fn alts(&self) -> &[(String, LanguageTag)] {
        self.extra.as_ref().map_or(&[], |x| &x.alts)
    }

    /// The other terms of the concept with the same folded form (东协 in zh-Hans and 東協 in
    /// zh-Hant-TW): the key-term check decides among them by the target's language and region.
    pub(crate) fn same_form(&self) -> &[u32] {
        self.extra.as_ref().map_or(&[], |x| &x.same_form)
    }

    /// Terms of other concepts with the same folded form, as (concept, term) (see
    /// [`PatternExtra::claims`]; usually none).
    pub(crate) fn claims(&self) -> &[(u32, u32)] {
        self.extra.as_ref().map_or(&[], |x| &x.claims)
    }

    /// For a `cased` pattern: the pattern of another concept's lower-case word with the same folded
    /// form, which an all-lower-case occurrence is taken for instead.
    fn uncased_alt(&self) -> Option<u32> {
        self.extra.as_ref().and_then(|x| x.uncased_alt)
    }

    /// The rarely set parts, made on first need.
    fn extra_mut(&mut self) -> &mut PatternExtra {
        self.extra.get_or_insert_with(Box::default)
    }

    /// The language of the spelling `matched` (as it stands in the text): the language of the concept's
    /// spelling it equals, ignoring case, else ignoring also spaces and dashes (`中國 — 東盟資訊港`,
    /// `中國東盟資訊港` are the Traditional `中國—東盟資訊港`); else, for Chinese written in Traditional
    /// characters, the concept's Traditional spelling's language; else the pattern's own. O(|matched| ·
    /// spellings).
    pub(crate) fn lang_of(&self, matched: &str) -> LanguageTag {
        let alts = self.alts();
        if alts.is_empty() {
            return self.lang;
        }
        let m = matched.to_lowercase();
        if let Some(&(_, l)) = alts.iter().find(|(t, _)| *t == m) {
            return l;
        }
        let key = spelling_key(&m);
        if let Some(&(_, l)) = alts.iter().find(|(t, _)| spelling_key(t) == key) {
            return l;
        }
        let traditional =
            self.lang.is_chinese() && crate::glossary::fold::fold_han_where_needed(&m).is_some();
        alts.iter()
            .find(|(_, l)| traditional && *l == LanguageTag::ZH_HANT)
            .map_or(self.lang, |&(_, l)| l)
    }
}

/// A lower-case spelling without its white space and dashes (for [`Pattern::lang_of`]).
fn spelling_key(s: &str) -> String {
    s.chars()
        .filter(|&c| !(c.is_whitespace() || c == '-' || crate::text::normalize::is_dash(c)))
        .collect()
}

/// The longest name (in letters) that an all-lower-case occurrence does not match ([`Pattern::cased`]).
pub(crate) const SHORT_NAME: usize = 4;

/// A single word of at most [`SHORT_NAME`] letters with a capital in it.
fn is_short_name(term: &str) -> bool {
    let (mut letters, mut upper) = (0, false);
    for c in term.trim().chars() {
        if c.is_whitespace() {
            return false;
        }
        if c.is_alphabetic() {
            letters += 1;
            if letters > SHORT_NAME {
                return false;
            }
        }
        upper |= c.is_uppercase();
    }
    upper
}

/// Categories of proper names (ASCII case ignored), whose short names follow the case rule
/// ([`Pattern::cased`]; the categories of the built-in glossary and of [`Concept::category`]'s list).
const NAME_CATEGORIES: [&str; 23] = [
    "agreement",
    "capital",
    "city",
    "company",
    "country",
    "event",
    "hub",
    "institution",
    "language",
    "mechanism",
    "organisation",
    "organization",
    "park",
    "person",
    "place",
    "program",
    "programme",
    "province",
    "region",
    "state",
    "territory",
    "university",
    "zone",
];

/// Whether a term of a concept of `category` is a [`Pattern::cased`] name: a short name
/// ([`is_short_name`]) of a name category ([`NAME_CATEGORIES`]: `Lao`, `Thai`), or in any category one
/// written all in capitals (an abbreviation: `NPC`, `GLUT`). A capitalised common noun of a user
/// glossary (`Bank`, `Tax`) matches in any case.
fn is_cased_name(category: &str, term: &str) -> bool {
    is_short_name(term)
        && (!term.chars().any(char::is_lowercase)
            || NAME_CATEGORIES
                .iter()
                .any(|n| n.eq_ignore_ascii_case(category.trim())))
}

/// Whether `occurrence` (as it stands in a text) of `term` of concept `c` is another word by the
/// short-name case rule, as [`Glossary::find`] judges it: `term` is a cased name ([`is_cased_name`]), the
/// occurrence is all in lower case, and that form is a word of its own ([`LowerWord::is_other_word`]).
/// O(|term| + terms of `c`); the word lists load on first need.
pub(crate) fn is_other_lower_word(c: &Concept, term: &str, occurrence: &str) -> bool {
    is_cased_name(&c.category, term)
        && !occurrence.chars().any(char::is_uppercase)
        && occurrence.chars().any(char::is_lowercase)
        && LowerWord::new(&LowerWord::concept_terms(c), term).is_other_word()
}

/// Value bit: the pattern starts with a word character of a spaced script (needs a boundary before it).
const BOUND_START: u32 = 1 << 31;
/// Value bit: the pattern ends with such a character (needs a boundary after it).
const BOUND_END: u32 = 1 << 30;
/// Value bit: the pattern is [`Pattern::cased`] (the case rule reads the pattern only for these).
const CASED: u32 = 1 << 29;
/// Value bits of the pattern index.
const INDEX: u32 = CASED - 1;

/// A match in terms of concept and term indices, with its byte span in the original text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct RawMatch {
    pub start: usize,
    pub end: usize,
    pub concept: usize,
    pub term: usize,
}

/// The compiled finder of a [`Glossary`].
#[derive(Clone)]
pub(crate) struct Matcher {
    ac: Option<CharwiseDoubleArrayAhoCorasick<u32>>,
    /// By pattern index.
    patterns: Vec<Pattern>,
    /// By pattern index, what a match needs (read for every match in random order, so kept small: 24 bytes
    /// a pattern, against the 40 of a [`Pattern`]): the concept's id (shared by its patterns; matches
    /// borrow it), and the term's language, or `None` when the language is to be found by
    /// [`Pattern::lang_of`] (the concept has other spellings with the same folded form).
    hot: Vec<(Arc<str>, Option<LanguageTag>)>,
    /// The folded forms with their automaton values, sorted (pattern index = position).
    keys: Vec<(String, u32)>,
    /// By pattern index: the value of the longest other pattern that is a prefix of it, or [`NONE`].
    shorter: Vec<u32>,
    /// Some folded term holds a line break: the text is then folded and scanned whole, not in blocks cut
    /// after line breaks (a match could straddle the cut).
    multiline: bool,
}

/// No pattern (in [`Matcher::shorter`]).
const NONE: u32 = u32::MAX;

/// For each of the sorted `keys`, the value of the longest other key that is a prefix of it (a byte prefix
/// of a string is a whole-character prefix when it is itself a string), or [`NONE`]. O(keys · length).
fn prefix_chains(keys: &[(String, u32)]) -> Vec<u32> {
    let mut out = Vec::with_capacity(keys.len());
    // Keys that are prefixes of the current one, shortest first (in sorted order a key's prefixes come
    // before it, and every key between a prefix and the key shares that prefix).
    let mut stack: Vec<usize> = Vec::new();
    for (k, (key, _)) in keys.iter().enumerate() {
        while let Some(&top) = stack.last() {
            if key.starts_with(keys[top].0.as_str()) {
                break;
            }
            stack.pop();
        }
        out.push(stack.last().map_or(NONE, |&top| keys[top].1));
        stack.push(k);
    }
    out
}

impl std::fmt::Debug for Matcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Matcher({} patterns)", self.patterns.len())
    }
}

/// [`OffsetMap::to_source`] for spans given in increasing order (starts and ends never decreasing): the
/// segments are walked once for all spans instead of searched for each. O(spans + segments) in all.
struct Sweep<'a> {
    segs: &'a [Segment],
    /// Source and target lengths of the map.
    s_len: usize,
    t_len: usize,
    /// The last segment starting at or before the last start.
    k_start: usize,
    /// The last segment starting before the last end.
    k_end: usize,
}

impl<'a> Sweep<'a> {
    /// Over the map with these segments and source and target lengths.
    fn new(segs: &'a [Segment], s_len: usize, t_len: usize) -> Sweep<'a> {
        Sweep {
            segs,
            s_len,
            t_len,
            k_start: 0,
            k_end: 0,
        }
    }

    /// Exactly `map.to_source(a..b)`, for `a` and `b` at least those of the previous call.
    fn source_of(&mut self, a: usize, b: usize) -> Range<usize> {
        let (t_len, s_len) = (self.t_len, self.s_len);
        let segs = self.segs;
        let a = a.min(t_len);
        let b = b.min(t_len).max(a);
        let start = if a >= t_len {
            s_len
        } else {
            while self.k_start + 1 < segs.len() && segs[self.k_start + 1].target <= a {
                self.k_start += 1;
            }
            let s = &segs[self.k_start];
            if s.copy {
                s.source + (a - s.target)
            } else {
                s.source
            }
        };
        if a == b {
            return start..start;
        }
        while self.k_end + 1 < segs.len() && segs[self.k_end + 1].target < b {
            self.k_end += 1;
        }
        let s = &segs[self.k_end];
        let end = if s.copy {
            s.source + (b - s.target)
        } else {
            segs.get(self.k_end + 1).map_or(s_len, |n| n.source)
        };
        start..end.max(start)
    }
}

/// Whether `c` is a word character of a script written with spaces between words.
#[inline]
pub(crate) fn spaced_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    spaced_word_char_non_ascii(c)
}

/// [`spaced_word_char`] for characters beyond ASCII.
fn spaced_word_char_non_ascii(c: char) -> bool {
    if !(c.is_alphanumeric() || c == '_' || unicode_normalization::char::is_combining_mark(c)) {
        return false;
    }
    !matches!(
        letter_script(c),
        Some("Han" | "Thai" | "Lao" | "Khmer" | "Myanmar" | "Hiragana" | "Katakana")
    )
}

impl Matcher {
    /// Builds the automaton: folds every term; the first concept (in glossary order) to claim a folded
    /// form keeps it (see `Glossary::extend`). O(total term length · log terms) (one sort of the folded
    /// forms).
    pub(crate) fn build(concepts: &[Concept]) -> Result<Matcher> {
        // Every form to claim, owned here and moved into `keys` when it makes a pattern (no copy): the
        // folded terms in glossary order, then the other spellings below.
        let mut pool: Vec<String> = fold_terms(concepts);
        let n_terms = pool.len();
        // (form in `pool`, concept, term) in glossary order, then sorted by form (stable: the first claim
        // of a form comes first among its equals).
        let mut claims: Vec<(u32, u32, u32)> = Vec::with_capacity(n_terms);
        // Traditional terms spelled with Simplified characters but their regional phrasing kept (made only
        // when some term is Traditional).
        let mut t2s: Option<Converter> = None;
        let mut respelled: Vec<(String, u32, u32, u32)> = Vec::new();
        // What a pattern needs of its concept and term, made in glossary order (patterns are made in the
        // order of their folded forms: reading the concepts in that order would miss the cache at every
        // step): one shared id per concept, for its patterns (matches borrow it); by term, counted
        // over all concepts from `first_term[concept]`, the language and `is_cased_name`.
        let ids: Vec<Arc<str>> = concepts.iter().map(|c| Arc::from(c.id.as_str())).collect();
        let mut first_term: Vec<u32> = Vec::with_capacity(concepts.len());
        let mut term_info: Vec<(LanguageTag, bool)> = Vec::with_capacity(n_terms);
        for (ci, c) in concepts.iter().enumerate() {
            first_term.push(term_info.len() as u32);
            for (ti, t) in c.terms.iter().enumerate() {
                let g = term_info.len();
                term_info.push((t.lang, is_cased_name(&c.category, &t.text)));
                let form = &mut pool[g];
                trim_in_place(form);
                if !form.is_empty() {
                    claims.push((g as u32, ci as u32, ti as u32));
                    if t.lang == LanguageTag::ZH_HANT {
                        let t2s = t2s.get_or_insert_with(|| Converter::new(ConvertConfig::T2s));
                        respelled.push((t2s.convert(&t.text), ci as u32, ti as u32, g as u32));
                    }
                }
            }
        }
        // A Traditional term is also met written in Simplified characters with its regional phrasing
        // kept (寮國 as 寮国, 中國—東盟資訊港 as 中国—东盟资讯港), which folding to Simplified does not
        // reach: that spelling is claimed too, after every real term, so a real term of the same form
        // keeps it.
        let texts: Vec<&str> = respelled.iter().map(|r| r.0.as_str()).collect();
        for (mut form, &(_, ci, ti, own)) in fold_all(&texts).into_iter().zip(&respelled) {
            trim_in_place(&mut form);
            if !form.is_empty() && form != pool[own as usize] {
                claims.push((pool.len() as u32, ci, ti));
                pool.push(form);
            }
        }
        // A dash joining two words is also written with spaces around it (China - ASEAN Expo,
        // 中国 — 东盟博览会; folding makes the dash `-` and the spaces one): that form is claimed too,
        // after the written ones.
        // Chinese also writes such names without the dash (中国东盟博览会 for 中国—东盟博览会): a dash
        // between two Han characters may be left out.
        for k in 0..claims.len() {
            let (f, ci, ti) = claims[k];
            let spaced = space_dashes(&pool[f as usize]);
            let dashless = drop_han_dashes(&pool[f as usize]);
            for form in [spaced, dashless].into_iter().flatten() {
                claims.push((pool.len() as u32, ci, ti));
                pool.push(form);
            }
        }
        // Sorted with the forms beside them (not looked up through `pool` at every comparison).
        let mut sorted: Vec<(&str, u32, u32, u32)> = claims
            .iter()
            .map(|&(f, ci, ti)| (pool[f as usize].as_str(), f, ci, ti))
            .collect();
        drop(claims);
        sorted.sort_by(|a, b| a.0.cmp(b.0));
        let info = |ci: u32, ti: u32| term_info[(first_term[ci as usize] + ti) as usize];
        let mut patterns: Vec<Pattern> = Vec::with_capacity(sorted.len());
        // The keys' forms (in `pool`) and automaton values, by pattern index.
        let mut key_forms: Vec<(u32, u32)> = Vec::with_capacity(sorted.len());
        // Lower-case words of other concepts behind a capitalised short name (see `Pattern::uncased_alt`).
        let mut uncased: Vec<(u32, u32)> = Vec::new();
        for (k, &(folded, f, ci, ti)) in sorted.iter().enumerate() {
            if k > 0 && sorted[k - 1].0 == folded {
                // Another spelling of a form already claimed (老撾 and 寮國 both fold to 老挝): within
                // the same concept, remember it so a match can report the language it is written in.
                let c = &concepts[ci as usize];
                let t = &c.terms[ti as usize];
                let p = patterns
                    .last_mut()
                    .expect("the form's first claim made a pattern");
                let alt_before = p.uncased_alt();
                if p.concept == ci && !info(ci, ti).1 {
                    // The concept also spells it in lower case (`laos` beside `Laos`).
                    p.cased = false;
                } else if p.concept != ci && p.cased && p.uncased_alt().is_none() && !info(ci, ti).1
                {
                    // Another concept's lower-case word with the same form (a user's Vietnamese `lao`
                    // beside the built-in `Lao`): an all-lower-case occurrence is that one's.
                    p.extra_mut().uncased_alt = Some(uncased.len() as u32);
                    uncased.push((ci, ti));
                } else if p.concept != ci
                    && !p.cased
                    && p.uncased_alt().is_none()
                    && info(ci, ti).1
                    && !concepts[p.concept as usize].terms[p.term as usize]
                        .text
                        .chars()
                        .any(char::is_uppercase)
                {
                    // The same the other way round, the lower-case word claimed first (a user's `lao`
                    // merged after, so before, the built-in `Lao`): capitalised occurrences are the
                    // name's.
                    let alt = Some(uncased.len() as u32);
                    uncased.push((p.concept, p.term));
                    let before = p.extra.take();
                    *p = Pattern::new(ci, ti, info(ci, ti));
                    let x = p.extra_mut();
                    x.uncased_alt = alt;
                    // Other concepts' claims recorded so far stay known to the key-term check.
                    if let Some(before) = before {
                        x.claims = before.claims;
                    }
                } else if p.concept != ci && !p.cased && info(ci, ti).1 && {
                    let own = &concepts[p.concept as usize].terms[p.term as usize].text;
                    is_short_name(own) && own.chars().any(char::is_uppercase)
                } {
                    // A capitalised short word of a concept without a name category (a user's OmegaT
                    // `Thai`, claimed first) that another concept has as a name (the built-in language
                    // `Thai`): the name's case rule holds for the form, so `mang thai` stays unmatched.
                    p.cased = true;
                }
                if p.concept != ci && p.uncased_alt() == alt_before {
                    // Another concept's claim not told apart by case: remembered for the key-term check.
                    p.extra_mut().claims.push((ci, ti));
                }
                if p.concept == ci && p.term != ti && !p.same_form().contains(&ti) {
                    p.extra_mut().same_form.push(ti);
                }
                if p.concept == ci && t.lang != p.lang {
                    let (first_text, first_lang) = {
                        let first = &c.terms[p.term as usize];
                        (first.text.to_lowercase(), first.lang)
                    };
                    let alts = &mut p.extra_mut().alts;
                    if alts.is_empty() {
                        alts.push((first_text, first_lang));
                    }
                    alts.push((t.text.to_lowercase(), t.lang));
                }
                continue;
            }
            if patterns.len() as u32 > INDEX {
                return Err(Error::TooLarge {
                    what: "glossary",
                    size: patterns.len(),
                    limit: INDEX as usize,
                });
            }
            let mut v = patterns.len() as u32;
            if folded.chars().next().is_some_and(spaced_word_char) {
                v |= BOUND_START;
            }
            if folded.chars().next_back().is_some_and(spaced_word_char) {
                v |= BOUND_END;
            }
            patterns.push(Pattern::new(ci, ti, info(ci, ti)));
            key_forms.push((f, v));
        }
        drop(sorted);
        // Each form is moved out of `pool` (a pattern's form is its own: equal forms made no pattern).
        let mut keys: Vec<(String, u32)> = key_forms
            .into_iter()
            .map(|(f, v)| (std::mem::take(&mut pool[f as usize]), v))
            .collect();
        drop(pool);
        // The lower-case alternatives become patterns of their own after the automaton's, reached only
        // through `uncased_alt`.
        let base = patterns.len() as u32;
        for x in patterns.iter_mut().filter_map(|p| p.extra.as_mut()) {
            if let Some(k) = x.uncased_alt.as_mut() {
                *k += base;
            }
        }
        for (ci, ti) in uncased {
            patterns.push(Pattern::new(ci, ti, info(ci, ti)));
        }
        // Each concept's terms in lower case, made once for all its cased patterns.
        let mut lowered: HashMap<u32, HashMap<String, Vec<LanguageTag>>> = HashMap::new();
        for p in patterns.iter_mut().filter(|p| p.cased) {
            let c = &concepts[p.concept as usize];
            let terms = lowered
                .entry(p.concept)
                .or_insert_with(|| LowerWord::concept_terms(c));
            p.extra_mut().lower = Some(LowerWord::new(terms, &c.terms[p.term as usize].text));
        }
        let hot = patterns
            .iter()
            .map(|p| {
                let lang = p.alts().is_empty().then_some(p.lang);
                (Arc::clone(&ids[p.concept as usize]), lang)
            })
            .collect();
        for (p, (_, v)) in patterns.iter().zip(&mut keys) {
            if p.cased {
                *v |= CASED;
            }
        }
        let multiline = keys.iter().any(|(k, _)| k.contains(['\n', '\r']));
        let shorter = prefix_chains(&keys);
        let ac = if keys.is_empty() {
            None
        } else {
            Some(
                // No prefilter: the scan runs a new search per block and after each rejected match, and
                // each would start with the prefilter on (its gate learns per search that it does not pay
                // on text this dense in matches); without it the scan takes daachorse's plain loop.
                CharwiseDoubleArrayAhoCorasickBuilder::new()
                    .match_kind(MatchKind::LeftmostLongest)
                    .use_prefilter(false)
                    .build_with_values(keys.iter().map(|(k, v)| (k.as_str(), *v)))
                    .map_err(|e| {
                        Error::InvalidArgument(format!("cannot compile the glossary's terms: {e}"))
                    })?,
            )
        };
        Ok(Matcher {
            ac,
            patterns,
            hot,
            keys,
            shorter,
            multiline,
        })
    }

    /// The concept and term whose folded form equals the folded `term`.
    pub(crate) fn exact(&self, term: &str) -> Option<(usize, usize)> {
        let folded = fold_for_matching(term).0;
        let k = self
            .keys
            .binary_search_by(|(k, _)| k.as_str().cmp(folded.trim()))
            .ok()?;
        let p = &self.patterns[(self.keys[k].1 & INDEX) as usize];
        Some((p.concept as usize, p.term as usize))
    }

    /// Every match, leftmost-longest, non-overlapping: (start, end) in `text` and the pattern index.
    ///
    /// The whole text is scanned before anything is made of the matches, so that nothing evicts the
    /// automaton's states from the cache while it runs (they do not fit in it: every miss costs).
    pub(crate) fn spans(&self, text: &str) -> Vec<(usize, usize, u32)> {
        let Some(ac) = &self.ac else {
            return Vec::new();
        };
        // Room for a match every 16 bytes (text about glossary entities has one every 30 to 60 or so;
        // the bench's text one every 29): growing copies what was found so far, which on a large text
        // evicts the automaton from the cache (back to back, 0.48 of raw daachorse with room for one
        // every 32 bytes, 0.51 with this). Room not written to is never touched: a large allocation's
        // pages are mapped on first write.
        let mut out: Vec<(usize, usize, u32)> = Vec::with_capacity(text.len() / 16);
        // Blocks of whole lines, folded into the same two buffers one after the other: nothing is allocated
        // per block unless the Chinese fold changes something in it (the time is the same as with a fresh
        // 32 KiB chunk each, within the noise). No match is lost at a block edge: only a term holding a line
        // break could straddle one, and then the text is done whole.
        let mut buf = FoldBuf::default();
        let mut base = 0;
        while base < text.len() {
            let end = if self.multiline {
                text.len()
            } else {
                block_end(text, base)
            };
            let block = &text[base..end];
            let owned = fold_into(block, &mut buf);
            let (folded, segs, t_len) = match &owned {
                Some((f, m)) => (f.as_str(), m.segments(), m.target_len()),
                None => (buf.out.as_str(), buf.map.segments(), buf.map.lens().1),
            };
            let first = out.len();
            self.scan(ac, folded, |s, e, v| out.push((s, e, v & (INDEX | CASED))));
            // Matches come left to right without overlap: their spans map back in one sweep.
            let mut sweep = Sweep::new(segs, block.len(), t_len);
            for m in &mut out[first..] {
                let span = sweep.source_of(m.0, m.1);
                (m.0, m.1) = (base + span.start, base + span.end);
            }
            // While the block's matches are still in the cache.
            self.apply_case_rule(text, &mut out, first);
            base = end;
        }
        out
    }

    /// The short-name case rule on the spans from `from` on: an all-lower-case occurrence of a name
    /// written with a capital ([`Pattern::cased`]) is taken for the other concept's lower-case word
    /// ([`Pattern::uncased_alt`]), or dropped when its lower-case form is a word of its own
    /// ([`LowerWord::is_other_word`]); the [`CASED`] bit is cleared. O(|matched|) per such match, else
    /// O(1).
    fn apply_case_rule(&self, text: &str, spans: &mut Vec<(usize, usize, u32)>, from: usize) {
        // The spans kept, compacted in place from `from` on.
        let mut kept = from;
        for k in from..spans.len() {
            let (s, e, mut i) = spans[k];
            if i & CASED != 0 {
                i &= INDEX;
                let m = &text[s..e];
                if !m.chars().any(char::is_uppercase) && m.chars().any(char::is_lowercase) {
                    let p = &self.patterns[i as usize];
                    match p.uncased_alt() {
                        Some(alt) => i = alt,
                        None if p
                            .extra
                            .as_ref()
                            .and_then(|x| x.lower.as_ref())
                            .is_none_or(|l| l.is_other_word()) =>
                        {
                            continue;
                        }
                        None => {}
                    }
                }
            }
            spans[kept] = (s, e, i);
            kept += 1;
        }
        spans.truncate(kept);
    }

    /// The concept id and the language of the match of pattern `i` (as given by [`Matcher::spans`]) on
    /// `matched`.
    #[inline]
    pub(crate) fn id_and_lang(&self, i: u32, matched: &str) -> (&str, LanguageTag) {
        let (id, lang) = &self.hot[i as usize];
        let lang = lang.unwrap_or_else(|| self.patterns[i as usize].lang_of(matched));
        (id, lang)
    }

    /// The pattern with index `i` (as given by [`Matcher::spans`]).
    pub(crate) fn pattern(&self, i: u32) -> &Pattern {
        &self.patterns[i as usize]
    }

    /// All matches as concept and term indices.
    pub(crate) fn find_raw(&self, text: &str) -> Vec<RawMatch> {
        self.spans(text)
            .into_iter()
            .map(|(start, end, i)| {
                let p = self.pattern(i);
                RawMatch {
                    start,
                    end,
                    concept: p.concept as usize,
                    term: p.term as usize,
                }
            })
            .collect()
    }

    fn boundary_ok(folded: &str, s: usize, e: usize, v: u32) -> bool {
        if v & BOUND_START != 0
            && folded[..s]
                .chars()
                .next_back()
                .is_some_and(spaced_word_char)
        {
            return false;
        }
        if v & BOUND_END != 0 && folded[e..].chars().next().is_some_and(spaced_word_char) {
            return false;
        }
        true
    }

    /// Leftmost-longest scan that skips matches without word boundaries; after a rejected match it tries
    /// the shorter patterns at the same start (the rejected pattern's prefixes, by [`Matcher::shorter`]),
    /// then goes on at the end of the word.
    fn scan(
        &self,
        ac: &CharwiseDoubleArrayAhoCorasick<u32>,
        folded: &str,
        mut emit: impl FnMut(usize, usize, u32),
    ) {
        let mut base = 0;
        'outer: while base < folded.len() {
            for m in ac.leftmost_find_iter(&folded[base..]) {
                let (s, e) = (base + m.start(), base + m.end());
                let v = m.value();
                if Self::boundary_ok(folded, s, e, v) {
                    emit(s, e, v);
                    continue;
                }
                // No match can start inside the word at `s` (its characters all need a boundary before
                // them).
                let w = word_end(folded, s);
                let starts_in_word = v & BOUND_START != 0
                    && folded[..s]
                        .chars()
                        .next_back()
                        .is_some_and(spaced_word_char);
                // Every candidate at `s` shares its first character: if that fails, all do. Otherwise the
                // shorter candidates at `s` are the rejected pattern's prefixes that are patterns.
                let mut q = if starts_in_word {
                    NONE
                } else {
                    self.shorter[(v & INDEX) as usize]
                };
                while q != NONE {
                    let e2 = s + self.keys[(q & INDEX) as usize].0.len();
                    if Self::boundary_ok(folded, s, e2, q) {
                        emit(s, e2, q);
                        base = e2;
                        continue 'outer;
                    }
                    q = self.shorter[(q & INDEX) as usize];
                }
                // When the rejected match ends within that word the iterator simply goes on (the matches
                // it then finds inside the word are rejected in turn: restarting at the word's end instead
                // was measured to cost more instructions); otherwise the search resumes at the word's end.
                if e <= w {
                    continue;
                }
                base = w;
                continue 'outer;
            }
            break;
        }
    }
}

/// `form` with every dash between two non-space characters spaced (`china-asean` → `china - asean`), or
/// `None` when it has no such dash. O(|form|).
pub(crate) fn space_dashes(form: &str) -> Option<String> {
    if !form.contains('-') {
        return None;
    }
    let mut out = String::with_capacity(form.len() + 8);
    let mut prev: Option<char> = None;
    let mut chars = form.chars().peekable();
    let mut changed = false;
    while let Some(c) = chars.next() {
        let joins = c == '-'
            && prev.is_some_and(|p| !p.is_whitespace() && p != '-')
            && chars
                .peek()
                .is_some_and(|n| !n.is_whitespace() && *n != '-');
        if joins {
            out.push_str(" - ");
            changed = true;
        } else {
            out.push(c);
        }
        prev = Some(c);
    }
    changed.then_some(out)
}

/// The folded `form` without the dashes that join two Han characters (`中国-东盟博览会` →
/// `中国东盟博览会`), or `None` when it has none. O(|form|).
pub(crate) fn drop_han_dashes(form: &str) -> Option<String> {
    if !form.contains('-') {
        return None;
    }
    let han = |c: Option<char>| c.is_some_and(|c| letter_script(c) == Some("Han"));
    let mut out = String::with_capacity(form.len());
    let mut prev: Option<char> = None;
    let mut chars = form.chars().peekable();
    while let Some(c) = chars.next() {
        if !(c == '-' && han(prev) && han(chars.peek().copied())) {
            out.push(c);
        }
        prev = Some(c);
    }
    (out.len() != form.len()).then_some(out)
}

/// `s` without its leading and trailing white space, in place (allocates only when there is some).
fn trim_in_place(s: &mut String) {
    let t = s.trim();
    if t.len() != s.len() {
        *s = t.to_string();
    }
}

/// Every term folded, in glossary order (see [`fold_all`]).
fn fold_terms(concepts: &[Concept]) -> Vec<String> {
    let terms: Vec<&str> = concepts
        .iter()
        .flat_map(|c| c.terms.iter().map(|t| t.text.as_str()))
        .collect();
    fold_all(&terms)
}

/// `terms` folded, in order: all folded as one text, a line each, so that the folding's per-call costs are
/// paid once (terms holding a line break are folded on their own).
fn fold_all(terms: &[&str]) -> Vec<String> {
    let joinable = |t: &str| !t.contains(['\n', '\r']);
    let mut joined = String::with_capacity(terms.iter().map(|t| t.len() + 1).sum());
    for t in terms.iter().filter(|t| joinable(t)) {
        joined.push_str(t);
        joined.push('\n');
    }
    let folded = fold_for_matching(&joined).0;
    let mut lines = folded.split('\n');
    terms
        .iter()
        .map(|t| {
            if joinable(t) {
                lines.next().unwrap_or_default().to_string()
            } else {
                fold_for_matching(t).0
            }
        })
        .collect()
}

/// Blocks of about this many bytes, cut after a line break.
const BLOCK: usize = 4 * 1024;

/// The end of the block starting at `start`: just after the first `\n` at or past `start + BLOCK`, or
/// the end of the text.
fn block_end(text: &str, start: usize) -> usize {
    if text.len() - start <= BLOCK {
        return text.len();
    }
    let from = start + BLOCK;
    text.as_bytes()[from..]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(text.len(), |i| from + i + 1)
}

/// The end of the word of spaced-script word characters at `s`, or the next character when `s` is not in
/// one.
fn word_end(folded: &str, s: usize) -> usize {
    let mut chars = folded[s..].char_indices();
    match chars.next() {
        None => folded.len(),
        Some((_, c)) if !spaced_word_char(c) => s + c.len_utf8(),
        Some(_) => chars
            .find(|(_, c)| !spaced_word_char(*c))
            .map_or(folded.len(), |(o, _)| s + o),
    }
}

impl Glossary {
    /// Finds every glossary term in `text`: leftmost-longest, non-overlapping, case-, width-, dash- and
    /// quote-insensitive, Chinese in any script or regional phrasing (Traditional terms also in Simplified
    /// characters: 寮国), a dash that joins two words also when spaced (`China - ASEAN Expo`); terms of
    /// space-separated scripts match only at word boundaries ("Ti" never inside
    /// "Tiếng"); Han, Thai, Lao, Khmer and Burmese terms match anywhere. One exception to case folding: a
    /// proper name of one word of at most 4 letters written with a capital (a term of a concept whose
    /// category is a name category: country, capital, language, organisation, agreement, mechanism, hub,
    /// programme, event, zone, company, university, place, person, city, …; or an abbreviation written all
    /// in capitals in any category: `Lao`, `Thai`, `NPC`) does not match an all-lower-case word when that
    /// is a word of its own (Vietnamese `lao động`, `mang thai`; `laos` is not, so `visit laos` is found)
    /// unless its concept also lists the lower-case spelling. A capitalised common noun (`Bank` in a
    /// concept of another or no category) matches `bank`, unless a name of a merged glossary is spelled
    /// the same (a user's uncategorised `Thai` shares the built-in language's rule). Spans are byte
    /// offsets into `text`.
    ///
    /// Worst case O(|text| · L) for the longest term length L (at most [`Glossary::MAX_TERM_BYTES`];
    /// typically linear); the automaton is compiled when the glossary is built. Memory: the folded text
    /// and its offset map, block by block (4 KiB of text at a time; the whole text at once when some term
    /// holds a line break), plus the results.
    ///
    /// ```
    /// let g = zoulang::Glossary::builtin();
    /// let text = "Tiếng Lào: ລາວ, 寮國 and ASEAN";
    /// let found = g.find(text);
    /// let ids: Vec<_> = found.iter().map(|m| (m.text, m.id)).collect();
    /// assert!(ids.contains(&("ລາວ", "country_laos")));
    /// assert!(ids.contains(&("寮國", "country_laos")));
    /// assert!(ids.iter().all(|&(t, _)| t != "Ti"));
    /// ```
    pub fn find<'g, 't>(&'g self, text: &'t str) -> Vec<TermMatch<'t, 'g>> {
        let m = self.matcher();
        let spans = m.spans(text);
        spans
            .into_iter()
            .map(|(start, end, i)| {
                let matched = &text[start..end];
                let (id, lang) = m.id_and_lang(i, matched);
                TermMatch {
                    start,
                    end,
                    text: matched,
                    id,
                    lang,
                }
            })
            .collect()
    }

    /// [`Glossary::find`] on many texts in parallel (rayon), in order. Same complexity per text.
    ///
    /// ```
    /// let g = zoulang::Glossary::builtin();
    /// let found = g.find_batch(&["Laos", "no terms here", "老撾"]);
    /// assert_eq!(found.iter().map(Vec::len).collect::<Vec<_>>(), [1, 0, 1]);
    /// ```
    pub fn find_batch<'g, 't, S: AsRef<str> + Sync>(
        &'g self,
        texts: &'t [S],
    ) -> Vec<Vec<TermMatch<'t, 'g>>> {
        use rayon::prelude::*;
        texts.par_iter().map(|t| self.find(t.as_ref())).collect()
    }

    /// Finds terms and also says which glossary term matched and whether it is forbidden.
    pub(crate) fn find_raw(&self, text: &str) -> Vec<RawMatch> {
        self.matcher().find_raw(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::glossary::Term;
    use crate::text::offsets::OffsetMap;

    /// A match is a small record without drop work (the back-to-back speed of `find` on large texts
    /// depends on it: 72-byte records holding an `Arc` and a `Cow` cost about 10% more per call).
    #[test]
    fn matches_are_small_and_need_no_drop() {
        assert!(!std::mem::needs_drop::<TermMatch<'_, '_>>());
        assert!(std::mem::size_of::<TermMatch<'_, '_>>() <= 56);
    }

    /// Review: a concept with many capitalised short names scanned all its terms once per name
    /// (quadratic: 10,000 took 9 s in a debug build); each concept's terms are now lower-cased once.
    /// The lower-case rule still sees the languages that spell the name so.
    #[test]
    fn a_concept_with_many_short_names_builds_and_keeps_the_case_rule() {
        let mut c = Concept::new("many", "country");
        for lang in ["en", "ms", "id", "fil"] {
            c = c.term(Term::new(LanguageTag::parse(lang).unwrap(), "Laos"));
        }
        for i in 0..20_000 {
            c = c.term(Term::new(LanguageTag::EN, format!("Zq{i}")));
        }
        let g = Glossary::new(vec![c]).unwrap();
        assert_eq!(g.find("Zq19999 and Zq7")[1].text, "Zq7");
        // `laos` is listed only in languages where the concept spells its name so: `visit laos` is Laos.
        // Without the concept's languages for `laos`, it would be taken for another word and dropped.
        assert_eq!(g.find("visit laos").len(), 1);
        // A lower-case form in no word list (`zq7`) is no other word: found.
        assert_eq!(g.find("zq7").len(), 1);
    }

    /// A term holding a line break is found wherever the text is cut into blocks: every line break of the
    /// text is inside an occurrence, so every block edge splits one (before the fix, each edge lost one).
    #[test]
    fn terms_with_line_breaks_straddle_block_edges() {
        let g = Glossary::new(vec![
            Concept::new("ca", "").term(Term::new(LanguageTag::EN, "China\nASEAN")),
            Concept::new("zd", "").term(Term::new(LanguageTag::ZH_HANS, "中国\r\n东盟")),
        ])
        .unwrap();
        // Over 200 KB: several edges whatever the block size (4 KiB now, 32 KiB when this was found).
        let reps = 8 * 1024;
        let text = "China\nASEAN 中國\r\n東盟，".repeat(reps);
        assert!(text.len() > 6 * 32 * 1024 && text.len() > 6 * BLOCK);
        let found = g.find(&text);
        assert_eq!(found.len(), 2 * reps);
        for (k, m) in found.iter().enumerate() {
            let want = if k % 2 == 0 {
                "China\nASEAN"
            } else {
                "中國\r\n東盟"
            };
            assert_eq!((m.text, &text[m.start..m.end]), (want, want));
        }
    }

    /// The definition `spans` must keep: the reference fold over the whole text at once (no blocks, no fast
    /// paths); from left to right, the longest pattern at each position whose word boundaries hold (tried
    /// against every pattern, no automaton), taken and passed; each span mapped with `OffsetMap::to_source`.
    fn reference_spans(m: &Matcher, text: &str) -> Vec<(usize, usize, u32)> {
        let (folded, map) = crate::glossary::fold::fold_general(text);
        let mut out = Vec::new();
        let mut p = 0;
        while p < folded.len() {
            let best = m
                .keys
                .iter()
                .filter(|(k, v)| {
                    folded[p..].starts_with(k.as_str())
                        && Matcher::boundary_ok(&folded, p, p + k.len(), *v)
                })
                .max_by_key(|(k, _)| k.len());
            match best {
                Some((k, v)) => {
                    let r = map.to_source(p..p + k.len());
                    out.push((r.start, r.end, v & (INDEX | CASED)));
                    p += k.len();
                }
                None => p += folded[p..].chars().next().unwrap().len_utf8(),
            }
        }
        // The short-name case rule reads the original text after the longest match is chosen.
        m.apply_case_rule(text, &mut out, 0);
        out
    }

    /// Terms in Simplified, Traditional (Taiwan and Hong Kong phrasing), Latin with diacritics, full width,
    /// dashes and quotes; words around them.
    const TERMS: &[&str] = &[
        "老挝",
        "老撾",
        "寮國",
        "中国—东盟信息港",
        "资讯港",
        "人工智能",
        "東協",
        "软件",
        "Lào",
        "Tiếng Việt",
        "Việt Nam",
        "ASEAN",
        "China-ASEAN Expo",
        "China–ASEAN",
        "ＡＳＥＡＮ",
        "Đà Nẵng",
        "Ti",
        "“Belt and Road”",
        "ລາວ",
        "ลาว",
        "e\u{301}cole",
        "Straße",
    ];
    const WORDS: &[&str] = &[
        "老挝",
        "老撾",
        "寮國",
        "資訊港",
        "信息港",
        "人工智慧",
        "人工智能",
        "中國",
        "東盟",
        "—",
        "-",
        "–",
        "，",
        "。",
        " ",
        "  ",
        "\t",
        "\n",
        "\r\n",
        "\u{3000}",
        "Lao",
        "LÀO",
        "Lào",
        "lào",
        "Tiếng",
        "Việt",
        "Nam",
        "Tiếng Việt",
        "viet",
        "ASEAN",
        "asean",
        "Ａ",
        "ＳＥＡＮ",
        "ＡＳＥＡＮ",
        "China",
        "CHINA",
        "Expo",
        "Ti",
        "Tix",
        "xTi",
        "Đà",
        "Nẵng",
        "DA NANG",
        "“",
        "”",
        "\"",
        "'",
        "Belt",
        "and",
        "Road",
        "ລາວ",
        "ลาว",
        "école",
        "e\u{301}cole",
        "ÉCOLE",
        "Straße",
        "STRASSE",
        "軟體",
        "软件",
        "程式",
        "台",
        "臺",
        "⿰氵青",
        "\u{F900}",
        "𠀀",
        "x",
        "1",
    ];

    fn test_glossary() -> Glossary {
        let concepts = TERMS
            .iter()
            .enumerate()
            .map(|(i, t)| Concept::new(format!("c{i}"), "").term(Term::new(LanguageTag::EN, *t)))
            .collect();
        Glossary::new(concepts).unwrap()
    }

    #[test]
    fn spans_equal_reference_on_shared_texts() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared");
        let g = Glossary::builtin();
        let mut seen = 0;
        for f in [
            "seed/china-daily-guangxi-asean-ai.txt",
            "seed/china-daily-guangxi-asean-ai.zh-Hant.txt",
            "seed/china-daily-guangxi-asean-ai.en.txt",
        ] {
            let Ok(text) = std::fs::read_to_string(root.join(f)) else {
                eprintln!("skipping {f}: ../shared is absent");
                continue;
            };
            seen += 1;
            // Long enough for many blocks.
            let text = text.repeat(1 + 3 * BLOCK / text.len().max(1));
            let got = g.matcher().spans(&text);
            assert!(!got.is_empty(), "{f}");
            assert_eq!(got, reference_spans(g.matcher(), &text), "{f}");
        }
        if seen == 0 {
            eprintln!("no ../shared texts: only the generated texts were checked");
        }
    }

    proptest::proptest! {
        /// Block by block with the fast paths, `spans` finds exactly what the reference finds.
        #[test]
        fn spans_equal_reference_prop(
            words in proptest::collection::vec(proptest::sample::select(WORDS), 0..60),
            reps in 1usize..4,
        ) {
            let g = test_glossary();
            let text = words.concat();
            proptest::prop_assert_eq!(g.matcher().spans(&text), reference_spans(g.matcher(), &text));
            // Over several blocks.
            let long = format!("{text}\n").repeat(reps * (BLOCK / (text.len() + 1) + 1));
            proptest::prop_assert_eq!(g.matcher().spans(&long), reference_spans(g.matcher(), &long));
        }

        /// The sweep gives what `OffsetMap::to_source` gives, for any map and increasing spans.
        #[test]
        fn sweep_equals_to_source(
            segs in proptest::collection::vec((0usize..4, 0usize..4, proptest::bool::ANY), 0..30),
            cuts in proptest::collection::vec(0usize..80, 0..40),
        ) {
            let mut b = OffsetMap::builder();
            for (s, t, copy) in segs {
                if copy { b.copy(s) } else { b.replace(s, t) }
            }
            let map = b.finish();
            let mut cuts = cuts;
            cuts.sort_unstable();
            let mut sweep = Sweep::new(map.segments(), map.source_len(), map.target_len());
            for w in cuts.chunks(2) {
                let (a, z) = (w[0], *w.last().unwrap());
                proptest::prop_assert_eq!(sweep.source_of(a, z), map.to_source(a..z));
            }
        }
    }
}
