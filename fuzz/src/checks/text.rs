//! Invariants of the text spine: normalisation, script profiles, language tags, UTF-8 decoding.

use unicode_normalization::UnicodeNormalization;
use zoulang::normalize::{
    Form, NormalizeOptions, Width, is_dash, normalize as norm, normalize_with_offsets,
};
use zoulang::text::script::letter_script;
use zoulang::{LanguageTag, decode_utf8};

use super::maps::check_map;
use super::{Input, assert_tiles};

const FORMS: [Form; 5] = [Form::Nfc, Form::Nfd, Form::Nfkc, Form::Nfkd, Form::None];
const WIDTHS: [Option<Width>; 3] = [None, Some(Width::Half), Some(Width::Full)];

/// The normalisation options encoded by two bytes (every one of the 120 combinations is reachable).
pub fn options(o: u8, f: u8) -> NormalizeOptions {
    NormalizeOptions {
        form: FORMS[o as usize % 5],
        width: WIDTHS[(o as usize / 5) % 3],
        dashes: f & 1 != 0,
        quotes: f & 2 != 0,
        whitespace: f & 4 != 0,
    }
}

/// Every normalisation option combination.
pub fn all_options() -> impl Iterator<Item = NormalizeOptions> {
    (0..15u8).flat_map(|o| (0..8u8).map(move |f| options(o, f)))
}

/// Fuzz target `normalize`: byte 0 and 1 choose the options, the rest is the text (bytes first go through
/// `decode_utf8`, which must agree with the standard library).
pub fn normalize(data: &[u8]) {
    let mut inp = Input::new(data);
    let opts = options(inp.byte(), inp.byte());
    let raw = inp.rest();
    match (decode_utf8(raw, "<fuzz>"), std::str::from_utf8(raw)) {
        (Ok(a), Ok(b)) => assert_eq!(a, b),
        (Err(zoulang::Error::InvalidUtf8 { offset, .. }), Err(e)) => {
            assert_eq!(offset, e.valid_up_to(), "decode_utf8 offset")
        }
        (a, b) => panic!("decode_utf8 {a:?} disagrees with std {b:?}"),
    }
    let text = String::from_utf8_lossy(raw);
    check_normalize(&text, &opts);
}

/// Every promise of `normalize_with_offsets` for one text and one option set.
pub fn check_normalize(text: &str, opts: &NormalizeOptions) {
    let (out, map) = normalize_with_offsets(text, opts);
    assert_eq!(
        norm(text, opts),
        out,
        "normalize and normalize_with_offsets differ"
    );
    check_map(&map, text, &out);
    // No data loss: something in, something out; the whole output maps to the whole input.
    assert_eq!(
        text.is_empty(),
        out.is_empty(),
        "normalisation emptied or invented text"
    );
    if !text.is_empty() {
        assert_eq!(
            map.to_source(0..out.len()),
            0..text.len(),
            "output does not cover the input"
        );
    }
    // Locality: each segment normalises on its own to what it became.
    let segs = map.segments();
    for (k, s) in segs.iter().enumerate() {
        let (se, te) = segs
            .get(k + 1)
            .map_or((text.len(), out.len()), |n| (n.source, n.target));
        let piece = &text[s.source..se];
        assert_eq!(
            norm(piece, opts),
            &out[s.target..te],
            "segment {k} ({piece:?}) is not local"
        );
    }
    let folds = opts.width.is_some() || opts.dashes || opts.quotes || opts.whitespace;
    if !folds {
        // Only a Unicode form: exactly that form of the whole text.
        let whole: String = match opts.form {
            Form::Nfc => text.nfc().collect(),
            Form::Nfd => text.nfd().collect(),
            Form::Nfkc => text.nfkc().collect(),
            Form::Nfkd => text.nfkd().collect(),
            _ => text.to_string(),
        };
        assert_eq!(
            out, whole,
            "{:?} differs from the whole-text Unicode form",
            opts.form
        );
        if opts.form == Form::None {
            assert!(
                map.is_identity(),
                "form none without folds must be the identity"
            );
        }
    }
    match opts.width {
        Some(Width::Half) => assert!(
            !out.chars().any(
                |c| matches!(c, '\u{FF01}'..='\u{FF5E}' | '\u{3000}' | '\u{FFE0}'..='\u{FFE6}')
            ),
            "full-width form left after width=half: {out:?}"
        ),
        Some(Width::Full) => assert!(
            !out.chars().any(|c| matches!(c, '!'..='~' | ' ')
                && !(opts.dashes && c == '-')
                && !(opts.quotes && matches!(c, '"' | '\''))),
            "ASCII left after width=full: {out:?}"
        ),
        None => {}
    }
    if opts.dashes && opts.width != Some(Width::Full) {
        assert!(
            !out.chars().any(is_dash),
            "dash variant left after dashes=true: {out:?}"
        );
    }
    if opts.quotes && opts.width != Some(Width::Full) {
        assert!(
            !out.chars().any(|c| matches!(
                c,
                '“' | '”'
                    | '„'
                    | '‟'
                    | '〝'
                    | '〞'
                    | '«'
                    | '»'
                    | '＂'
                    | '‘'
                    | '’'
                    | '‚'
                    | '‛'
                    | '＇'
            )),
            "curly quote left after quotes=true: {out:?}"
        );
    }
    if opts.whitespace && opts.form == Form::None {
        let hs = |c: char| {
            c.is_whitespace()
                && !matches!(
                    c,
                    '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
                )
        };
        // A space that carries a combining mark (" \u{300}", " \u{FF9E}") is a spacing diacritic, not white
        // space: only a space followed by a character that cannot combine (ASCII, Han) counts.
        let plain =
            |c: Option<&char>| c.is_none_or(|&c| c.is_ascii() || letter_script(c) == Some("Han"));
        let v: Vec<char> = out.chars().collect();
        for (k, w) in v.windows(2).enumerate() {
            assert!(
                !(hs(w[0]) && hs(w[1]) && plain(v.get(k + 2))),
                "white-space run left: {out:?}"
            );
        }
    }
}

/// Fuzz target `script_profile`: runs tile the text, each run holds letters of its script only, shares are
/// the letter counts.
pub fn script_profile(data: &[u8]) {
    let text = Input::new(data).text();
    check_script_profile(&text);
}

/// Every promise of `script_profile` for one text.
pub fn check_script_profile(text: &str) {
    let p = zoulang::script_profile(text);
    assert_tiles(text, p.runs.iter().map(|r| r.start..r.end), "script runs");
    for w in p.runs.windows(2) {
        assert_ne!(w[0].script, w[1].script, "adjacent runs of one script");
    }
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for r in &p.runs {
        let mut letters = 0;
        for c in text[r.start..r.end].chars() {
            if let Some(s) = letter_script(c) {
                letters += 1;
                assert_eq!(s, r.script, "letter {c:?} of {s} in a {} run", r.script);
                match counts.iter_mut().find(|(n, _)| *n == s) {
                    Some(e) => e.1 += 1,
                    None => counts.push((s, 1)),
                }
            }
        }
        if letters == 0 {
            assert_eq!(r.script, "Common", "a run without letters must be Common");
            assert_eq!(
                p.runs.len(),
                1,
                "a Common run only for a text without letters"
            );
        }
    }
    let total: usize = counts.iter().map(|c| c.1).sum();
    assert_eq!(p.letters, total, "letters count");
    assert_eq!(p.shares.len(), counts.len(), "one share per script");
    for w in p.shares.windows(2) {
        assert!(w[0].1 >= w[1].1, "shares not sorted");
    }
    for (s, f) in &p.shares {
        let n = counts.iter().find(|c| c.0 == *s).map_or(0, |c| c.1);
        assert!((f - n as f64 / total as f64).abs() < 1e-12, "share of {s}");
    }
    if total > 0 {
        let sum: f64 = p.shares.iter().map(|s| s.1).sum();
        assert!((sum - 1.0).abs() < 1e-9, "shares sum to {sum}");
        assert_eq!(p.dominant(), Some(p.shares[0].0));
    } else {
        assert_eq!(p.dominant(), None);
    }
}

/// Fuzz target `language_tag`: parsing is total (a tag or `UnknownLanguage` naming the input), canonical
/// tags parse to themselves, and case, `_`/`-` and surrounding white space do not matter.
pub fn language_tag(data: &[u8]) {
    let text = Input::new(data).text();
    check_language_tag(&text);
}

/// Every promise of `LanguageTag::parse` for one input.
pub fn check_language_tag(text: &str) {
    let got = LanguageTag::parse(text);
    match &got {
        Ok(t) => {
            assert_eq!(
                LanguageTag::parse(t.as_str()).ok(),
                Some(*t),
                "canonical tag must parse to itself"
            );
            assert_eq!(t.to_string(), t.as_str());
            assert!(
                LanguageTag::all().any(|k| k == *t),
                "parsed tag not in all()"
            );
            assert!(!t.name().is_empty() && t.iso639_3().len() == 3);
        }
        Err(zoulang::Error::UnknownLanguage { tag }) => {
            assert_eq!(tag, text, "error must name the input")
        }
        Err(e) => panic!("unexpected error kind: {e:?}"),
    }
    let same = |variant: &str| {
        assert_eq!(
            LanguageTag::parse(variant).ok(),
            got.as_ref().ok().copied(),
            "{variant:?} vs {text:?}"
        );
    };
    same(&text.to_ascii_uppercase());
    same(&text.to_ascii_lowercase());
    same(&text.replace('-', "_"));
    same(&format!(" {text}\t"));
    assert_eq!(text.parse::<LanguageTag>().ok(), got.ok());
}
