//! The detector: script routing first, then the evidence of each script's languages.

use rayon::prelude::*;
use serde::Serialize;

use super::han::{han_evidence, is_han};
use super::{quotes, whatlang_tags, words, zawgyi};
use crate::error::{Error, Result};
use crate::tag::LanguageTag;
use crate::text::script::letter_script;

/// Texts longer than this many bytes are judged on their first `MAX_ANALYSED` bytes (cut at a character
/// boundary), which bounds the cost of one call.
///
/// ```
/// assert_eq!(zoulang::detect::MAX_ANALYSED, 65536);
/// ```
pub const MAX_ANALYSED: usize = 1 << 16;

/// Temperature of the Latin-script posterior (temperature scaling fitted on the calibration half of
/// ../shared/data/langid-dev; see benches/README.md).
const TEMPERATURE: f32 = 2.0;
/// Prior cost (nats) of a Latin-script language outside zoulang's targets: the domain prior of a
/// China–ASEAN tool. Zero for en, vi, ms, id, fil.
const OTHER_LATIN_PRIOR: f32 = 2.5;
/// Prior bonus (nats) of English over the other Latin-script targets: names and short technical strings
/// in this domain are most often English.
const EN_PRIOR: f32 = 1.0;
/// Weight of the general word model's ms/id difference beside the marker log-odds.
const MALAY_MODEL_WEIGHT: f32 = 0.285;
/// Scale of the marker log-odds.
const MALAY_MARKER_SCALE: f32 = 1.574;
/// Bias of the ms/id log-odds (positive favours Malay).
const MALAY_BIAS: f32 = -0.55;
/// Weight of a CJK character against a Latin letter when deciding which script dominates a mixed text
/// (a Han character carries about as much as a short word).
const CJK_WEIGHT: f64 = 2.5;

/// The result of language identification.
///
/// ```
/// let d = zoulang::detect("Trung Quốc và ASEAN tăng cường hợp tác về trí tuệ nhân tạo.");
/// assert_eq!(d.lang.as_str(), "vi");
/// assert_eq!(d.script, Some("Latin"));
/// assert!(d.confidence > 0.9);
/// assert_eq!(d.candidates[0].0, d.lang);
/// ```
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Detection {
    /// The language, `und` when the text gives no evidence.
    pub lang: LanguageTag,
    /// Probability in [0, 1] that `lang` is right, calibrated on held-out sentences (see the module docs).
    pub confidence: f64,
    /// The script that decided (`Latin`, `Han`, `Thai`, …), `None` when the text has no letters.
    pub script: Option<&'static str>,
    /// Ranked candidates with their probabilities (at most 5, best first; sums to at most 1).
    pub candidates: Vec<(LanguageTag, f64)>,
    /// For Burmese: `Some("zawgyi")` when the text is in the Zawgyi font encoding (convert it before
    /// further processing), `Some("unicode")` otherwise; `None` for every other language.
    pub encoding: Option<&'static str>,
}

impl Detection {
    fn und(script: Option<&'static str>) -> Detection {
        Detection {
            lang: LanguageTag::UND,
            confidence: 0.0,
            script,
            candidates: Vec::new(),
            encoding: None,
        }
    }

    fn single(lang: LanguageTag, confidence: f64, script: &'static str) -> Detection {
        Detection {
            lang,
            confidence,
            script: Some(script),
            candidates: vec![(lang, confidence)],
            encoding: None,
        }
    }

    /// The confidence, with Malay and Indonesian counted as one language (short text is often sure of the
    /// pair and not of which one). O(candidates).
    pub(crate) fn group_confidence(&self) -> f64 {
        if is_malay(self.lang) {
            self.candidates
                .iter()
                .filter(|c| is_malay(c.0))
                .map(|c| c.1)
                .sum()
        } else {
            self.confidence
        }
    }

    /// Whether the text gave no evidence (`lang` is `und`). O(1).
    ///
    /// ```
    /// assert!(zoulang::detect("1234 !!").is_und());
    /// ```
    pub fn is_und(&self) -> bool {
        self.lang.is_und()
    }
}

pub(crate) fn is_malay(t: LanguageTag) -> bool {
    t == LanguageTag::MS || t == LanguageTag::ID
}

/// A language identifier with an optional allow-list.
///
/// ```
/// use zoulang::{Detector, LanguageTag};
/// let d = Detector::new().only(&["ms", "id", "en"]).unwrap();
/// assert_eq!(d.detect("Saya tidak tahu kerana dia tidak datang.").lang, LanguageTag::MS);
/// assert!(Detector::new().only(&["xx"]).is_err());
/// ```
#[derive(Clone, Debug)]
pub struct Detector {
    /// Allowed tags (canonical, sorted), `None` for every language.
    allowed: Option<Vec<LanguageTag>>,
    /// Allowed languages of the compiled Latin model: (index, tag, prior cost).
    latin: Vec<(usize, LanguageTag, f32)>,
    /// Allowed Latin-script whatlang languages that the compiled model lacks.
    latin_whatlang_only: Vec<whatlang::Lang>,
    /// whatlang restricted to every allowed whatlang language.
    whatlang: whatlang::Detector,
    /// whatlang restricted to the allowed Latin-script languages.
    whatlang_latin: whatlang::Detector,
}

impl Default for Detector {
    fn default() -> Self {
        Detector::new()
    }
}

/// Every tag the detector can answer (besides `und`).
fn detectable(tag: LanguageTag) -> bool {
    !tag.is_und()
        && (tag.is_chinese() && tag != LanguageTag::parse("yue").expect("yue is known")
            || LanguageTag::TARGETS.contains(&tag)
            || whatlang_tags::lang_of(tag).is_some())
}

impl Detector {
    /// A detector over every language it knows (the 13 China–ASEAN targets and whatlang's 70).
    ///
    /// Worst case O(1) (the tables are compiled in and loaded on first use, in milliseconds).
    ///
    /// ```
    /// assert_eq!(zoulang::Detector::new().detect("สวัสดีครับ").lang.as_str(), "th");
    /// ```
    pub fn new() -> Detector {
        Self::build(None)
    }

    /// Restricts the answers to `tags` (BCP-47 tags or aliases: `zh-TW`, `tl`, `in` …). `zh` allows
    /// `zh-Hans` and `zh-Hant` too; `zh-Hans` or `zh-Hant` allow the bare `zh` for Chinese that shows no
    /// script. Every script path respects the list: text in a script none of whose languages is allowed
    /// is judged by its other scripts, or is `und`.
    ///
    /// Errors: `UnknownLanguage` for a tag zoulang does not know, `UnsupportedLanguage` for a known tag the
    /// detector cannot answer (e.g. `yue`), `InvalidArgument` for an empty list.
    /// Worst case O(t) in the number of tags.
    ///
    /// ```
    /// use zoulang::Detector;
    /// let d = Detector::new().only(&["lo", "th"]).unwrap();
    /// assert_eq!(d.detect("ສະບາຍດີ").lang.as_str(), "lo");
    /// assert!(matches!(Detector::new().only(&["nope"]), Err(zoulang::Error::UnknownLanguage { .. })));
    /// ```
    pub fn only<S: AsRef<str>>(self, tags: &[S]) -> Result<Detector> {
        if tags.is_empty() {
            return Err(Error::InvalidArgument(
                "the allow-list of languages is empty".into(),
            ));
        }
        let mut list = Vec::with_capacity(tags.len());
        for t in tags {
            let tag = LanguageTag::parse(t.as_ref())?;
            if !detectable(tag) {
                return Err(Error::UnsupportedLanguage {
                    operation: "language detection",
                    tag: tag.as_str().to_string(),
                });
            }
            list.push(tag);
        }
        list.sort();
        list.dedup();
        Ok(Self::build(Some(list)))
    }

    /// The allow-list, `None` when every language is allowed. O(1).
    ///
    /// ```
    /// let d = zoulang::Detector::new().only(&["zh-TW", "en"]).unwrap();
    /// assert_eq!(d.allowed().unwrap().len(), 2);
    /// ```
    pub fn allowed(&self) -> Option<&[LanguageTag]> {
        self.allowed.as_deref()
    }

    fn build(allowed: Option<Vec<LanguageTag>>) -> Detector {
        let mut d = Detector {
            allowed,
            latin: Vec::new(),
            latin_whatlang_only: Vec::new(),
            whatlang: whatlang::Detector::new(),
            whatlang_latin: whatlang::Detector::new(),
        };
        let targets = [
            LanguageTag::EN,
            LanguageTag::VI,
            LanguageTag::MS,
            LanguageTag::ID,
            LanguageTag::FIL,
        ];
        for (i, t) in words::LANGS.iter().enumerate() {
            let tag = LanguageTag::parse(t).expect("model tags are known");
            if d.allows(tag) {
                let prior = if tag == LanguageTag::EN {
                    -EN_PRIOR
                } else if targets.contains(&tag) {
                    0.0
                } else {
                    OTHER_LATIN_PRIOR
                };
                d.latin.push((i, tag, prior));
            }
        }
        let wl: Vec<whatlang::Lang> = whatlang::Lang::all()
            .iter()
            .copied()
            .filter(|&l| d.allows(whatlang_tags::tag_of(l)))
            .collect();
        let wl_latin: Vec<whatlang::Lang> = wl
            .iter()
            .copied()
            .filter(|&l| whatlang_tags::is_latin(l))
            .collect();
        d.latin_whatlang_only = wl_latin
            .iter()
            .copied()
            .filter(|&l| words::index_of(whatlang_tags::tag_of(l).as_str()).is_none())
            .collect();
        d.whatlang = whatlang::Detector::with_allowlist(wl);
        d.whatlang_latin = whatlang::Detector::with_allowlist(wl_latin);
        d
    }

    /// Whether `tag` may be answered.
    fn allows(&self, tag: LanguageTag) -> bool {
        let Some(list) = &self.allowed else {
            return true;
        };
        if list.contains(&tag) {
            return true;
        }
        match tag.as_str() {
            "zh-Hans" | "zh-Hant" => list.contains(&LanguageTag::ZH),
            "zh" => list.iter().any(|t| t.is_chinese()),
            _ => false,
        }
    }

    /// Identifies the language of `text`.
    ///
    /// Script first: Thai, Lao, Khmer, Burmese (with a Zawgyi check), Korean and Japanese (kana) by script;
    /// Han by characters that exist in only one Chinese script (`zh-Hans`, `zh-Hant`, else `zh`);
    /// Latin-script text by word-frequency and character-trigram evidence (with a dedicated Malay/Indonesian
    /// discriminator); other scripts by whatlang. Text with no letters, or a single Han character that
    /// exists in both scripts, is `und` with confidence 0.
    ///
    /// Worst case O(min(n, [`MAX_ANALYSED`])) time in the text length n.
    ///
    /// ```
    /// let d = zoulang::Detector::new();
    /// assert_eq!(d.detect("中国与东盟的人工智能合作").lang.as_str(), "zh-Hans");
    /// assert_eq!(d.detect("中國與東盟的人工智慧合作").lang.as_str(), "zh-Hant");
    /// assert_eq!(d.detect("🙂🙂 123").lang.as_str(), "und");
    /// ```
    pub fn detect(&self, text: &str) -> Detection {
        let text = prefix(text, MAX_ANALYSED);
        let counts = ScriptCounts::of(text);
        let groups = counts.groups();
        let total: f64 = groups.iter().map(|g| g.1).sum();
        if total == 0.0 {
            return Detection::und(None);
        }
        let mut first_script = None;
        for &(group, weight) in &groups {
            let found = match group {
                Group::Latin => self.latin_framed(text),
                Group::Cjk => self.cjk_route(text, &counts),
                Group::One(tag, script) => self
                    .allows(tag)
                    .then(|| Detection::single(tag, by_letters(weight, 4.0), script)),
                Group::Myanmar => self.allows(LanguageTag::MY).then(|| {
                    let mut d =
                        Detection::single(LanguageTag::MY, by_letters(weight, 4.0), "Myanmar");
                    let z = zawgyi::zawgyi_probability(text).unwrap_or(0.0);
                    d.encoding = Some(if z > 0.5 { "zawgyi" } else { "unicode" });
                    d
                }),
                Group::Other(script) => self.whatlang_route(text, script),
            };
            first_script.get_or_insert(group.script(&counts));
            if let Some(mut d) = found {
                if !d.is_und() {
                    let share = weight / total;
                    let f = 0.5 + 0.5 * share;
                    d.confidence *= f;
                    for c in &mut d.candidates {
                        c.1 *= f;
                    }
                }
                return d;
            }
        }
        Detection::und(first_script)
    }

    /// Identifies each text of `texts` in parallel (rayon).
    ///
    /// Worst case O(Σ min(nᵢ, [`MAX_ANALYSED`])) work, spread over the rayon pool.
    ///
    /// ```
    /// let out = zoulang::Detector::new().detect_batch(&["Hello there, my friend", "สวัสดีครับ"]);
    /// assert_eq!(out[1].lang.as_str(), "th");
    /// ```
    pub fn detect_batch<S: AsRef<str> + Sync>(&self, texts: &[S]) -> Vec<Detection> {
        texts.par_iter().map(|t| self.detect(t.as_ref())).collect()
    }

    /// The Latin route, aware of quotation: when the text outside its quoted or bracketed passages (the
    /// frame, three or more words) and the passages (three or more words) are each confidently a different
    /// language and the passages decided the answer for the whole text, the text is in the frame's
    /// language (an English sentence quoting Malay is English), with its confidence shrunk by the share of
    /// words in passages as for a text of two scripts, and the passages' language as the runner-up.
    /// Otherwise the plain Latin route over the whole text.
    fn latin_framed(&self, text: &str) -> Option<Detection> {
        let whole = self.latin_route(text)?;
        let passages = quotes::passages(text);
        if passages.is_empty() || whole.is_und() {
            return Some(whole);
        }
        let frame = quotes::frame(text, &passages);
        let inner: String = passages
            .iter()
            .map(|&(s, e)| &text[s..e])
            .collect::<Vec<_>>()
            .join(" ");
        let (n_frame, n_inner) = (words::count(&frame), words::count(&inner));
        if n_frame < 3 || n_inner < 3 {
            return Some(whole);
        }
        let (Some(f), Some(q)) = (self.latin_route(&frame), self.latin_route(&inner)) else {
            return Some(whole);
        };
        // The frame must be all but certain (a code-switched frame, Taglish, is not a quoting one) and
        // must overturn the answer for the whole text; a text in the frame's language keeps its answer.
        let overturned = f.lang != whole.lang
            && f.lang != q.lang
            && !(is_malay(f.lang) && is_malay(q.lang))
            && f.group_confidence() >= 0.98
            && q.group_confidence() >= 0.9
            && !f.is_und()
            && !q.is_und();
        if !overturned {
            return Some(whole);
        }
        let k = 0.5 + 0.5 * n_frame as f64 / (n_frame + n_inner) as f64;
        let mut cands: Vec<(LanguageTag, f64)> =
            f.candidates.iter().map(|&(t, p)| (t, p * k)).collect();
        match cands.iter_mut().find(|c| c.0 == q.lang) {
            Some(c) => c.1 += (1.0 - k) * q.confidence,
            None => cands.push((q.lang, (1.0 - k) * q.confidence)),
        }
        for &(t, p) in q.candidates.iter().skip(1).filter(|c| c.0 != f.lang) {
            if !cands.iter().any(|c| c.0 == t) {
                cands.push((t, (1.0 - k) * p));
            }
        }
        Some(ranked(cands, "Latin"))
    }

    fn latin_route(&self, text: &str) -> Option<Detection> {
        if self.latin.is_empty() && self.latin_whatlang_only.is_empty() {
            return None;
        }
        let malay_pair = self.latin.iter().any(|l| l.1 == LanguageTag::MS)
            && self.latin.iter().any(|l| l.1 == LanguageTag::ID);
        let s = words::score(text, malay_pair);
        if s.words == 0 {
            return None;
        }
        if s.letters < 2 {
            // One letter is no evidence of a language.
            return Some(Detection::und(Some("Latin")));
        }
        let mut cands: Vec<(LanguageTag, f64)> = Vec::with_capacity(self.latin.len());
        let mut best: Option<(usize, f32)> = None;
        let costs: Vec<f32> = self
            .latin
            .iter()
            .map(|&(i, _, prior)| s.cost[i] + prior)
            .collect();
        for (j, &c) in costs.iter().enumerate() {
            if best.is_none_or(|b| c < b.1) {
                best = Some((j, c));
            }
        }
        if let Some((bj, bc)) = best {
            let mut z = 0f64;
            for (j, &c) in costs.iter().enumerate() {
                let p = (-(c - bc) as f64 / TEMPERATURE as f64).exp();
                z += p;
                cands.push((self.latin[j].1, p));
            }
            for c in &mut cands {
                c.1 /= z;
            }
            if malay_pair {
                let ms = self
                    .latin
                    .iter()
                    .position(|l| l.1 == LanguageTag::MS)
                    .expect("checked");
                let id = self
                    .latin
                    .iter()
                    .position(|l| l.1 == LanguageTag::ID)
                    .expect("checked");
                let group = cands[ms].1 + cands[id].1;
                let lo = MALAY_MARKER_SCALE * s.malay_markers
                    + MALAY_MODEL_WEIGHT * (costs[id] - costs[ms])
                    + MALAY_BIAS;
                let q = 1.0 / (1.0 + (-(lo as f64)).exp());
                cands[ms].1 = group * q;
                cands[id].1 = group * (1.0 - q);
            }
            // Languages the compiled model lacks: ask whatlang when our best language knows few of the words.
            let top = self.latin[bj].0;
            let thin = (s.known[top] as usize) * 2 < s.words && s.words >= 3;
            if !self.latin_whatlang_only.is_empty()
                && thin
                && let Some(info) = self.whatlang_latin.detect(text)
                && self.latin_whatlang_only.contains(&info.lang())
                && info.is_reliable()
            {
                let tag = whatlang_tags::tag_of(info.lang());
                let conf = info.confidence();
                for c in &mut cands {
                    c.1 *= 1.0 - conf;
                }
                cands.push((tag, conf));
            }
        } else if let Some(info) = self.whatlang_latin.detect(text) {
            cands.push((whatlang_tags::tag_of(info.lang()), info.confidence()));
        }
        Some(ranked(cands, "Latin"))
    }

    fn cjk_route(&self, text: &str, n: &ScriptCounts) -> Option<Detection> {
        if n.hangul > 0 && n.hangul >= n.kana && n.hangul * 2 >= n.han {
            return self.allows(LanguageTag::KO).then(|| {
                Detection::single(LanguageTag::KO, by_letters(n.hangul as f64, 2.0), "Hangul")
            });
        }
        // Kana mark Japanese; one kana among many Han characters may be a borrowed の in Chinese.
        if n.kana >= 2 || n.kana == 1 && n.han <= 15 {
            let script = if n.han > n.kana {
                "Han"
            } else if n.hiragana >= n.kana - n.hiragana {
                "Hiragana"
            } else {
                "Katakana"
            };
            return self.allows(LanguageTag::JA).then(|| {
                Detection::single(LanguageTag::JA, by_letters(n.kana as f64, 2.0), script)
            });
        }
        if n.han == 0 {
            return None;
        }
        let e = han_evidence(text);
        let (hans, hant, zh) = (
            self.allows(LanguageTag::ZH_HANS),
            self.allows(LanguageTag::ZH_HANT),
            self.allows(LanguageTag::ZH),
        );
        if !zh {
            return None;
        }
        if e.simplified_only + e.traditional_only == 0 {
            if e.han < 2 {
                let mut d = Detection::und(Some("Han"));
                d.candidates = vec![(LanguageTag::ZH, 0.5)];
                return Some(d);
            }
            let conf = by_letters(e.han as f64, 3.0).min(0.95);
            return Some(Detection::single(LanguageTag::ZH, conf, "Han"));
        }
        let p_t = e.p_traditional();
        let mut cands = Vec::new();
        if hant {
            cands.push((LanguageTag::ZH_HANT, p_t));
        }
        if hans {
            cands.push((LanguageTag::ZH_HANS, 1.0 - p_t));
        }
        if cands.is_empty() {
            cands.push((LanguageTag::ZH, 0.95));
        }
        Some(ranked(cands, "Han"))
    }

    fn whatlang_route(&self, text: &str, script: &'static str) -> Option<Detection> {
        let info = self.whatlang.detect(text)?;
        let tag = whatlang_tags::tag_of(info.lang());
        self.allows(tag)
            .then(|| Detection::single(tag, info.confidence(), script))
    }
}

/// Confidence of a language decided by its script, from the number of letters `n` of that script:
/// `1 − e^(−n/scale)`, capped at 0.999 (one letter is weak evidence, a word is strong).
fn by_letters(n: f64, scale: f64) -> f64 {
    (1.0 - (-n / scale).exp()).min(0.999)
}

/// Sorts candidates, keeps the best five with p ≥ 0.001, and makes the best one the answer.
fn ranked(mut cands: Vec<(LanguageTag, f64)>, script: &'static str) -> Detection {
    cands.sort_by(|a, b| b.1.total_cmp(&a.1));
    cands.truncate(5);
    cands.retain(|c| c.1 >= 0.001);
    match cands.first() {
        Some(&(lang, p)) => Detection {
            lang,
            confidence: p,
            script: Some(script),
            candidates: cands,
            encoding: None,
        },
        None => Detection::und(Some(script)),
    }
}

/// The first `max` bytes of `text`, cut back to a character boundary.
fn prefix(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Group {
    Latin,
    Cjk,
    Myanmar,
    /// A script with one language: (tag, script name).
    One(LanguageTag, &'static str),
    /// Any other script (whatlang decides).
    Other(&'static str),
}

impl Group {
    fn script(self, n: &ScriptCounts) -> &'static str {
        match self {
            Group::Latin => "Latin",
            Group::Cjk if n.hangul >= n.han.max(n.kana) => "Hangul",
            Group::Cjk if n.kana > n.han => "Hiragana",
            Group::Cjk => "Han",
            Group::Myanmar => "Myanmar",
            Group::One(_, s) | Group::Other(s) => s,
        }
    }
}

/// Letter counts per script.
#[derive(Default, Debug)]
pub(crate) struct ScriptCounts {
    latin: usize,
    han: usize,
    kana: usize,
    hiragana: usize,
    hangul: usize,
    thai: usize,
    lao: usize,
    khmer: usize,
    myanmar: usize,
    other: Vec<(&'static str, usize)>,
}

impl ScriptCounts {
    pub(crate) fn of(text: &str) -> ScriptCounts {
        let mut n = ScriptCounts::default();
        for c in text.chars() {
            if c.is_ascii() {
                n.latin += c.is_ascii_alphabetic() as usize;
                continue;
            }
            // Fast paths for the blocks of the target scripts (letters and vowel signs; digits and
            // punctuation excluded); everything else asks the Unicode script tables.
            match c as u32 {
                0x0E01..=0x0E3A | 0x0E40..=0x0E4E => {
                    n.thai += 1;
                    continue;
                }
                0x0E81..=0x0ECE | 0x0EDC..=0x0EDF => {
                    n.lao += 1;
                    continue;
                }
                0x1780..=0x17D3 | 0x17DC..=0x17DD => {
                    n.khmer += 1;
                    continue;
                }
                0x1000..=0x103F | 0x1050..=0x108F | 0x109A..=0x109D => {
                    n.myanmar += 1;
                    continue;
                }
                0xAC00..=0xD7A3 => {
                    n.hangul += 1;
                    continue;
                }
                0x3041..=0x3096 => {
                    n.kana += 1;
                    n.hiragana += 1;
                    continue;
                }
                0x30A1..=0x30FA => {
                    n.kana += 1;
                    continue;
                }
                0x00C0..=0x00D6 | 0x00D8..=0x00F6 | 0x00F8..=0x024F | 0x1E00..=0x1EFF => {
                    n.latin += 1;
                    continue;
                }
                _ => {}
            }
            if is_han(c) {
                n.han += 1;
                continue;
            }
            match letter_script(c) {
                None => {}
                Some("Latin") => n.latin += 1,
                Some("Hiragana") => {
                    n.kana += 1;
                    n.hiragana += 1;
                }
                Some("Katakana") => n.kana += 1,
                Some("Hangul") => n.hangul += 1,
                Some("Han") => n.han += 1,
                Some("Thai") => n.thai += 1,
                Some("Lao") => n.lao += 1,
                Some("Khmer") => n.khmer += 1,
                Some("Myanmar") => n.myanmar += 1,
                Some(s) => match n.other.iter_mut().find(|(o, _)| *o == s) {
                    Some(e) => e.1 += 1,
                    None => n.other.push((s, 1)),
                },
            }
        }
        n
    }

    /// Script groups with their weights, heaviest first.
    fn groups(&self) -> Vec<(Group, f64)> {
        let mut g = vec![
            (Group::Latin, self.latin as f64),
            (
                Group::Cjk,
                CJK_WEIGHT * (self.han + self.kana + self.hangul) as f64,
            ),
            (Group::One(LanguageTag::TH, "Thai"), self.thai as f64),
            (Group::One(LanguageTag::LO, "Lao"), self.lao as f64),
            (Group::One(LanguageTag::KM, "Khmer"), self.khmer as f64),
            (Group::Myanmar, self.myanmar as f64),
        ];
        g.extend(self.other.iter().map(|&(s, n)| (Group::Other(s), n as f64)));
        g.retain(|x| x.1 > 0.0);
        g.sort_by(|a, b| b.1.total_cmp(&a.1));
        g
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sentence_quoting_another_language_is_in_the_frame_language() {
        let d = Detector::new();
        // Review finding: this was `ms` at 0.985.
        let t = r#"The minister said "Kerjasama ini akan memperkukuh hubungan dua hala" at the forum in Kuala Lumpur."#;
        let got = d.detect(t);
        assert_eq!(got.lang, LanguageTag::EN);
        assert!((0.6..0.9).contains(&got.confidence), "{got:?}");
        assert!(is_malay(got.candidates[1].0), "{got:?}");
        // The same passage unquoted, or a Malay sentence with an English title, is not overturned.
        let plain = t.replace('"', "");
        assert_eq!(d.detect(&plain).lang, LanguageTag::MS);
        let malay = r#"Dr Ang menyampaikan kertas kerjanya bertajuk "Understanding Mental Illness" di Kuala Lumpur."#;
        assert_eq!(d.detect(malay).lang, LanguageTag::MS);
        // Second review: a Malay frame (sure of the pair, not of which one) overturns an English quote too.
        let t = r#"Menteri berkata "The cooperation will strengthen bilateral ties between both countries" di forum itu semalam."#;
        assert!(is_malay(d.detect(t).lang), "{:?}", d.detect(t));
        // A code-switched frame (Taglish) is not a quoting frame: the Filipino passage keeps it Filipino.
        let taglish = "With the import choreographer in Fusion, ano kayang dance steps ang ilalaban nina Billy \
                       Crawford, John Prats at Rayver Cruz (mga tunay na dancers ng ZAP) sa Hollywood choreographer?";
        assert_eq!(d.detect(taglish).lang, LanguageTag::FIL);
    }

    #[test]
    fn prefix_cuts_at_char_boundary() {
        assert_eq!(prefix("aé", 2), "a");
        assert_eq!(prefix("abc", 10), "abc");
    }

    #[test]
    fn fast_paths_count_only_letters_of_their_script() {
        use unicode_script::{Script, UnicodeScript};
        let ranges = [
            (0x0E00, 0x0EFF),
            (0x1000, 0x109F),
            (0x1780, 0x17FF),
            (0x3040, 0x30FF),
            (0xC0, 0x24F),
            (0x1E00, 0x1EFF),
            (0xAC00, 0xD7A3),
        ];
        for (lo, hi) in ranges {
            for u in lo..=hi {
                let Some(c) = char::from_u32(u) else { continue };
                if c.script() == Script::Unknown {
                    continue;
                }
                let n = ScriptCounts::of(&c.to_string());
                let fast = n.thai + n.lao + n.khmer + n.myanmar + n.kana + n.latin + n.hangul;
                assert_eq!(fast == 1, letter_script(c).is_some(), "U+{u:04X}");
            }
        }
    }

    #[test]
    fn groups_weigh_cjk() {
        let n = ScriptCounts::of("华为Huawei发布");
        assert_eq!(n.groups()[0].0, Group::Cjk);
    }
}
