//! Words of alphabetic languages: tokenising, stop words, irregular verbs and stemming into match keys.

use std::borrow::Cow;

use rust_stemmers::{Algorithm, Stemmer};

use crate::LanguageTag;

/// English function words that carry no alignment evidence.
const EN_STOP: &[&str] = &[
    "a",
    "about",
    "above",
    "after",
    "again",
    "against",
    "all",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "down",
    "during",
    "each",
    "few",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "me",
    "more",
    "most",
    "my",
    "myself",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "only",
    "or",
    "other",
    "our",
    "ours",
    "ourselves",
    "out",
    "over",
    "own",
    "same",
    "she",
    "should",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "too",
    "under",
    "until",
    "up",
    "very",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "why",
    "will",
    "with",
    "would",
    "you",
    "your",
    "yours",
    "yourself",
    "yourselves",
    "s",
    "t",
    "d",
    "ll",
    "m",
    "re",
    "ve",
    "don",
    "didn",
    "won",
    "shall",
    "may",
    "might",
    "must",
    "also",
    "yet",
    "upon",
    "us",
    "let",
    "oh",
    "ah",
    "mr",
    "mrs",
    "miss",
];

/// English irregular verb forms mapped to the base form before stemming (so `went` meets `go`).
const EN_IRREGULAR: &[(&str, &str)] = &[
    ("arose", "arise"),
    ("arisen", "arise"),
    ("awoke", "awake"),
    ("bore", "bear"),
    ("borne", "bear"),
    ("beat", "beat"),
    ("became", "become"),
    ("began", "begin"),
    ("begun", "begin"),
    ("bent", "bend"),
    ("bet", "bet"),
    ("bit", "bite"),
    ("bitten", "bite"),
    ("bled", "bleed"),
    ("blew", "blow"),
    ("blown", "blow"),
    ("broke", "break"),
    ("broken", "break"),
    ("bred", "breed"),
    ("brought", "bring"),
    ("built", "build"),
    ("burnt", "burn"),
    ("bought", "buy"),
    ("caught", "catch"),
    ("chose", "choose"),
    ("chosen", "choose"),
    ("came", "come"),
    ("crept", "creep"),
    ("dealt", "deal"),
    ("dug", "dig"),
    ("dove", "dive"),
    ("drew", "draw"),
    ("drawn", "draw"),
    ("dreamt", "dream"),
    ("drank", "drink"),
    ("drunk", "drink"),
    ("drove", "drive"),
    ("driven", "drive"),
    ("ate", "eat"),
    ("eaten", "eat"),
    ("fell", "fall"),
    ("fallen", "fall"),
    ("fed", "feed"),
    ("felt", "feel"),
    ("fought", "fight"),
    ("found", "find"),
    ("fled", "flee"),
    ("flung", "fling"),
    ("flew", "fly"),
    ("flown", "fly"),
    ("forbade", "forbid"),
    ("forgot", "forget"),
    ("forgotten", "forget"),
    ("forgave", "forgive"),
    ("forgiven", "forgive"),
    ("froze", "freeze"),
    ("frozen", "freeze"),
    ("got", "get"),
    ("gotten", "get"),
    ("gave", "give"),
    ("given", "give"),
    ("went", "go"),
    ("gone", "go"),
    ("goes", "go"),
    ("grew", "grow"),
    ("grown", "grow"),
    ("hung", "hang"),
    ("heard", "hear"),
    ("hid", "hide"),
    ("hidden", "hide"),
    ("held", "hold"),
    ("hurt", "hurt"),
    ("kept", "keep"),
    ("knelt", "kneel"),
    ("knew", "know"),
    ("known", "know"),
    ("laid", "lay"),
    ("led", "lead"),
    ("leapt", "leap"),
    ("left", "leave"),
    ("lent", "lend"),
    ("lay", "lie"),
    ("lain", "lie"),
    ("lit", "light"),
    ("lost", "lose"),
    ("made", "make"),
    ("meant", "mean"),
    ("met", "meet"),
    ("paid", "pay"),
    ("ran", "run"),
    ("rang", "ring"),
    ("rung", "ring"),
    ("rose", "rise"),
    ("risen", "rise"),
    ("rode", "ride"),
    ("ridden", "ride"),
    ("said", "say"),
    ("says", "say"),
    ("saw", "see"),
    ("seen", "see"),
    ("sought", "seek"),
    ("sold", "sell"),
    ("sent", "send"),
    ("shook", "shake"),
    ("shaken", "shake"),
    ("shone", "shine"),
    ("shot", "shoot"),
    ("shown", "show"),
    ("shrank", "shrink"),
    ("sang", "sing"),
    ("sung", "sing"),
    ("sank", "sink"),
    ("sunk", "sink"),
    ("sat", "sit"),
    ("slept", "sleep"),
    ("slid", "slide"),
    ("slung", "sling"),
    ("spoke", "speak"),
    ("spoken", "speak"),
    ("sped", "speed"),
    ("spent", "spend"),
    ("spun", "spin"),
    ("spat", "spit"),
    ("sprang", "spring"),
    ("sprung", "spring"),
    ("stood", "stand"),
    ("stole", "steal"),
    ("stolen", "steal"),
    ("stuck", "stick"),
    ("stung", "sting"),
    ("strode", "stride"),
    ("struck", "strike"),
    ("stricken", "strike"),
    ("strove", "strive"),
    ("swore", "swear"),
    ("sworn", "swear"),
    ("swept", "sweep"),
    ("swam", "swim"),
    ("swum", "swim"),
    ("swung", "swing"),
    ("took", "take"),
    ("taken", "take"),
    ("taught", "teach"),
    ("tore", "tear"),
    ("torn", "tear"),
    ("told", "tell"),
    ("thought", "think"),
    ("threw", "throw"),
    ("thrown", "throw"),
    ("trod", "tread"),
    ("understood", "understand"),
    ("woke", "wake"),
    ("woken", "wake"),
    ("wore", "wear"),
    ("worn", "wear"),
    ("wove", "weave"),
    ("woven", "weave"),
    ("wept", "weep"),
    ("won", "win"),
    ("wound", "wind"),
    ("wrote", "write"),
    ("written", "write"),
    ("men", "man"),
    ("women", "woman"),
    ("children", "child"),
    ("feet", "foot"),
    ("teeth", "tooth"),
    ("mice", "mouse"),
    ("geese", "goose"),
    ("people", "person"),
    ("better", "good"),
    ("best", "good"),
    ("worse", "bad"),
    ("worst", "bad"),
    ("elder", "old"),
    ("eldest", "old"),
];

/// Turns the words of one language into match keys: lower case, stop words dropped, irregular forms mapped,
/// then a Snowball stemmer where the language has one.
pub struct WordNormalizer {
    stemmer: Option<Stemmer>,
    english: bool,
}

impl std::fmt::Debug for WordNormalizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WordNormalizer")
            .field("stemmer", &self.stemmer.is_some())
            .field("english", &self.english)
            .finish()
    }
}

impl WordNormalizer {
    /// The normaliser for `lang` (Snowball stemmer for en, de, fr, es, pt, it, nl, …; lower case otherwise).
    ///
    /// O(1).
    ///
    /// ```
    /// use zoulang::align::WordNormalizer;
    /// let en = WordNormalizer::new(zoulang::LanguageTag::EN);
    /// assert_eq!(en.normalize("went").as_deref(), Some("go"));
    /// assert_eq!(en.normalize("Friends").as_deref(), Some("friend"));
    /// assert_eq!(en.normalize("the"), None);
    /// ```
    pub fn new(lang: LanguageTag) -> Self {
        let alg = match lang.as_str() {
            "en" => Some(Algorithm::English),
            "de" => Some(Algorithm::German),
            "fr" => Some(Algorithm::French),
            "es" => Some(Algorithm::Spanish),
            "pt" => Some(Algorithm::Portuguese),
            "it" => Some(Algorithm::Italian),
            "nl" => Some(Algorithm::Dutch),
            "da" => Some(Algorithm::Danish),
            "sv" => Some(Algorithm::Swedish),
            "nb" | "no" | "nn" => Some(Algorithm::Norwegian),
            "fi" => Some(Algorithm::Finnish),
            "hu" => Some(Algorithm::Hungarian),
            "ro" => Some(Algorithm::Romanian),
            "ru" => Some(Algorithm::Russian),
            "el" => Some(Algorithm::Greek),
            "tr" => Some(Algorithm::Turkish),
            "ar" => Some(Algorithm::Arabic),
            "ta" => Some(Algorithm::Tamil),
            _ => None,
        };
        WordNormalizer {
            stemmer: alg.map(Stemmer::create),
            english: lang == LanguageTag::EN,
        }
    }

    /// Whether `lower` (already lower case) is a function word of this language.
    pub(crate) fn is_stop(&self, lower: &str) -> bool {
        self.english && EN_STOP.contains(&lower)
    }

    /// The match key of one word, or `None` for a stop word. O(word length).
    pub fn normalize(&self, word: &str) -> Option<String> {
        let lower: Cow<str> = if word.chars().any(char::is_uppercase) {
            Cow::Owned(word.to_lowercase())
        } else {
            Cow::Borrowed(word)
        };
        if self.is_stop(&lower) {
            return None;
        }
        let base: &str = if self.english {
            EN_IRREGULAR
                .iter()
                .find(|(form, _)| *form == lower.as_ref())
                .map_or(lower.as_ref(), |(_, b)| *b)
        } else {
            lower.as_ref()
        };
        Some(match &self.stemmer {
            Some(s) => s.stem(base).into_owned(),
            None => base.to_string(),
        })
    }
}

/// Alphabetic words of `text` (letters, inner apostrophes and hyphens split off), with byte offsets.
pub(crate) fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut start = None;
    let mut out = Vec::new();
    for (i, c) in text.char_indices() {
        let is_word = c.is_alphabetic() && !is_han(c);
        match (is_word, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, &text[s..i]));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, &text[s..]));
    }
    out.into_iter()
}

/// Whether `c` is a Han ideograph (CJK unified ideographs and extensions, compatibility ideographs).
pub(crate) fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3134F)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn irregular_verbs_map_before_stemming() {
        let en = WordNormalizer::new(LanguageTag::EN);
        assert_eq!(en.normalize("thought").as_deref(), Some("think"));
        assert_eq!(en.normalize("thinking").as_deref(), Some("think"));
        assert_eq!(en.normalize("Said").as_deref(), Some("say"));
        assert_eq!(en.normalize("And"), None);
    }

    #[test]
    fn words_split_on_apostrophes_and_han() {
        let w: Vec<_> = words("she'd go 去AI").map(|(_, w)| w).collect();
        assert_eq!(w, ["she", "d", "go", "AI"]);
    }
}
