//! Sentence ends in Thai and Lao: both are written without sentence punctuation, and a space marks where a
//! sentence *or* a clause ends. This is a small hand-weighted linear model over a space and its context.
//! It decides Lao spaces; for Thai its score is one feature of the trained model in thai_model.rs.
//!
//! - how long the sentence is so far (a sentence is rarely shorter than a few words),
//! - how long the chunk after the space is,
//! - the word just before the space (clause-linking words such as ว่า "that", ที่ "which", เช่น "such as"
//!   rarely end a sentence; particles such as ครับ, ค่ะ, แล้ว often do),
//! - the word just after the space (conjunctions and prepositions such as และ "and", ซึ่ง "which", เพื่อ "in
//!   order to" continue a sentence; ส่วน "as for", นอกจากนี้ "besides", หาก "if", pronouns often start one),
//! - digits and abbreviation periods next to the space (dates, `พ.ศ. 2567`, `ดร. …`).
//!
//! The word lists and weights were written for zoulang from Thai and Lao grammar (conjunctions, relative
//! markers, prepositions and sentence-final particles); no corpus was copied. Their F1 on held-out text is
//! reported in benches/README.md. Each decision is O(1): it reads at most ~48 characters around the space.

use super::chars::{char_before, is_closer, is_digit};

/// Words that, after a space, continue the sentence (weight: how strongly).
const TH_CONTINUE_AFTER: &[(&str, f32)] = &[
    ("และ", 2.5),
    ("หรือ", 1.6),
    ("ที่", 2.5),
    ("ซึ่ง", 0.5),
    ("เพื่อ", 2.5),
    ("โดย", 0.9),
    ("เช่น", 2.5),
    ("คือ", 2.5),
    ("ว่า", 2.5),
    ("จึง", 1.5),
    ("ได้", 1.5),
    ("เป็น", 1.2),
    ("ของ", 2.5),
    ("ใน", 1.0),
    ("จาก", 0.0),
    ("กับ", 2.0),
    ("แก่", 2.0),
    ("ให้", 1.5),
    ("ก็", 2.0),
    ("ๆ", 3.0),
    ("ถึง", 0.2),
    ("รวม", 1.2),
    ("ทาง", 1.8),
    ("ตาม", 1.2),
    ("จน", 1.5),
    ("ด้วย", 1.5),
    ("แล้ว", 1.5),
    ("อยู่", 1.5),
    ("ต่อ", 1.0),
    ("ไว้", 2.0),
    ("นั้น", 2.0),
    ("นี้", 2.0),
    ("อีก", 1.0),
    ("แห่ง", 2.0),
    ("ณ", 2.0),
    ("ตั้งแต่", 1.5),
    ("ระหว่าง", 1.0),
    ("ประมาณ", 1.5),
    ("กว่า", 2.0),
    ("จำนวน", 1.0),
    ("พ.ศ.", 2.5),
    ("ค.ศ.", 2.5),
    ("ปี", 1.0),
    ("ได้แก่", 2.5),
    ("อันดับ", 1.0),
    ("เมื่อวันที่", 1.0),
    ("แต่", 0.0),
    ("จุด", 2.0),
    ("ไม่", 1.0),
    ("ก่อน", 1.0),
    ("เพราะ", 0.0),
    // Lao.
    ("ແລະ", 2.5),
    ("ຫຼື", 2.5),
    ("ທີ່", 2.5),
    ("ຊຶ່ງ", 1.2),
    ("ເຊິ່ງ", 1.2),
    ("ເພື່ອ", 2.5),
    ("ໂດຍ", 1.2),
    ("ເຊັ່ນ", 2.5),
    ("ຄື", 2.0),
    ("ວ່າ", 2.5),
    ("ຂອງ", 2.5),
    ("ໃນ", 1.0),
    ("ຈາກ", 0.8),
    ("ກັບ", 2.0),
    ("ໃຫ້", 1.5),
    ("ກໍ່", 2.0),
    ("ໆ", 3.0),
    ("ປະຈຳ", 2.0),
    ("ພ້ອມ", 1.0),
    ("ລວມ", 1.5),
    ("ໄດ້", 1.5),
    ("ເປັນ", 1.2),
];

/// Words that, after a space, often start a new sentence.
const TH_START_AFTER: &[(&str, f32)] = &[
    ("ส่วน", 2.0),
    ("นอกจาก", 2.0),
    ("หาก", 1.0),
    ("ดังนั้น", 0.7),
    ("แม้", 1.6),
    ("ถ้า", 1.0),
    ("สำหรับ", 2.0),
    ("บาง", 2.0),
    ("เมื่อ", 0.7),
    ("ปัจจุบัน", 1.8),
    ("อย่างไรก็ตาม", 2.0),
    ("ทั้งนี้", 2.0),
    ("ต่อมา", 1.5),
    ("จากนั้น", 1.2),
    ("หลังจาก", 1.0),
    ("ฉัน", 1.0),
    ("ผม", 1.0),
    ("เขา", 1.0),
    ("เรา", 0.8),
    ("ดิฉัน", 1.2),
    ("คุณ", 0.6),
    ("ท่าน", 0.5),
    ("พวก", 0.6),
    ("ขณะ", 0.6),
    ("ซึ่ง", 0.0),
    ("ราศี", 1.5),
    ("อาหาร", 0.5),
    ("ควร", 0.8),
    ("สิ่ง", 0.6),
    ("นอกจากนี้", 1.0),
    ("โดยเฉพาะ", 0.5),
    ("ในปัจจุบัน", 1.0),
    ("ในที่สุด", 1.0),
    ("จาก", 0.3),
    ("ถึงแม้", 1.5),
    ("ถ้าหาก", 1.2),
    ("ไม่ว่า", 1.0),
    ("เพราะ", 0.4),
    ("ในบาง", 1.0),
    // Lao.
    ("ຈາກນັ້ນ", 1.5),
    ("ນອກຈາກນີ້", 1.5),
    ("ສ່ວນ", 1.5),
    ("ເມື່ອ", 0.8),
    ("ໃນໂອກາດ", 1.5),
    ("ຕໍ່ມາ", 1.5),
];

/// Words that, before a space, link to what follows (a sentence rarely ends on them).
const TH_CONTINUE_BEFORE: &[(&str, f32)] = &[
    ("ว่า", 2.0),
    ("ที่", 2.5),
    ("เช่น", 3.0),
    ("คือ", 2.5),
    ("ถึง", 1.2),
    ("และ", 3.0),
    ("หรือ", 2.5),
    ("เป็น", 2.0),
    ("การ", 1.5),
    ("ของ", 2.5),
    ("ได้แก่", 3.0),
    ("ซึ่ง", 2.5),
    ("โดย", 2.5),
    ("ใน", 2.0),
    ("จาก", 1.5),
    ("กับ", 2.0),
    ("ให้", 1.5),
    ("แก่", 2.0),
    ("ณ", 3.0),
    ("ความ", 2.0),
    ("ปี", 2.0),
    ("พ.ศ.", 3.0),
    ("ค.ศ.", 3.0),
    ("จังหวัด", 2.0),
    ("ชาว", 2.0),
    ("นาย", 2.5),
    ("นาง", 2.5),
    ("ดร.", 3.0),
    ("เดือน", 1.5),
    ("วันที่", 2.0),
    ("ครั้งที่", 2.0),
    ("ตั้งแต่", 2.0),
    ("ระหว่าง", 2.0),
    ("แต่", 2.0),
    ("เพราะ", 2.0),
    ("ทั้ง", 1.5),
    ("ต่างๆ", 0.3),
    ("นั้น", 0.3),
    ("เรื่อง", 1.5),
    ("เมือง", 1.5),
    ("ธรรม", 1.0),
    // Lao.
    ("ວ່າ", 2.0),
    ("ທີ່", 2.5),
    ("ແລະ", 3.0),
    ("ຫຼື", 2.5),
    ("ເປັນ", 2.0),
    ("ຂອງ", 2.5),
    ("ໂດຍ", 2.5),
    ("ທ່ານ", 2.5),
    ("ທ່ານນາງ", 2.5),
    ("ປະຈຳ", 2.0),
    ("ສປປ", 3.0),
    ("ວັນທີ", 2.0),
    ("ຄັ້ງທີ", 2.0),
];

/// Words that, before a space, often end a sentence (particles, completive verbs).
const TH_END_BEFORE: &[(&str, f32)] = &[
    ("ครับ", 2.5),
    ("ค่ะ", 2.5),
    ("คะ", 2.0),
    ("นะ", 1.5),
    ("จ้ะ", 2.0),
    ("จ้า", 2.0),
    ("เลย", 1.5),
    ("ด้วย", 1.8),
    ("แล้ว", 0.2),
    ("กัน", 0.8),
    ("มาก", 1.0),
    ("ได้", 1.0),
    ("นี้", 0.7),
    ("เอง", 0.3),
    ("ต่อไป", 2.0),
    ("ไหม", 2.0),
    ("หรือเปล่า", 2.0),
    ("เท่านั้น", 1.2),
    ("ขึ้น", 0.5),
    ("อยู่", 0.5),
    ("ไป", 0.5),
    ("มา", 0.5),
    ("ด้วยกัน", 1.0),
    ("เช่นกัน", 1.5),
    ("ไทย", 0.8),
    ("เดียว", 1.2),
    ("น้อย", 1.2),
    // Lao.
    ("ແລ້ວ", 0.8),
    ("ດ້ວຍ", 1.0),
    ("ເຂົ້າຮ່ວມ", 1.0),
    ("ນໍາ", 0.3),
];

/// Bias (set on the first half of the development sentences; F1 is flat between 0.4 and 0.9).
/// Extra evidence a bare space in Lao text needs (Lao text mostly ends sentences with `.`).
const LAO_PENALTY: f32 = 1.5;

const BIAS: f32 = 0.5;

/// The weight of the longest listed word that `fits` (a prefix or a suffix test), 0 when none does.
fn best(list: &[(&str, f32)], fits: impl Fn(&str) -> bool) -> f32 {
    let mut best: (usize, f32) = (0, 0.0);
    for &(w, wt) in list {
        if w.len() > best.0 && fits(w) {
            best = (w.len(), wt);
        }
    }
    best.1
}

/// Whether the space at `pos` (the first whitespace byte; the text resumes at `next`) ends a sentence that
/// started at `start`. O(1): reads a bounded window.
///
/// Lao, unlike Thai, usually ends sentences with a period; a bare space there needs stronger evidence.
pub(crate) fn is_boundary(text: &str, pos: usize, start: usize, next: usize, lao: bool) -> bool {
    score(text, pos, start, next) - if lao { LAO_PENALTY } else { 0.0 } > 0.0
}

/// Bytes read on each side of a space (about 40 Thai characters).
pub(crate) const WINDOW: usize = 120;

/// The text before the space at `pos` (back to the sentence `start`, at most [`WINDOW`] bytes) and after
/// it from `next` (at most [`WINDOW`] bytes), cut on character boundaries. O(1).
pub(crate) fn context(text: &str, pos: usize, start: usize, next: usize) -> (&str, &str) {
    let mut lo = pos.saturating_sub(WINDOW).max(start.min(pos));
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let mut hi = (next + WINDOW).min(text.len());
    while !text.is_char_boundary(hi) {
        hi -= 1;
    }
    (&text[lo..pos], &text[next.min(hi)..hi])
}

/// The model's score (positive: a sentence ends at the space).
pub(crate) fn score(text: &str, pos: usize, start: usize, next: usize) -> f32 {
    let (left_all, right_all) = context(text, pos, start, next);
    // The chunk before the space back to the previous space, and the one after up to the next (a line
    // break ends it too, so a decision never reads into the next paragraph).
    let left = left_all.rsplit(' ').next().unwrap_or(left_all);
    let right = right_all
        .split([' ', '\t', '\n', '\r'])
        .next()
        .unwrap_or(right_all);
    let left = left.trim_end_matches(is_closer);
    let right = right.trim_start_matches(['"', '“', '(']);

    let mut s = BIAS;
    // Sentence length so far, in characters (capped by the window).
    let so_far = if pos - start > WINDOW {
        usize::MAX
    } else {
        text[start..pos].chars().count()
    };
    s += match so_far {
        0..=9 => -2.5,
        10..=19 => -1.2,
        20..=34 => -0.3,
        35..=79 => 0.3,
        _ => 0.8,
    };
    let right_len = right.chars().count();
    if right_len < 4 {
        s -= 1.0;
    }
    let left_len = left.chars().count();
    if left_len < 4 {
        s -= 0.6;
    }
    s -= best(TH_CONTINUE_AFTER, |w| right.starts_with(w));
    s += best(TH_START_AFTER, |w| right.starts_with(w));
    s -= best(TH_CONTINUE_BEFORE, |w| left.ends_with(w));
    s += best(TH_END_BEFORE, |w| left.ends_with(w));
    if left.ends_with('.') || char_before(text, pos).is_some_and(is_digit) {
        s -= 1.5;
    }
    // ฯ abbreviates (กรุงเทพฯ); a list after เช่น / ได้แก่ ("such as") goes on with short items.
    if left.ends_with('ฯ') {
        s -= 0.8;
    }
    if right_len < 12 && (left_all.contains("เช่น") || left_all.contains("ได้แก่"))
    {
        s -= 1.5;
    }
    if right.chars().next().is_some_and(is_digit) {
        s -= 1.5;
    }
    s
}
