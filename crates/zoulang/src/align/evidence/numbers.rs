//! Numbers across scripts: `２０４５` = `2045`, `14亿` = `1.4 billion`, `三十五` = `thirty-five`,
//! `10月` = `October`, `第三` = `third`.

use super::{Evidence, KeyKind, Side, TokenSink, key};

/// Number evidence (both sides): Arabic digits (ASCII and full width, with `.`/`,`), Chinese numerals with
/// 万/亿 multipliers, English number words and ordinals, and months.
#[derive(Debug, Clone, Copy, Default)]
pub struct NumberEvidence;

fn digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

fn han_digit(c: char) -> Option<u64> {
    Some(match c {
        '零' | '〇' => 0,
        '一' => 1,
        '二' | '两' | '兩' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

fn han_unit(c: char) -> Option<u64> {
    Some(match c {
        '十' => 10,
        '百' => 100,
        '千' => 1000,
        _ => return None,
    })
}

fn big_unit(c: char) -> Option<f64> {
    Some(match c {
        '万' | '萬' => 1e4,
        '亿' | '億' => 1e8,
        _ => return None,
    })
}

/// Canonical text of a value: integers without decimals, others with up to four.
fn canonical(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e18 {
        format!("{}", v as i64)
    } else {
        let s = format!("{v:.4}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// Value of a run of Chinese numerals (`三十五` → 35, `一百零二` → 102, `二〇四五` → 2045).
fn han_value(run: &[char]) -> u64 {
    let has_units = run.iter().any(|&c| han_unit(c).is_some());
    if !has_units {
        return run.iter().fold(0u64, |acc, &c| {
            acc.saturating_mul(10)
                .saturating_add(han_digit(c).unwrap_or(0))
        });
    }
    let (mut total, mut cur) = (0u64, 0u64);
    for &c in run {
        if let Some(d) = han_digit(c) {
            cur = d;
        } else if let Some(u) = han_unit(c) {
            total = total.saturating_add(if cur == 0 { 1 } else { cur }.saturating_mul(u));
            cur = 0;
        }
    }
    total.saturating_add(cur)
}

const EN_SMALL: &[(&str, u32)] = &[
    ("zero", 0),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("tenth", 10),
    ("dozen", 12),
];
const EN_MULT: &[(&str, f64)] = &[
    ("hundred", 1e2),
    ("thousand", 1e3),
    ("million", 1e6),
    ("billion", 1e9),
    ("trillion", 1e12),
];
const EN_MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Adds the number tokens of `text`.
fn scan(text: &str, sink: &mut TokenSink) {
    let chars: Vec<char> = text.chars().collect();
    let n = chars.len();
    let mut i = 0;
    // English number words are gathered word by word: (value so far, current group).
    let mut en: Option<(f64, f64)> = None;
    let flush = |en: &mut Option<(f64, f64)>, sink: &mut TokenSink| {
        if let Some((t, c)) = en.take() {
            sink.push(&[key(KeyKind::Number, &canonical(t + c))]);
        }
    };
    while i < n {
        let c = chars[i];
        if digit(c).is_some() {
            let mut s = String::new();
            while i < n {
                let c = chars[i];
                if let Some(d) = digit(c) {
                    s.push(char::from_digit(d, 10).unwrap_or('0'));
                } else if matches!(c, '.' | '．' | ',')
                    && i + 1 < n
                    && digit(chars[i + 1]).is_some()
                {
                    if c != ',' {
                        s.push('.');
                    }
                } else {
                    break;
                }
                i += 1;
            }
            let v: f64 = s.parse().unwrap_or(0.0);
            if i < n && matches!(chars[i], '月') && (1.0..=12.0).contains(&v) {
                sink.push(&[key(KeyKind::Number, &format!("m{v}"))]);
                i += 1;
                continue;
            }
            if i < n
                && let Some(m) = big_unit(chars[i])
            {
                sink.push(&[key(KeyKind::Number, &canonical(v * m))]);
                i += 1;
                continue;
            }
            // "1.4 billion": digits then a multiplier word are one number.
            en = Some((0.0, v));
            continue;
        }
        if han_digit(c).is_some()
            || (han_unit(c).is_some() && c != '千')
            || (c == '千' && i + 1 < n && han_digit(chars[i + 1]).is_some())
        {
            let start = i;
            while i < n && (han_digit(chars[i]).is_some() || han_unit(chars[i]).is_some()) {
                i += 1;
            }
            let run = &chars[start..i];
            let ordinal = start > 0 && chars[start - 1] == '第';
            if run == ['一'] && !ordinal {
                continue;
            }
            let mut v = han_value(run) as f64;
            if i < n && chars[i] == '月' && (1.0..=12.0).contains(&v) {
                sink.push(&[key(KeyKind::Number, &format!("m{v}"))]);
                i += 1;
                continue;
            }
            while i < n
                && let Some(m) = big_unit(chars[i])
            {
                v *= m;
                i += 1;
            }
            sink.push(&[key(KeyKind::Number, &canonical(v))]);
            continue;
        }
        if c.is_ascii_alphabetic() {
            let start = i;
            while i < n && chars[i].is_ascii_alphabetic() {
                i += 1;
            }
            let w: String = chars[start..i]
                .iter()
                .map(|c| c.to_ascii_lowercase())
                .collect();
            if let Some(&(_, v)) = EN_SMALL.iter().find(|(s, _)| *s == w) {
                let (t, cur) = en.unwrap_or((0.0, 0.0));
                en = Some((t, cur + f64::from(v)));
            } else if let Some(&(_, m)) = EN_MULT.iter().find(|(s, _)| *s == w) {
                let (t, cur) = en.unwrap_or((0.0, 1.0));
                let cur = if cur == 0.0 { 1.0 } else { cur };
                en = Some(if m >= 1e3 {
                    (t + cur * m, 0.0)
                } else {
                    (t, cur * m)
                });
            } else if w == "and" && en.is_some() {
            } else {
                flush(&mut en, sink);
                if let Some(m) = EN_MONTHS.iter().position(|&mo| !mo.is_empty() && mo == w) {
                    sink.push(&[key(KeyKind::Number, &format!("m{}", m + 1))]);
                }
            }
            continue;
        }
        if !(c == '-' || c == ' ') {
            flush(&mut en, sink);
        }
        i += 1;
    }
    flush(&mut en, sink);
}

impl Evidence for NumberEvidence {
    fn name(&self) -> &str {
        "numbers"
    }

    fn tokens(&self, sentence: &str, _side: Side, sink: &mut TokenSink) {
        scan(sentence, sink);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(text: &str) -> Vec<u64> {
        let mut sink = TokenSink::default();
        scan(text, &mut sink);
        sink.keys
    }

    fn same(a: &str, b: &str) {
        assert_eq!(keys(a), keys(b), "{a} vs {b}");
        assert!(!keys(a).is_empty(), "{a}");
    }

    #[test]
    fn numbers_meet_across_scripts() {
        same("人口14億", "1.4 billion people");
        same("14亿人", "1,400,000,000");
        same("2045年", "in ２０４５");
        same("二〇四五年", "2045");
        same("10月", "in October");
        same("十月", "October");
        same("三十五个人", "thirty-five people");
        same("第三", "the third");
        same("一百零二", "102");
        same("3.0版", "version 3.0");
        same("5万", "fifty thousand");
    }

    #[test]
    fn lone_yi_and_plain_text_give_nothing() {
        assert!(keys("一个人").is_empty());
        assert!(keys("nothing here").is_empty());
    }
}
