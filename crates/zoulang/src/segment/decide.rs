//! The rule layer: decides, for each candidate, whether a sentence ends there.
//!
//! A candidate is the byte after the last character a sentence would keep (its terminator and closing quotes
//! or brackets); the whitespace after it belongs to no sentence. The rules read a bounded window around the
//! candidate (at most a few dozen bytes each way, plus the sentence so far for list markers), so deciding is
//! O(1) amortised per candidate and splitting stays linear.

use super::chars::*;
use super::lang::Lang;
use super::rules::{Abbrev, AbbrevTable, Table, table};
use super::sentences::SplitOptions;
use super::thai;
use super::thai_model;
use crate::tag::LanguageTag;

/// Candidate kinds, as bit flags (one position can come from several sources).
pub(crate) mod flags {
    /// A UAX #29 sentence break.
    pub const ICU: u8 = 1;
    /// The end of a terminator run found by our scan.
    pub const TERM: u8 = 2;
    /// Before a list item (bullet, or the next number or letter of a list).
    pub const LIST: u8 = 4;
    /// A space in Thai or Lao text.
    pub const SPACE: u8 = 8;
    /// After a period followed by a spaced ellipsis (`word. . . . Next`).
    pub const PRE_ELLIPSIS: u8 = 16;
}

/// A candidate sentence end.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Cand {
    pub end: usize,
    pub flags: u8,
}

/// What the scan saw that the rules need later: CJK bracket events and straight double quotes.
///
/// Positions are stored as `base + i` for a byte `i` of the paragraph being split, so that a stream of
/// paragraphs ([`super::SentenceStream`]) carries the bracket depth on as one long text would.
#[derive(Default)]
pub(crate) struct Ctx {
    brackets: Vec<(usize, i8)>,
    quotes: Vec<usize>,
    cursor: usize,
    depth: i32,
    opened_at: usize,
    base: usize,
}

/// A bracket left open longer than this (bytes) is taken as unbalanced and ignored.
const MAX_BRACKET_SPAN: usize = 900;

impl Ctx {
    /// Records character `c` at byte `i` (called in increasing order of `i`).
    #[inline]
    pub(crate) fn note(&mut self, i: usize, c: char) {
        let i = self.base + i;
        if c == '"' {
            self.quotes.push(i);
            return;
        }
        if (c as u32) < 0x201C {
            return;
        }
        let b = cjk_bracket(c);
        if b != 0 {
            self.brackets.push((i, b));
        } else if c == '＂' {
            self.quotes.push(i);
        }
    }

    /// Depth of CJK brackets open at `pos`; `pos` must not decrease between calls. Amortised O(1).
    fn depth_at(&mut self, pos: usize) -> i32 {
        let pos = self.base + pos;
        while let Some(&(i, d)) = self.brackets.get(self.cursor) {
            if i >= pos {
                break;
            }
            if self.depth == 0 && d > 0 {
                self.opened_at = i;
            }
            self.depth = (self.depth + i32::from(d)).max(0);
            self.cursor += 1;
        }
        if self.depth > 0 && pos - self.opened_at > MAX_BRACKET_SPAN {
            self.depth = 0;
        }
        self.depth
    }

    /// Straight double quotes in `[a, b)`. O(log n).
    fn quotes_in(&self, a: usize, b: usize) -> usize {
        let (a, b) = (self.base + a, self.base + b);
        self.quotes.partition_point(|&q| q < b) - self.quotes.partition_point(|&q| q < a)
    }

    /// Ends a paragraph of `len` bytes: its bracket events not yet read are folded into the depth (as the
    /// next [`Self::depth_at`] would do, with no reset in between, since none is checked between two
    /// queries), and its events are dropped, so memory stays bounded by one paragraph. No sentence spans
    /// two paragraphs, so no later query needs their quotes. O(events).
    pub(crate) fn end_paragraph(&mut self, len: usize) {
        for &(i, d) in &self.brackets[self.cursor..] {
            if self.depth == 0 && d > 0 {
                self.opened_at = i;
            }
            self.depth = (self.depth + i32::from(d)).max(0);
        }
        self.brackets.clear();
        self.quotes.clear();
        self.cursor = 0;
        self.base += len;
    }
}

/// The rules in force for one call: a language's lists and switches.
pub(crate) struct Profile {
    table: &'static AbbrevTable,
    pub thai: bool,
    pub lao: bool,
    ja: bool,
    pub semicolons: bool,
    hard_wrap: bool,
}

impl Profile {
    /// The profile for `lang`. O(1): `auto` identifies the language of at most the first 2,000 bytes.
    pub(crate) fn new(lang: Lang, options: SplitOptions, text: &str) -> Profile {
        let (which, thai, lao, ja) = match lang {
            Lang::Auto => (auto_table(text), true, true, true),
            Lang::Tag(t) => match t {
                LanguageTag::EN => (Table::En, false, false, false),
                LanguageTag::MS | LanguageTag::ID => (Table::MsId, false, false, false),
                LanguageTag::VI => (Table::Vi, false, false, false),
                LanguageTag::FIL => (Table::Fil, false, false, false),
                LanguageTag::TH => (Table::En, true, false, false),
                LanguageTag::LO => (Table::En, false, true, false),
                LanguageTag::JA => (Table::En, false, false, true),
                t if t.is_chinese() => (Table::En, false, false, false),
                LanguageTag::KO | LanguageTag::KM | LanguageTag::MY => {
                    (Table::En, false, false, false)
                }
                _ => (Table::All, false, false, false),
            },
        };
        Profile {
            table: table(which),
            thai,
            lao,
            ja,
            semicolons: options.semicolons,
            hard_wrap: options.hard_wrap,
        }
    }

    /// Whether a sentence that started at `start` ends at `cand.end`; `next` is where the text goes on.
    pub(crate) fn decide(
        &self,
        text: &str,
        cand: &Cand,
        start: usize,
        next: usize,
        ctx: &mut Ctx,
    ) -> bool {
        let gap = &text[cand.end..next];
        let breaks = line_breaks(gap);
        if breaks >= 2 || (breaks == 1 && !self.hard_wrap) {
            return true;
        }
        if cand.flags & flags::LIST != 0 {
            return true;
        }
        if cand.flags & flags::PRE_ELLIPSIS != 0 {
            return self.after_ellipsis_is_start(text, next);
        }
        if cand.flags & flags::SPACE != 0 {
            let lao = !self.thai || char_before(text, cand.end).is_some_and(is_lao);
            if !lao {
                return thai_model::is_boundary(text, cand.end, start, next);
            }
            return thai::is_boundary(text, cand.end, start, next, lao);
        }
        // The terminator run before the closers.
        let mut t_end = cand.end;
        let mut closers = 0;
        while let Some(c) = char_before(text, t_end) {
            if !is_closer(c) || closers == 8 || t_end <= start {
                break;
            }
            t_end -= c.len_utf8();
            closers += 1;
        }
        let mut t_start = t_end;
        let mut dots = 0usize;
        let mut spaced = false;
        let mut hard = false;
        let mut bang = false;
        while t_start > start && t_end - t_start < 64 {
            let Some(c) = char_before(text, t_start) else {
                break;
            };
            if is_terminator(c) || (self.semicolons && is_semicolon(c)) {
                match c {
                    '.' => dots += 1,
                    '…' | '⋯' => dots += 3,
                    '．' => hard = hard || !self.period_is_latin(text, t_start),
                    c if is_hard_terminator(c) || is_semicolon(c) => hard = true,
                    _ => bang = true,
                }
                t_start -= c.len_utf8();
            } else if c == ' ' && dots > 0 && char_before(text, t_start - 1) == Some('.') {
                spaced = true;
                t_start -= 1;
            } else {
                break;
            }
        }
        if t_start == t_end {
            // No terminator: a line break in hard-wrapped text, or a UAX #29 break we have no rule for
            // (but Burmese ၊ is a comma, though UAX #29 lists it as a terminator).
            return breaks == 0
                && cand.flags & flags::ICU != 0
                && char_before(text, cand.end) != Some('၊');
        }
        // Khmer "។ល។" is "and so on".
        if text[t_start..].starts_with("។ល។") || text[..t_end].ends_with("។ល។") {
            return false;
        }
        if hard {
            let depth = ctx.depth_at(cand.end);
            if depth > 0 {
                return false;
            }
            // A parenthesis that ends with a terminator and goes on without a space: （予定では。）午後….
            if next == cand.end && matches!(char_before(text, cand.end), Some('）' | ')')) {
                return false;
            }
            // Japanese quotation: 「…。」と言った — the quote is part of the sentence.
            if self.ja
                && closers > 0
                && next == cand.end
                && char_at(text, next).is_some_and(|c| matches!(c, 'と' | 'っ' | 'て'))
            {
                return false;
            }
            return true;
        }
        // Latin-style terminators: consult what follows.
        let nc = char_at(text, next).unwrap_or(' ');
        // A straight double quote after the terminator: closing if the sentence has an odd number of them.
        if matches!(nc, '"' | '＂') {
            if ctx.quotes_in(start, next) % 2 == 1 {
                return false;
            }
            if dots <= 1 && !bang {
                let word = word_before(text, t_start, start);
                if self.table.lookup(word) == Some(Abbrev::Title) {
                    return false;
                }
            }
            return true;
        }
        let eff = effective_next(text, next);
        // No space after: a URL, "U.S", a decimal, or a quotation particle ("봐요."라고, "..."と).
        if gap.is_empty() && (is_latin_letter(eff) || is_digit(eff) || is_hangul_or_kana(eff)) {
            return false;
        }
        // A dotted acronym or a title inside Chinese text: 他在U.S.A.学习过, Dr.王 (the period ends the
        // abbreviation, not the sentence). Other table words (`art`, `no`, `etc`) may end an English
        // sentence written straight before its Chinese translation: `I love art.我爱艺术。`.
        if gap.is_empty() && crate::text::script::is_unspaced(eff) && dots == 1 && !bang {
            let s = &text[start..t_start];
            let latin = &s[s
                .char_indices()
                .rev()
                .take_while(|&(_, c)| is_latin_letter(c) || c == '.')
                .last()
                .map_or(s.len(), |(i, _)| i)..];
            if is_acronym(latin) || self.table.lookup(latin) == Some(Abbrev::Title) {
                return false;
            }
        }
        if eff.is_lowercase() {
            return false;
        }
        if bang {
            return true;
        }
        let attached = char_before(text, t_start).is_some_and(|c| !is_gap(c));
        if spaced {
            // ". . ." is an ellipsis inside a sentence; ". . . ." after a space ends one; "word. . . ." is a
            // period and then an ellipsis (handled by its own candidate after the period).
            return dots >= 4 && !attached && !eff.is_lowercase();
        }
        if dots >= 2 {
            // "[...]" marks an omission, not an end.
            let opened = char_before(text, t_start).is_some_and(|c| matches!(c, '[' | '('));
            return !(opened && closers > 0);
        }
        // A single period.
        // Thai writes no full stops: a period after Thai letters is an abbreviation (พ.ศ.).
        if char_before(text, t_start).is_some_and(is_thai) {
            return false;
        }
        if is_list_marker(&text[start..t_end]) {
            return false;
        }
        let word = word_before(text, t_start, start);
        let next_word = word_after(text, next);
        match self.table.lookup(word) {
            Some(Abbrev::Title) => return false,
            Some(Abbrev::NumberPrefix) if is_digit(eff) => return false,
            Some(Abbrev::Plain) => return self.table.is_starter(next_word),
            Some(Abbrev::Final) => return true,
            Some(Abbrev::Time) => {
                if fronted_adverbial(&text[start..t_start]) {
                    return false;
                }
                let title_next = text[next + next_word.len()..].starts_with('.')
                    && self.table.lookup(next_word) == Some(Abbrev::Title);
                return self.table.is_starter(next_word) || title_next;
            }
            _ => {}
        }
        let mut wc = word.chars();
        if let (Some(l), None) = (wc.next(), wc.next())
            && l.is_uppercase()
        {
            // An initial ("Jonas E. Smith"), unless a sentence plainly starts next.
            if self.table.is_starter(next_word) {
                return true;
            }
            let prev_lower = prev_word(text, t_start - word.len(), start)
                .chars()
                .next()
                .is_some_and(char::is_lowercase);
            return l == 'I' && prev_lower;
        }
        if is_acronym(word) {
            return self.table.is_starter(next_word);
        }
        true
    }

    /// Whether a full-width period at `pos` (its end) sits in Latin text (then treated like `.`).
    fn period_is_latin(&self, text: &str, pos: usize) -> bool {
        char_before(text, pos - '．'.len_utf8()).is_some_and(is_latin_letter)
    }

    /// After "word." comes a spaced ellipsis at `next`: a sentence ends after the period if the text after
    /// the ellipsis starts with a capital.
    fn after_ellipsis_is_start(&self, text: &str, next: usize) -> bool {
        let mut i = next;
        let bytes = text.as_bytes();
        while i < bytes.len() && i - next < 64 && matches!(bytes[i], b'.' | b' ') {
            i += 1;
        }
        while let Some(c) = char_at(text, i) {
            if !is_closer(c) {
                break;
            }
            i += c.len_utf8();
        }
        // A line break after the ellipsis (a paragraph break, or any break unless hard-wrapped) ends the
        // sentence there, so the ellipsis stays with it rather than standing alone.
        let start = skip_ws(text, i);
        let breaks = line_breaks(&text[i..start]);
        if breaks >= 2 || (breaks == 1 && !self.hard_wrap) {
            return false;
        }
        i < text.len() && effective_next(text, start).is_uppercase()
    }
}

/// `auto`: the abbreviation table of the language [`crate::detect`] finds in the start of the text (Latin
/// script only: other scripts' rules do not depend on the language), else the union of all lists.
fn auto_table(text: &str) -> Table {
    let mut end = text.len().min(super::sentences::AUTO_HEAD);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let d = crate::detect::detect(&text[..end]);
    if d.confidence < 0.5 {
        return Table::All;
    }
    match d.lang {
        LanguageTag::EN => Table::En,
        LanguageTag::MS | LanguageTag::ID => Table::MsId,
        LanguageTag::VI => Table::Vi,
        LanguageTag::FIL => Table::Fil,
        _ => Table::All,
    }
}

/// The first character at or after `i` that is not an opening quote or bracket.
fn effective_next(text: &str, i: usize) -> char {
    text[i..]
        .chars()
        .take(8)
        .find(|&c| !is_opener(c))
        .unwrap_or(' ')
}

/// The word ending at `end` (back to whitespace or `floor`), without leading quotes or brackets.
fn word_before(text: &str, end: usize, floor: usize) -> &str {
    let s = &text[floor..end];
    let from = s
        .char_indices()
        .rev()
        .take(48)
        .take_while(|&(_, c)| !c.is_whitespace())
        .last()
        .map_or(s.len(), |(i, _)| i);
    s[from..].trim_start_matches(is_opener)
}

/// The word before the word that starts at `start` (for initials).
fn prev_word(text: &str, start: usize, floor: usize) -> &str {
    let end = trim_back_ws(text, start.max(floor)).max(floor);
    word_before(text, end, floor)
}

/// The word starting at `i` (letters, digits, apostrophes), after any opening quotes or brackets.
fn word_after(text: &str, i: usize) -> &str {
    let s = text[i..].trim_start_matches(is_opener);
    let len = s
        .char_indices()
        .take(48)
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '\''))
        .map_or(s.len().min(192), |(j, _)| j);
    // `len` may fall inside a long word cut at 48 chars: back off to a char boundary.
    let mut len = len.min(s.len());
    while !s.is_char_boundary(len) {
        len -= 1;
    }
    &s[..len]
}

/// `U.S`, `e.g`, `Ph.D`: letters separated by periods.
fn is_acronym(word: &str) -> bool {
    word.contains('.')
        && word
            .split('.')
            .all(|p| !p.is_empty() && p.chars().count() <= 2 && p.chars().all(char::is_alphabetic))
}

/// A sentence so far that is only a list marker: `1.`, `a.`, `• 9.`, `⁃9.`, `1.)`, `iv.`.
fn is_list_marker(s: &str) -> bool {
    let s = s.trim().trim_start_matches(is_bullet).trim_start();
    let s = s.trim_end_matches(')').trim_end_matches('.');
    if s.is_empty() || s.len() > 4 {
        return false;
    }
    s.bytes().all(|b| b.is_ascii_digit())
        || (s.len() == 1 && s.as_bytes()[0].is_ascii_alphabetic())
        || s.bytes().all(|b| matches!(b, b'i' | b'v' | b'x'))
}

/// "At 5" before "a.m. Mr. Smith …": a short fronted time phrase is not a sentence of its own.
fn fronted_adverbial(s: &str) -> bool {
    let mut words = s.split_whitespace();
    let first = words.next().unwrap_or("");
    let rest = words.take(3).count(); // bounded: O(1) however long the sentence so far
    rest <= 2
        && matches!(
            first,
            "At" | "By"
                | "Before"
                | "After"
                | "Until"
                | "Till"
                | "From"
                | "Around"
                | "Since"
                | "On"
                | "About"
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words() {
        assert_eq!(word_before("see (Mr", 7, 0), "Mr");
        assert_eq!(word_before("the U.S", 7, 0), "U.S");
        assert_eq!(word_after("“Hello, x", 0), "Hello");
        assert_eq!(prev_word("Albert I", 7, 0), "Albert");
        assert!(is_acronym("U.S.A") && is_acronym("Ph.D") && !is_acronym("example.com"));
        assert!(is_list_marker("• 9.") && is_list_marker("1.)") && is_list_marker("b."));
        assert!(!is_list_marker("item 2."));
        assert!(fronted_adverbial("At 5 ") && !fronted_adverbial("He left at 6 "));
    }

    #[test]
    fn brackets_reset_when_unbalanced() {
        let mut ctx = Ctx::default();
        ctx.note(0, '「');
        assert_eq!(ctx.depth_at(10), 1);
        assert_eq!(ctx.depth_at(10 + MAX_BRACKET_SPAN + 1), 0);
    }
}
