//! Property tests: the fuzz targets' invariants (fuzz/src/checks/) on structured random text, every option
//! combination, in the normal test suite. See RELIABILITY.md.

#[allow(dead_code)]
#[path = "../fuzz/src/checks/mod.rs"]
mod checks;

use proptest::prelude::*;

/// Characters where text processing goes wrong: combining marks, Hangul (conjoining, compatibility and
/// half-width jamo), full- and half-width forms, every kind of space and dash and quote, the scripts of
/// Southeast Asia, emoji with joiners and variation selectors, and plain ASCII.
fn tricky_char() -> impl Strategy<Value = char> {
    prop_oneof![
        4 => prop::char::range('a', 'z'),
        2 => prop::sample::select(vec![' ', '\n', '\r', '\t', '-', '"', '\'', '.', '。', '，', '(', '（']),
        2 => prop::char::range('\u{4E00}', '\u{4E40}'),
        2 => prop::sample::select("干发里面著只么后台湾资讯港寮國乾隆髮發體臺灣樂".chars().collect::<Vec<char>>()),
        2 => prop::char::range('\u{0300}', '\u{036F}'),
        1 => prop::char::range('\u{1100}', '\u{11FF}'),
        1 => prop::char::range('\u{3131}', '\u{318E}'),
        1 => prop::char::range('\u{AC00}', '\u{AC40}'),
        1 => prop::char::range('\u{FF01}', '\u{FFEE}'),
        1 => prop::sample::select(vec![
            '\u{00A0}', '\u{3000}', '\u{2000}', '\u{202F}', '\u{200B}', '\u{200D}', '\u{FE0F}', '\u{2028}', '\u{0085}',
            '—', '–', '‐', '−', '－', '“', '”', '‘', '’', '«', '»', '＂', '¨', '‾', 'ﬁ', '①', 'Ω', 'Å', '\u{FDFA}',
            '\u{1F469}', '\u{1F3FD}', '\u{E0100}', '\u{0345}', '\u{0F73}', '\u{0344}',
        ]),
        1 => prop::char::range('\u{0E01}', '\u{0E5B}'),
        1 => prop::char::range('\u{0E81}', '\u{0EDF}'),
        1 => prop::char::range('\u{1780}', '\u{17F9}'),
        1 => prop::char::range('\u{1000}', '\u{109F}'),
        1 => prop::char::range('\u{0980}', '\u{09FF}'),
        1 => any::<char>(),
    ]
}

fn tricky_text(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(tricky_char(), 0..max).prop_map(|v| v.into_iter().collect())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn normalize_keeps_its_promises_under_every_option(text in tricky_text(24)) {
        for opts in checks::text::all_options() {
            checks::text::check_normalize(&text, &opts);
        }
    }

    #[test]
    fn script_runs_tile_the_text(text in tricky_text(64)) {
        checks::text::check_script_profile(&text);
    }

    #[test]
    fn language_tags_parse_totally(
        tag in "[a-zA-Z]{1,4}([-_][a-zA-Z0-9]{1,8}){0,3}|[ \\-_a-z]{0,6}|\\PC{0,8}"
    ) {
        checks::text::check_language_tag(&tag);
    }

    #[test]
    fn offset_maps_from_edit_scripts(bytes in prop::collection::vec(any::<u8>(), 0..64)) {
        let mut data = vec![1u8];
        data.extend(bytes);
        checks::offset_map(&data);
    }

    #[test]
    fn offset_maps_from_raw_segments(bytes in prop::collection::vec(0u8..12, 0..40)) {
        let mut data = vec![0u8];
        data.extend(bytes);
        checks::offset_map(&data);
    }

    #[test]
    fn conversion_changes_only_han_under_every_config(text in tricky_text(32), overlays in any::<u8>()) {
        for k in 0..16u8 {
            let mut data = vec![k, overlays];
            data.extend(text.as_bytes());
            checks::convert::convert(&data);
        }
    }

    #[test]
    fn sentences_and_words_give_back_the_text_in_every_language(text in tricky_text(40), opts in 0u8..8) {
        for k in 0..checks::segment::LANGS.len() as u8 {
            let mut data = vec![k, opts];
            data.extend(text.as_bytes());
            checks::segment::segment(&data);
        }
    }

    #[test]
    fn detections_are_probabilities_within_every_allow_list(text in tricky_text(48)) {
        for k in 0..6u8 {
            let mut data = vec![k];
            data.extend(text.as_bytes());
            checks::detect::detect(&data);
        }
    }
}

/// A document: 0 to 12 sentences of tricky text, some empty.
fn document() -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(
        prop_oneof![3 => tricky_text(40), 1 => Just(String::new())],
        0..12,
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn alignments_cover_every_sentence_once(src in document(), tgt in document(), opts in any::<u8>(), pair in 0u8..6) {
        let mut data = vec![pair, opts, 0];
        data.extend(src.join("\n").as_bytes());
        data.push(0);
        data.extend(tgt.join("\n").as_bytes());
        checks::align::align_target(&data);
    }

    #[test]
    fn alignment_files_read_or_fail_typed(lines in prop::collection::vec("\\[[0-9, ]{0,12}\\]:\\[[0-9, ]{0,12}\\]|[\\[\\]:0-9x ,-]{0,16}", 0..8)) {
        checks::align::alignments(lines.join("\n").as_bytes());
    }
}
