//! [`Converter`]: OpenCC-exact Chinese script conversion over the compiled dictionaries.

use std::borrow::Cow;
use std::sync::Arc;

use rayon::prelude::*;

use super::config::Config;
use super::matcher::{Handler, scan, scan_plain, scan_segmented, scan_segmented_plain};
use super::overlays::{Overlay, apply as apply_overlays};
use super::stream::ConvertStream;
use super::tables::{ALL_KEYS_CJK, CONFIG_SPECS, ConfigSpec, Dict, dict};
use crate::text::offsets::{OffsetMap, OffsetMapBuilder};

/// Converts Chinese text between scripts and regional standards, byte-identical to OpenCC 1.4.2.
///
/// Construction looks up dictionaries compiled into the library (deserialised once per process, then shared),
/// so it costs microseconds after the first converter of a configuration and a few milliseconds before.
/// A `Converter` is `Send + Sync` and cheap to clone (an [`Arc`]).
///
/// ```
/// use zoulang::convert::{Config, Converter};
/// let c = Converter::new(Config::S2twp);
/// assert_eq!(c.convert("老挝信息港与人工智能"), "寮國資訊港與人工智慧");
/// let (out, map) = c.convert_with_offsets("信息港");
/// assert_eq!(out, "資訊港");
/// // "資訊" (bytes 0..6 of the output) came from "信息" (bytes 0..6 of the input).
/// assert_eq!(map.to_source(0..6), 0..6);
/// ```
#[derive(Clone)]
pub struct Converter {
    inner: Arc<Inner>,
}

struct Inner {
    config: Option<Config>,
    normalization: Vec<&'static Dict>,
    segmentation: Option<&'static Dict>,
    chain: Vec<&'static Dict>,
    gap_chars_only: bool,
    gap_composite: Option<&'static Dict>,
    overlays: Vec<Overlay>,
}

impl std::fmt::Debug for Converter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Converter")
            .field("config", &self.inner.config.map_or("fold", Config::name))
            .field("overlays", &self.inner.overlays)
            .finish()
    }
}

impl Converter {
    /// A converter for `config`.
    ///
    /// O(1) after the first converter of a configuration in the process; the first deserialises its
    /// dictionaries (a few milliseconds).
    ///
    /// ```
    /// let c = zoulang::convert::Converter::new(zoulang::convert::Config::T2s);
    /// assert_eq!(c.convert("漢字轉換"), "汉字转换");
    /// ```
    pub fn new(config: Config) -> Converter {
        Converter::from_spec(Some(config), &CONFIG_SPECS[config as usize])
    }

    /// A converter for the configuration named `name` (`"s2t"`, `"tw2sp"`, …).
    ///
    /// Fails with [`crate::Error::UnknownValue`] listing the valid names.
    ///
    /// ```
    /// assert_eq!(zoulang::convert::Converter::from_name("s2t").unwrap().convert("汉字"), "漢字");
    /// assert!(zoulang::convert::Converter::from_name("nope").is_err());
    /// ```
    pub fn from_name(name: &str) -> crate::Result<Converter> {
        Ok(Converter::new(Config::parse(name)?))
    }

    pub(crate) fn from_spec(config: Option<Config>, spec: &ConfigSpec) -> Converter {
        Converter {
            inner: Arc::new(Inner {
                config,
                normalization: spec.normalization.iter().map(|&i| dict(i)).collect(),
                segmentation: spec.segmentation.map(dict),
                chain: spec.chain.iter().map(|&i| dict(i)).collect(),
                gap_chars_only: spec.gap_chars_only,
                gap_composite: spec.gap_composite.map(dict),
                overlays: Vec::new(),
            }),
        }
    }

    /// The configuration (`None` only for the internal fold chain behind [`super::fold_to_simplified`]).
    ///
    /// ```
    /// use zoulang::convert::{Config, Converter};
    /// assert_eq!(Converter::new(Config::Hk2s).config(), Some(Config::Hk2s));
    /// ```
    pub fn config(&self) -> Option<Config> {
        self.inner.config
    }

    /// Number of dictionary stages after segmentation (more than one: a later stage sees an earlier stage's
    /// output, whose IDS operators may group differently).
    pub(crate) fn stages(&self) -> usize {
        self.inner.chain.len()
    }

    /// This converter with regional usage `overlays` applied after the conversion (replacing any set before).
    /// With none, output is OpenCC-exact.
    ///
    /// O(1) besides copying the list.
    ///
    /// ```
    /// use zoulang::convert::{Config, Converter, Overlay};
    /// let c = Converter::new(Config::S2t).with_overlays(&[Overlay::Li, Overlay::Zhe]);
    /// assert_eq!(c.convert("里面"), "裡面");
    /// assert_eq!(c.overlays(), &[Overlay::Li, Overlay::Zhe]);
    /// ```
    pub fn with_overlays(&self, overlays: &[Overlay]) -> Converter {
        let i = &self.inner;
        let mut overlays = overlays.to_vec();
        overlays.sort_unstable();
        overlays.dedup();
        Converter {
            inner: Arc::new(Inner {
                config: i.config,
                normalization: i.normalization.clone(),
                segmentation: i.segmentation,
                chain: i.chain.clone(),
                gap_chars_only: i.gap_chars_only,
                gap_composite: i.gap_composite,
                overlays,
            }),
        }
    }

    /// [`Converter::with_overlays`], refusing overlays that cannot apply: each overlay writes Traditional
    /// characters, so a configuration whose output is Simplified or Japanese (`t2s`, `tw2s`, `tw2sp`,
    /// `hk2s`, `hk2sp`, `t2jp`) takes none. The CLI and Python use this.
    ///
    /// Errors: [`Error::InvalidArgument`](crate::Error::InvalidArgument) naming the overlay and the
    /// configuration. O(1) besides copying the list.
    ///
    /// ```
    /// use zoulang::convert::{Config, Converter, Overlay};
    /// assert!(Converter::new(Config::S2tw).try_with_overlays(&[Overlay::Tai]).is_ok());
    /// let e = Converter::new(Config::T2s).try_with_overlays(&[Overlay::Tai]).unwrap_err();
    /// assert!(e.to_string().contains("`tai` writes Traditional characters"));
    /// ```
    pub fn try_with_overlays(&self, overlays: &[Overlay]) -> crate::Result<Converter> {
        if let (Some(config), Some(o)) = (self.inner.config, overlays.first())
            && !config.writes_traditional()
        {
            return Err(crate::Error::InvalidArgument(format!(
                "overlay `{o}` writes Traditional characters, but `{config}` writes {}; \
                 overlays apply to configurations with Traditional output (s2t, s2tw, s2twp, s2hk, t2tw, …)",
                if config == Config::T2jp {
                    "Japanese shinjitai"
                } else {
                    "Simplified"
                },
                config = config.name(),
            )));
        }
        Ok(self.with_overlays(overlays))
    }

    /// The regional usage overlays in effect (empty by default).
    ///
    /// ```
    /// assert!(zoulang::convert::Converter::new(zoulang::convert::Config::S2t).overlays().is_empty());
    /// ```
    pub fn overlays(&self) -> &[Overlay] {
        &self.inner.overlays
    }

    /// Converts `text`.
    ///
    /// O(n) in the length of `text` (each byte is examined a bounded number of times per stage; the longest
    /// dictionary key is 16 characters). Text without CJK characters is returned unchanged after one scan.
    ///
    /// ```
    /// use zoulang::convert::{Config, Converter};
    /// let c = Converter::new(Config::S2t);
    /// assert_eq!(c.convert("干部 Guangxi 🙂"), "幹部 Guangxi 🙂");
    /// ```
    pub fn convert(&self, text: &str) -> String {
        if skips(text) {
            return text.to_string();
        }
        let normalized = self.normalize(text);
        let mut out = Plain::with_capacity(normalized.len() + normalized.len() / 8);
        self.convert_main(&normalized, &mut out);
        if self.inner.overlays.is_empty() {
            return out.out;
        }
        apply_overlays(&self.inner.overlays, &out.out).map_or(out.out, |(s, _)| s)
    }

    /// Converts `text` and returns the map from output spans to input spans (byte offsets).
    ///
    /// Every dictionary match is one replace segment of the map (a whole phrase maps to the whole phrase it
    /// came from); all other text is copied. O(n).
    ///
    /// ```
    /// use zoulang::convert::{Config, Converter};
    /// let src = "他们在人工智能方面合作";
    /// let (out, map) = Converter::new(Config::S2twp).convert_with_offsets(src);
    /// let i = out.find("人工智慧").unwrap();
    /// assert_eq!(&src[map.to_source(i..i + "人工智慧".len())], "人工智能");
    /// ```
    pub fn convert_with_offsets(&self, text: &str) -> (String, OffsetMap) {
        if skips(text) {
            return (text.to_string(), OffsetMap::identity(text.len()));
        }
        let (normalized, norm_map) =
            if self.inner.normalization.is_empty() || !may_need_normalization(text) {
                (Cow::Borrowed(text), None)
            } else {
                let mut m = Mapped::default();
                run_chain(&self.inner.normalization, text, &mut m);
                let (s, map) = m.finish();
                if s == text {
                    (Cow::Borrowed(text), None)
                } else {
                    (Cow::Owned(s), Some(map))
                }
            };
        let mut m = Mapped::default();
        self.convert_main(&normalized, &mut m);
        let (out, map) = m.finish();
        let map = match norm_map {
            Some(n) => n.then(&map),
            None => map,
        };
        // No overlays: no scan for them either.
        if self.inner.overlays.is_empty() {
            return (out, map);
        }
        match apply_overlays(&self.inner.overlays, &out) {
            Some((o, omap)) => (o, map.then(&omap)),
            None => (out, map),
        }
    }

    /// A [`ConvertStream`] with this converter: conversion of text arriving in pieces, in bounded memory.
    ///
    /// O(1).
    ///
    /// ```
    /// use zoulang::convert::{Config, Converter};
    /// let mut s = Converter::new(Config::S2t).stream();
    /// assert_eq!(s.push("汉字\n"), "漢字\n");
    /// ```
    pub fn stream(&self) -> ConvertStream {
        ConvertStream::new(self.clone())
    }

    /// Converts every text of `texts` in parallel (rayon), in order.
    ///
    /// O(total length / threads).
    ///
    /// ```
    /// use zoulang::convert::{Config, Converter};
    /// let out = Converter::new(Config::T2s).convert_batch(&["漢字", "轉換"]);
    /// assert_eq!(out, ["汉字", "转换"]);
    /// ```
    pub fn convert_batch<S: AsRef<str> + Sync>(&self, texts: &[S]) -> Vec<String> {
        texts.par_iter().map(|t| self.convert(t.as_ref())).collect()
    }

    fn normalize<'a>(&self, text: &'a str) -> Cow<'a, str> {
        if self.inner.normalization.is_empty() || !may_need_normalization(text) {
            return Cow::Borrowed(text);
        }
        let mut p = Plain::with_capacity(text.len());
        run_chain(&self.inner.normalization, text, &mut p);
        Cow::Owned(p.out)
    }

    /// [`Converter::convert`] without the one-pass path for segmented configs (tests compare the two).
    #[cfg(test)]
    pub(crate) fn convert_unfused(&self, text: &str) -> String {
        let normalized = self.normalize(text);
        let mut out = Plain::with_capacity(normalized.len());
        match self.inner.segmentation {
            Some(seg) => scan(
                seg,
                &normalized,
                &mut Segments {
                    chain: &self.inner.chain,
                    gap_chars_only: self.inner.gap_chars_only,
                    gap_composite: self.inner.gap_composite,
                    out: &mut out,
                },
                false,
            ),
            None => run_chain(&self.inner.chain, &normalized, &mut out),
        }
        out.out
    }

    fn convert_main<O: ChainOut>(&self, text: &str, out: &mut O) {
        match (self.inner.segmentation, self.inner.gap_composite) {
            (Some(seg), Some(gap)) if !has_ids_operator(text) => out.segmented(seg, gap, text),
            (Some(seg), gap_composite) => scan(
                seg,
                text,
                &mut Segments {
                    chain: &self.inner.chain,
                    gap_chars_only: self.inner.gap_chars_only,
                    gap_composite,
                    out,
                },
                false,
            ),
            (None, _) => run_chain(&self.inner.chain, text, out),
        }
    }
}

/// Whether no dictionary key can occur in `text` (every key holds a byte >= 0xE3, checked at build time).
#[inline]
fn skips(text: &str) -> bool {
    ALL_KEYS_CJK && !text.bytes().fold(false, |acc, b| acc | (b >= 0xE3))
}

/// Whether `text` may hold a CJK compatibility ideograph (U+F900..U+FAFF: EF A4..AB; U+2F800..: F0 AF).
fn may_need_normalization(text: &str) -> bool {
    any_byte_pair(text.as_bytes(), |p, q| {
        ((p == 0xEF) & (q.wrapping_sub(0xA4) < 8)) | ((p == 0xF0) & (q == 0xAF))
    })
}

/// Whether some two consecutive bytes `p, q` of `b` satisfy `f(p, q)` (`f` must be branch-free: it is
/// evaluated over fixed chunks so that the compiler vectorises it).
#[inline(always)]
fn any_byte_pair(b: &[u8], f: impl Fn(u8, u8) -> bool) -> bool {
    if b.len() < 2 {
        return false;
    }
    let (lead, next) = (&b[..b.len() - 1], &b[1..]);
    lead.chunks(64)
        .zip(next.chunks(64))
        .any(|(l, n)| l.iter().zip(n).fold(false, |acc, (&p, &q)| acc | f(p, q)))
}

/// Whether `text` holds an ideographic description operator (U+2FF0..=U+2FFF, encoded E2 BF B0..=BF).
#[inline]
fn has_ids_operator(text: &str) -> bool {
    let b = text.as_bytes();
    // E2 BF starts only U+2FC0..=U+2FFF (the last Kangxi radicals and the operators): rare, checked exactly.
    any_byte_pair(b, |p, q| (p == 0xE2) & (q == 0xBF))
        && b.windows(3)
            .any(|w| w[0] == 0xE2 && w[1] == 0xBF && w[2] >= 0xB0)
}

/// Output of one stage: unmatched text copied, matches replaced.
pub(crate) trait Out {
    fn copy(&mut self, s: &str);
    fn replace(&mut self, src: &str, dst: &str);
    /// [`Out::replace`] with a single character.
    #[inline]
    fn replace_char(&mut self, src: &str, dst: char) {
        self.replace(src, dst.encode_utf8(&mut [0; 4]));
    }
}

/// Output that can also run a multi-stage chain over one segment.
pub(crate) trait ChainOut: Out {
    /// Runs `stages` over one segment; with `first_chars_only`, the first stage matches single characters only.
    fn chain(&mut self, stages: &[&'static Dict], text: &str, first_chars_only: bool);

    /// Runs segmentation with `seg` and the precomposed gap dictionary `gap` in one pass over `text` (without
    /// IDS operators).
    fn segmented(&mut self, seg: &'static Dict, gap: &'static Dict, text: &str)
    where
        Self: Sized,
    {
        scan_segmented(seg, gap, text, &mut Stage(self))
    }
}

impl Out for String {
    #[inline]
    fn copy(&mut self, s: &str) {
        self.push_str(s);
    }
    #[inline]
    fn replace(&mut self, _src: &str, dst: &str) {
        self.push_str(dst);
    }
    #[inline]
    fn replace_char(&mut self, _src: &str, dst: char) {
        self.push(dst);
    }
}

/// Adapts an [`Out`] to a scan of one stage.
struct Stage<'a, O: Out>(&'a mut O);

impl<O: Out> Handler for Stage<'_, O> {
    #[inline]
    fn gap(&mut self, text: &str) {
        self.0.copy(text);
    }
    #[inline]
    fn matched(&mut self, key: &str, value: &str) {
        self.0.replace(key, value);
    }
    #[inline]
    fn matched_char(&mut self, key: &str, value: char) {
        self.0.replace_char(key, value);
    }
}

/// The segmentation scan: a matched segment takes its precomputed chain output; unmatched stretches run the
/// chain.
struct Segments<'a, O: ChainOut> {
    chain: &'a [&'static Dict],
    gap_chars_only: bool,
    gap_composite: Option<&'static Dict>,
    out: &'a mut O,
}

impl<O: ChainOut> Handler for Segments<'_, O> {
    #[inline]
    fn gap(&mut self, text: &str) {
        match self.gap_composite {
            Some(g) if !has_ids_operator(text) => scan(g, text, &mut Stage(self.out), false),
            _ => self.out.chain(self.chain, text, self.gap_chars_only),
        }
    }
    #[inline]
    fn matched(&mut self, key: &str, value: &str) {
        self.out.replace(key, value);
    }
    #[inline]
    fn matched_char(&mut self, key: &str, value: char) {
        self.out.replace_char(key, value);
    }
}

fn run_chain<O: ChainOut>(stages: &[&'static Dict], text: &str, out: &mut O) {
    out.chain(stages, text, false)
}

/// Plain output with scratch buffers for multi-stage chains.
struct Plain {
    out: String,
    scratch: [String; 2],
}

impl Plain {
    fn with_capacity(n: usize) -> Plain {
        Plain {
            out: String::with_capacity(n),
            scratch: [String::new(), String::new()],
        }
    }
}

impl Out for Plain {
    #[inline]
    fn copy(&mut self, s: &str) {
        self.out.push_str(s);
    }
    #[inline]
    fn replace(&mut self, _src: &str, dst: &str) {
        self.out.push_str(dst);
    }
    #[inline]
    fn replace_char(&mut self, _src: &str, dst: char) {
        self.out.push(dst);
    }
}

impl ChainOut for Plain {
    fn chain(&mut self, stages: &[&'static Dict], text: &str, first_chars_only: bool) {
        match stages {
            [] => self.out.push_str(text),
            [only] => scan_plain(only, text, &mut self.out, first_chars_only),
            [first, middle @ .., last] => {
                let [a, b] = &mut self.scratch;
                a.clear();
                scan_plain(first, text, a, first_chars_only);
                for d in middle {
                    b.clear();
                    scan_plain(d, a, b, false);
                    std::mem::swap(a, b);
                }
                scan_plain(last, a, &mut self.out, false);
            }
        }
    }

    fn segmented(&mut self, seg: &'static Dict, gap: &'static Dict, text: &str) {
        scan_segmented_plain(seg, gap, text, &mut self.out)
    }
}

/// Output with an offset map.
#[derive(Default)]
struct Mapped {
    out: String,
    map: OffsetMapBuilder,
}

impl Mapped {
    fn finish(self) -> (String, OffsetMap) {
        (self.out, self.map.finish())
    }
}

impl Out for Mapped {
    fn copy(&mut self, s: &str) {
        self.out.push_str(s);
        self.map.copy(s.len());
    }
    fn replace(&mut self, src: &str, dst: &str) {
        self.out.push_str(dst);
        self.map.push_str_pair(src, dst);
    }
}

impl ChainOut for Mapped {
    fn chain(&mut self, stages: &[&'static Dict], text: &str, first_chars_only: bool) {
        match stages {
            [] => self.copy(text),
            [only] => scan(only, text, &mut Stage(self), first_chars_only),
            [first, rest @ ..] => {
                let mut m = Mapped::default();
                scan(first, text, &mut Stage(&mut m), first_chars_only);
                let (mut cur, mut map) = m.finish();
                for d in rest {
                    let mut m = Mapped::default();
                    scan(d, &cur, &mut Stage(&mut m), false);
                    let (next, next_map) = m.finish();
                    map = map.then(&next_map);
                    cur = next;
                }
                self.out.push_str(&cur);
                append_map(&mut self.map, &map);
            }
        }
    }
}

/// Appends the segments of `map` to `b`.
fn append_map(b: &mut OffsetMapBuilder, map: &OffsetMap) {
    let segs = map.segments();
    for (k, s) in segs.iter().enumerate() {
        let (ns, nt) = segs
            .get(k + 1)
            .map_or((map.source_len(), map.target_len()), |n| {
                (n.source, n.target)
            });
        if s.copy {
            b.copy(ns - s.source);
        } else {
            b.replace(ns - s.source, nt - s.target);
        }
    }
}

/// Bytes of the compiled dictionaries `config` uses: their tables embedded in the library (read in place,
/// no heap copy), plus the per-code-point table of each (512 KiB on the heap, built when the dictionary is
/// first used). This is the memory a process touches for them at most.
///
/// O(1) after the dictionaries are loaded (the first call loads them).
///
/// ```
/// let n = zoulang::convert::dictionary_bytes(zoulang::convert::Config::S2t);
/// assert!(n > 100_000);
/// ```
pub fn dictionary_bytes(config: Config) -> usize {
    let spec = &CONFIG_SPECS[config as usize];
    let mut ids: Vec<usize> = spec
        .normalization
        .iter()
        .chain(spec.chain)
        .copied()
        .chain(spec.segmentation)
        .chain(spec.gap_composite)
        .collect();
    ids.sort_unstable();
    ids.dedup();
    ids.into_iter()
        .map(|i| dict(i).embedded_bytes() + dict(i).heap_bytes())
        .sum()
}
