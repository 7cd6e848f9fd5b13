//! Malay (`ms`) vs Indonesian (`id`): the two standard varieties of one language, told apart by the
//! spelling and vocabulary that differ systematically between them.
//!
//! The marker list (`data/detect/malay_markers.tsv`, compiled in at build time) was written from linguistic
//! knowledge (standard Malaysian vs Indonesian usage:
//! spelling reforms kept apart, different loanword adaptations, different everyday vocabulary); each word
//! carries a weight in nats (positive: Malay, negative: Indonesian), and two suffix rules cover open
//! classes (Malay *-iti* / Indonesian *-itas*, Malay *-syen* / Indonesian *-si*). Weights were set by
//! hand (strong markers 2.5, ordinary ones 1.5, leanings 0.5) and only the balance between the markers and
//! the general word model was tuned on the even lines of ../shared/data/langid-dev.
//!
//! How confident it can be: a sentence with one strong marker (kerana/karena, bahawa/bahwa, wang/uang,
//! sahaja/saja, bisa, kantor, -iti/-itas) is decided at ≥ 90%; a short sentence with no marker (many
//! everyday sentences are identical in both) is close to a coin toss and its confidence says so (≈ 0.5–0.7).
//!
//! Worst case: linear in the number of words (one lookup per word).

/// `MARKERS: [(word, weight)]`: positive means Malay, negative Indonesian.
mod tables {
    include!(concat!(env!("OUT_DIR"), "/detect_malay.rs"));
}
use tables::MARKERS;

/// Log-odds (nats, positive: Malay) of one lower-cased word: the marker list, then the suffix rules.
/// O(1) expected (one hash probe and a few suffix checks).
pub(crate) fn word_weight(word: &str) -> f32 {
    if let Some(&w) = table().get(word) {
        return w;
    }
    if word.len() >= 6 {
        if word.ends_with("iti") {
            return 2.0; // universiti, aktiviti, kualiti, komuniti
        }
        if word.ends_with("itas") {
            return -2.0; // universitas, aktivitas, kualitas, komunitas
        }
        if word.ends_with("syen") {
            return 2.0; // televisyen, komisyen
        }
        if word.ends_with("isasi") || word.ends_with("asikan") {
            return -0.5;
        }
    }
    0.0
}

fn table() -> &'static std::collections::HashMap<&'static str, f32> {
    static T: std::sync::OnceLock<std::collections::HashMap<&'static str, f32>> =
        std::sync::OnceLock::new();
    T.get_or_init(|| MARKERS.iter().copied().collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marker_log_odds(words: &[&str]) -> f32 {
        words.iter().map(|w| word_weight(w)).sum()
    }

    #[test]
    fn markers_point_the_right_way() {
        assert!(marker_log_odds(&["kerana", "kerajaan", "wang"]) > 4.0);
        assert!(marker_log_odds(&["karena", "pemerintah", "uang"]) < -4.0);
        assert!(marker_log_odds(&["aktiviti"]) > 0.0 && marker_log_odds(&["aktivitas"]) < 0.0);
        assert_eq!(marker_log_odds(&["makan", "nasi"]), 0.0);
    }

    #[test]
    fn no_duplicate_markers() {
        let mut seen = std::collections::HashSet::new();
        for (w, _) in MARKERS.iter() {
            assert!(seen.insert(*w), "duplicate marker {w}");
            assert_eq!(w.to_lowercase(), *w, "markers are matched lower-cased");
        }
    }
}
