//! Invariants of [`OffsetMap`] and [`CharIndex`], used by every target that returns offsets.

use std::ops::Range;

use zoulang::{CharIndex, OffsetMap, Segment};

use super::{Input, assert_span, boundaries};

/// Checks everything an `OffsetMap` from `src` to `tgt` promises:
/// lengths; validity (rebuilds through `from_segments`); segment starts on character boundaries; copy
/// segments really copy; every mapped span in bounds, on boundaries, monotone and stable under a round trip
/// (`to_source(to_target(s)) == s` for `s = to_source(t)`, and the reverse); and `to_char_units` agreeing with
/// [`CharIndex`] on every segment and span.
pub fn check_map(map: &OffsetMap, src: &str, tgt: &str) {
    assert_eq!(map.source_len(), src.len(), "map source_len");
    assert_eq!(map.target_len(), tgt.len(), "map target_len");
    let again = OffsetMap::from_segments(map.segments().to_vec(), src.len(), tgt.len())
        .unwrap_or_else(|e| panic!("a map zoulang built fails its own validation: {e}"));
    assert_eq!(&again, map);
    let segs = map.segments();
    for (k, s) in segs.iter().enumerate() {
        let (se, te) = segs
            .get(k + 1)
            .map_or((src.len(), tgt.len()), |n| (n.source, n.target));
        assert!(
            src.is_char_boundary(s.source) && tgt.is_char_boundary(s.target),
            "segment {k} {s:?} starts inside a character"
        );
        if s.copy {
            assert_eq!(
                &src[s.source..se],
                &tgt[s.target..te],
                "copy segment {k} changes text"
            );
        }
    }
    let (sb, tb) = (boundaries(src), boundaries(tgt));
    check_direction(map, src, tgt, &tb, false);
    check_direction(map, src, tgt, &sb, true);

    // Code points: the char-unit map must be the byte map re-expressed through CharIndex.
    let (cs, ct) = (CharIndex::new(src), CharIndex::new(tgt));
    check_char_index(&cs, src);
    check_char_index(&ct, tgt);
    let cm = map.to_char_units(src, tgt);
    assert_eq!(cm.source_len(), cs.char_len());
    assert_eq!(cm.target_len(), ct.char_len());
    assert_eq!(
        cm.segments().len(),
        segs.len(),
        "to_char_units changed the segment count"
    );
    for (b, c) in segs.iter().zip(cm.segments()) {
        let want = Segment {
            source: cs.to_char(b.source),
            target: ct.to_char(b.target),
            copy: b.copy,
        };
        assert_eq!(*c, want, "to_char_units segment disagrees with CharIndex");
    }
    let directions: [(&[usize], &CharIndex, &CharIndex, MapFn); 2] = [
        (&tb, &ct, &cs, OffsetMap::to_source),
        (&sb, &cs, &ct, OffsetMap::to_target),
    ];
    for (from_b, from_idx, to_idx, there) in directions {
        for span in sample_spans(from_b) {
            let bytes = there(map, span.clone());
            let chars = there(&cm, from_idx.span_to_chars(span.clone()));
            assert_eq!(
                chars,
                to_idx.span_to_chars(bytes),
                "code points vs bytes for {span:?}"
            );
        }
    }
}

/// Spans from character boundaries `b`: every single character, every suffix, every prefix, every empty
/// span, and one past the end (clamping). O(n) spans.
fn sample_spans(b: &[usize]) -> Vec<Range<usize>> {
    let end = *b.last().expect("boundaries include the end");
    let mut v = Vec::with_capacity(b.len() * 4 + 2);
    for w in b.windows(2) {
        v.push(w[0]..w[1]);
        v.push(w[0]..end);
        v.push(0..w[1]);
    }
    v.extend(b.iter().map(|&i| i..i));
    v.push(end..end + 7);
    v.push(0..end + 1);
    v
}

/// `OffsetMap::to_source` or `OffsetMap::to_target`.
type MapFn = fn(&OffsetMap, Range<usize>) -> Range<usize>;

/// One direction: `forward` maps source spans (`from` = source boundaries) to the target.
fn check_direction(map: &OffsetMap, src: &str, tgt: &str, from_b: &[usize], forward: bool) {
    let (there, back): (MapFn, MapFn) = if forward {
        (OffsetMap::to_target, OffsetMap::to_source)
    } else {
        (OffsetMap::to_source, OffsetMap::to_target)
    };
    let (to_text, from_len) = if forward {
        (tgt, src.len())
    } else {
        (src, tgt.len())
    };
    let what = if forward { "to_target" } else { "to_source" };
    let wide = there(map, 0..from_len);
    let segs = map.segments();
    let inserts_or_deletes = segs.iter().enumerate().any(|(k, g)| {
        let (se, te) = segs
            .get(k + 1)
            .map_or((map.source_len(), map.target_len()), |n| {
                (n.source, n.target)
            });
        se == g.source || te == g.target
    });
    for span in sample_spans(from_b) {
        let r = there(map, span.clone());
        assert_span(to_text, &r, what);
        let clamped = span.start.min(from_len)..span.end.min(from_len);
        if clamped.is_empty() {
            assert!(
                r.is_empty(),
                "{what}({span:?}) = {r:?}: an empty span must map to an empty span"
            );
            continue;
        }
        // Stable round trip: mapping a non-empty result back and forth again changes nothing. Pure insertions
        // and deletions are exempt: inserted text has only a position in the source, which may slide across a
        // neighbouring deletion (zoulang's own transformations emit neither).
        if r.is_empty() || inserts_or_deletes {
            continue;
        }
        let again = there(map, back(map, r.clone()));
        assert_eq!(
            again, r,
            "{what}({span:?}) = {r:?} is not stable under a round trip"
        );
        // Widening a span never narrows its image.
        assert!(
            wide.start <= r.start && r.end <= wide.end,
            "{what}: whole-text image {wide:?} misses {r:?}"
        );
    }
    let mut last_start = 0;
    // Single characters in order map to spans whose starts never decrease.
    for w in from_b.windows(2) {
        let r = there(map, w[0]..w[1]);
        assert!(
            r.start >= last_start,
            "{what}: images of consecutive characters go backwards"
        );
        last_start = r.start;
        let suffix = there(map, w[0]..from_len);
        assert!(
            suffix.start <= r.start && r.end <= suffix.end,
            "{what}: suffix image misses {r:?}"
        );
    }
}

/// `CharIndex` against the obvious count: every boundary both ways, inside characters, and past the end.
pub fn check_char_index(idx: &CharIndex<'_>, text: &str) {
    let n = text.chars().count();
    assert_eq!(idx.char_len(), n, "CharIndex::char_len");
    for (k, (b, c)) in text.char_indices().enumerate() {
        assert_eq!(idx.to_char(b), k, "CharIndex::to_char({b})");
        assert_eq!(idx.to_byte(k), b, "CharIndex::to_byte({k})");
        for inside in b + 1..b + c.len_utf8() {
            assert_eq!(
                idx.to_char(inside),
                k + 1,
                "CharIndex::to_char inside a character at {inside}"
            );
        }
    }
    assert_eq!(idx.to_char(text.len()), n);
    assert_eq!(idx.to_byte(n), text.len());
    assert_eq!(
        idx.to_char(text.len() + 3),
        n,
        "to_char clamps past the end"
    );
    assert_eq!(
        idx.to_byte(n + 3),
        text.len(),
        "to_byte clamps past the end"
    );
}

/// Fuzz target `offset_map`: maps from an edit script and from raw segments (validated by `from_segments`),
/// checked against a per-unit brute force; composition (`then`) and `inverse`.
pub fn offset_map(data: &[u8]) {
    let mut inp = Input::new(data);
    let mode = inp.byte();
    let bytes = inp.rest();
    if mode & 1 == 0 {
        // Raw segments straight from bytes: `from_segments` must reject or accept without panicking, and an
        // accepted map must satisfy every invariant.
        let mut it = bytes.chunks_exact(3);
        let segs: Vec<Segment> = it
            .by_ref()
            .map(|c| Segment {
                source: c[0] as usize,
                target: c[1] as usize,
                copy: c[2] & 1 == 1,
            })
            .collect();
        let rem = it.remainder();
        let (sl, tl) = (
            rem.first().map_or(0, |&b| b as usize * 2),
            rem.get(1).map_or(0, |&b| b as usize * 2),
        );
        if let Ok(m) = OffsetMap::from_segments(segs, sl, tl) {
            let (src, tgt) = texts_for(&m);
            check_map(&m, &src, &tgt);
            check_against_brute(&m);
        }
        return;
    }
    // An edit script: two maps that chain.
    let half = bytes.len() / 2;
    let m1 = build(&bytes[..half]);
    let mut m2b = OffsetMap::builder();
    let mut left = m1.target_len();
    for pair in bytes[half..].chunks(2) {
        let (kind, len) = (pair[0], pair.get(1).copied().unwrap_or(1));
        let (s, t) = ((len & 7) as usize, (len >> 4) as usize);
        let s = s.min(left);
        if kind & 1 == 1 {
            m2b.copy(s);
        } else {
            m2b.replace(s, t);
        }
        left -= s;
    }
    m2b.copy(left);
    let m2 = m2b.finish();
    for m in [&m1, &m2] {
        let (src, tgt) = texts_for(m);
        check_map(m, &src, &tgt);
        check_against_brute(m);
        let inv = m.inverse();
        assert_eq!(inv.inverse(), *m, "inverse is not an involution");
        check_map(&inv, &tgt, &src);
    }
    let c = m1.then(&m2);
    let (src, tgt) = texts_for(&c);
    check_map(&c, &src, &tgt);
    assert_eq!(
        (c.source_len(), c.target_len()),
        (m1.source_len(), m2.target_len())
    );
    for a in 0..c.target_len() {
        for b in [a + 1, c.target_len()] {
            let seq = m1.to_source(m2.to_source(a..b));
            let got = c.to_source(a..b);
            assert!(
                got.start <= seq.start && got.end >= seq.end,
                "composition lost source text: {got:?} vs sequential {seq:?}"
            );
        }
    }
}

fn build(bytes: &[u8]) -> OffsetMap {
    let mut b = OffsetMap::builder();
    for pair in bytes.chunks(2) {
        let (kind, len) = (pair[0], pair.get(1).copied().unwrap_or(1));
        let (s, t) = ((len & 7) as usize, (len >> 4) as usize);
        if kind & 1 == 1 {
            b.copy(s);
        } else {
            b.replace(s, t);
        }
    }
    b.finish()
}

/// ASCII texts a map can describe: copies copy `a`, replacements turn `x` into `y`.
fn texts_for(m: &OffsetMap) -> (String, String) {
    let (mut s, mut t) = (String::new(), String::new());
    let segs = m.segments();
    for (k, g) in segs.iter().enumerate() {
        let (se, te) = segs
            .get(k + 1)
            .map_or((m.source_len(), m.target_len()), |n| (n.source, n.target));
        let (a, b) = if g.copy { ('a', 'a') } else { ('x', 'y') };
        s.extend(std::iter::repeat_n(a, se - g.source));
        t.extend(std::iter::repeat_n(b, te - g.target));
    }
    (s, t)
}

/// `to_source` of every span against a per-target-unit table (the slow, obvious way).
fn check_against_brute(m: &OffsetMap) {
    let segs = m.segments();
    let mut units: Vec<Range<usize>> = Vec::with_capacity(m.target_len());
    for (k, g) in segs.iter().enumerate() {
        let (se, te) = segs
            .get(k + 1)
            .map_or((m.source_len(), m.target_len()), |n| (n.source, n.target));
        for u in 0..te - g.target {
            units.push(if g.copy {
                g.source + u..g.source + u + 1
            } else {
                g.source..se
            });
        }
    }
    assert_eq!(units.len(), m.target_len());
    let n = units.len().min(64);
    for a in 0..n {
        for b in a + 1..=n {
            assert_eq!(
                m.to_source(a..b),
                units[a].start..units[b - 1].end,
                "to_source({a}..{b}) against brute force"
            );
        }
    }
}
