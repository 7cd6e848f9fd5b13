//! Times zoulang's sentence splitting (and, with `--words`, word segmentation) on one file, single thread,
//! and prints one JSON line: `{"tool":"zoulang","lang":..,"bytes":..,"seconds":..,"mb_per_s":..,"units":..}`.
//! Used by benches/segment_vs_peers.py to run zoulang beside pySBD and sentencex on the same input.
//!
//! `cargo run --release --example segment_timing -- FILE LANG [--words] [--repeat N]`
//!
//! With `--jsonl FILE LANG`, reads `{"text": ..}` per line and prints the JSON list of sentences per line
//! (for accuracy tables beside the peers).

use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(path), Some(lang)) = (args.first(), args.get(1)) else {
        eprintln!("usage: segment_timing FILE LANG [--words] [--repeat N]");
        std::process::exit(2);
    };
    if path == "--jsonl" {
        let (Some(file), Some(lang)) = (args.get(1), args.get(2)) else {
            eprintln!("usage: segment_timing --jsonl FILE LANG");
            std::process::exit(2);
        };
        let splitter = zoulang::SentenceSplitter::new(lang.as_str(), Default::default())?;
        for line in std::fs::read_to_string(file)?
            .lines()
            .filter(|l| !l.trim().is_empty())
        {
            let v: serde_json::Value = serde_json::from_str(line)?;
            let text = v["text"].as_str().unwrap_or_default();
            let out: Vec<String> = splitter.split(text).into_iter().map(|s| s.text).collect();
            println!("{}", serde_json::to_string(&out)?);
        }
        return Ok(());
    }
    if path == "--compare-jieba" {
        // Interleaved best-of-N: jieba-rs called directly vs zoulang on the same text, same process.
        let file = args
            .get(1)
            .expect("usage: segment_timing --compare-jieba FILE");
        let text = std::fs::read_to_string(file)?;
        let jieba = jieba_rs::Jieba::new();
        let seg = zoulang::WordSegmenter::new("zh-Hans")?;
        let _ = seg.segment("预热");
        let (mut j, mut z, mut s) = (f64::MAX, f64::MAX, f64::MAX);
        for _ in 0..30 {
            let t = Instant::now();
            std::hint::black_box(jieba.cut(&text, true).len());
            j = j.min(t.elapsed().as_secs_f64());
            let t = Instant::now();
            std::hint::black_box(seg.segment(&text).len());
            z = z.min(t.elapsed().as_secs_f64());
            let t = Instant::now();
            std::hint::black_box(seg.spans(&text).len());
            s = s.min(t.elapsed().as_secs_f64());
        }
        let mb = text.len() as f64 / 1e6;
        println!(
            "{{\"jieba_rs_mb_per_s\":{:.2},\"zoulang_segment_words_mb_per_s\":{:.2},\"zoulang_spans_mb_per_s\":{:.2},\"segment_words_over_jieba\":{:.3}}}",
            mb / j,
            mb / z,
            mb / s,
            z / j
        );
        return Ok(());
    }
    let words = args.iter().any(|a| a == "--words");
    let repeat: usize = args
        .iter()
        .position(|a| a == "--repeat")
        .and_then(|i| args.get(i + 1))
        .map_or(Ok(3), |s| s.parse())?;
    let text = std::fs::read_to_string(path)?;
    let splitter = zoulang::SentenceSplitter::new(lang.as_str(), Default::default())?;
    let segmenter = zoulang::WordSegmenter::new(lang.as_str())?;
    // Warm up (loads jieba's dictionary and ICU data once).
    let _ = segmenter.segment("中文 warm up");
    let mut best = f64::MAX;
    let mut units = 0;
    for _ in 0..repeat.max(1) {
        let t = Instant::now();
        units = if words {
            segmenter.segment(&text).len()
        } else {
            splitter.split(&text).len()
        };
        best = best.min(t.elapsed().as_secs_f64());
    }
    println!(
        "{{\"tool\":\"zoulang\",\"lang\":\"{lang}\",\"bytes\":{},\"seconds\":{best:.6},\"mb_per_s\":{:.2},\"units\":{units}}}",
        text.len(),
        text.len() as f64 / best / 1e6
    );
    Ok(())
}
