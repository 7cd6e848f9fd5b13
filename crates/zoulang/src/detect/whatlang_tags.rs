//! The mapping between `whatlang` languages and zoulang tags (every one of whatlang's 70 languages).

use whatlang::Lang;

use crate::tag::LanguageTag;

/// The zoulang tag of a whatlang language.
pub(crate) fn tag_of(lang: Lang) -> LanguageTag {
    let code = match lang {
        Lang::Cmn => "zh",
        Lang::Pes => "fa",
        Lang::Tgl => "fil",
        Lang::Nob => "nb",
        other => other.code(),
    };
    LanguageTag::parse(code).expect("every whatlang language is in the tag table")
}

/// The whatlang language of a zoulang tag, if whatlang detects it.
pub(crate) fn lang_of(tag: LanguageTag) -> Option<Lang> {
    Lang::all().iter().copied().find(|&l| tag_of(l) == tag)
}

/// Whether whatlang writes this language in Latin script.
pub(crate) fn is_latin(lang: Lang) -> bool {
    use Lang::*;
    matches!(
        lang,
        Epo | Eng
            | Spa
            | Por
            | Ita
            | Fra
            | Deu
            | Pol
            | Jav
            | Nob
            | Dan
            | Swe
            | Fin
            | Tur
            | Nld
            | Hun
            | Ces
            | Ron
            | Slv
            | Hrv
            | Lit
            | Lav
            | Est
            | Vie
            | Uzb
            | Aze
            | Ind
            | Tuk
            | Aka
            | Zul
            | Sna
            | Afr
            | Lat
            | Slk
            | Cat
            | Tgl
            | Cym
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_whatlang_language_has_a_distinct_tag() {
        let mut seen = std::collections::HashSet::new();
        for &l in Lang::all() {
            let t = tag_of(l);
            assert!(seen.insert(t), "{l:?} -> {t} twice");
            assert_eq!(lang_of(t), Some(l));
        }
        assert_eq!(seen.len(), 70);
    }
}
