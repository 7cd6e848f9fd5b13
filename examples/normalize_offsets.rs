//! Find a term in normalised text and report where it is in the original, in bytes and in code points.
//!
//! Run: `cargo run --example normalize_offsets`

use zoulang::normalize::{NormalizeOptions, normalize_with_offsets};
use zoulang::{CharIndex, sample};

fn main() {
    let original = sample::NOISY;
    let (folded, map) = normalize_with_offsets(original, &NormalizeOptions::matching());
    println!("original: {original}\nfolded:   {folded}");
    let chars = CharIndex::new(original);
    for term in ["China-ASEAN", "中国-东盟", "Digital Corridor"] {
        let Some(i) = folded.find(term) else { continue };
        let span = map.to_source(i..i + term.len());
        println!(
            "{term:<18} bytes {:>3}..{:<3} code points {:>2}..{:<2} original {:?}",
            span.start,
            span.end,
            chars.to_char(span.start),
            chars.to_char(span.end),
            &original[span.clone()]
        );
    }
}
