//! Streaming conversion holds a bounded tail (issue #9). `ConvertStream`, which `zoulang convert` feeds line by
//! line (src/cli/convert.rs), must return each line's output as soon as the line is pushed, holding back at
//! most one ideographic description sequence (64 code points, 256 bytes) across a line break, even when every
//! line ends in an IDS operator (which once made the command hold the whole file); and the output must equal
//! converting the whole text at once.

use zoulang::convert::{Config, Converter};

/// The most a stream may hold after a line break: one IDS of 64 code points of at most 4 bytes.
const BOUND: usize = 64 * 4;

/// Pushes `lines` one by one, checking the bound and that line `i`'s own text (its number) is emitted by the
/// push of line `i`; returns the whole output.
fn stream_lines(converter: &Converter, lines: &[String]) -> String {
    let mut s = converter.stream();
    let mut out = String::new();
    for (i, line) in lines.iter().enumerate() {
        let chunk = s.push(line);
        assert!(
            s.held().len() <= BOUND,
            "line {i}: {:?} held back after {line:?}",
            s.held()
        );
        assert!(
            chunk.contains(&format!("#{i}#")),
            "line {i} was not emitted when pushed: {chunk:?}"
        );
        out += &chunk;
    }
    out + &s.finish()
}

#[test]
fn lines_ending_in_ids_operators_are_emitted_line_by_line() {
    // Each line ends in an IDS operator (or a nest of them) that takes the line break and the next line's
    // first characters as operands; the longest, ⿲ nested 10 deep, needs 21 operands (31 code points).
    let endings = ["⿰", "⿱⿰", "⿲", "字⿰", "⿰\r", &"⿲".repeat(10)];
    let lines: Vec<String> = (0..20_000)
        .map(|i| {
            let end = endings[i % endings.len()];
            format!("头发里面的干部说着计划#{i}#信息港与人工智能{end}\n")
        })
        .collect();
    for config in [Config::S2t, Config::S2twp, Config::T2s, Config::Tw2sp] {
        let c = Converter::new(config);
        let out = stream_lines(&c, &lines);
        assert!(out == c.convert(&lines.concat()), "{config}: differs");
    }
}

#[test]
fn lines_of_operators_alone_stay_bounded() {
    // "⿰\n" repeated: every operator takes the next as an operand until OpenCC's depth limit (16) makes the
    // sequence invalid, so each operator waits for at most 16 lines; the stream must not hold more.
    let c = Converter::new(Config::S2t);
    let text = "⿰\n".repeat(10_000) + "干";
    let mut s = c.stream();
    let mut out = String::new();
    for line in text.split_inclusive('\n') {
        out += &s.push(line);
        assert!(s.held().len() <= BOUND, "{:?} held back", s.held());
    }
    out += &s.finish();
    assert_eq!(out, c.convert(&text));
}

#[test]
fn a_line_is_held_only_until_it_ends() {
    // Within a line nothing is final (a phrase may continue); at its line break everything is.
    let c = Converter::new(Config::S2t);
    let mut s = c.stream();
    assert_eq!(s.push("头"), "");
    assert_eq!(s.push("发"), "");
    assert_eq!(s.held(), "头发");
    assert_eq!(s.push("\n"), "頭髮\n");
    assert_eq!(s.held(), "");
}

#[test]
fn an_operator_that_becomes_an_ids_in_a_later_stage_is_not_cut() {
    // Found by review: in tw2sp, 泡麵 → 方便麪 changes length in the first stage, so an operator that is no
    // IDS in the input (over OpenCC's limits) became one in the second stage and covered a cut.
    let text = "⿳⿱\n⿱方便麪⿲泡麵⿳⿳⿲⿳⿳⿱⿲⿲⿲⿲⿳⿲⿲⿲\n⿰泡麵說\n";
    let cuts: Vec<usize> = text.char_indices().map(|(i, _)| i).skip(1).collect();
    for name in Config::names() {
        let c = Converter::new(Config::parse(name).unwrap());
        let whole = c.convert(text);
        for &k in &cuts {
            let mut s = c.stream();
            let mut out = s.push(&text[..k]);
            out += &s.push(&text[k..]);
            out += &s.finish();
            assert_eq!(out, whole, "{name}: cut at byte {k}");
        }
    }
}
