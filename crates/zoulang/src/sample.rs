//! A short built-in bilingual sample for demos, examples and notebooks.
//!
//! Written for zoulang (not taken from any publication); the events and figures are illustrative only.
//! The Chinese and English paragraphs are translations of each other, sentence by sentence, except that
//! the English merges the Chinese sentences 4 and 5 into one.
//!
//! ```
//! assert!(zoulang::sample::ZH_HANS.contains("中国—东盟"));
//! assert_eq!(zoulang::sample::MULTILINGUAL.len(), 11);
//! ```

/// Simplified Chinese paragraph (six sentences).
pub const ZH_HANS: &str = "广西南宁正在建设面向东盟的人工智能合作中心。\
2025年，中国—东盟信息港把老挝、越南和泰国的数据中心连接起来。\
来自马来西亚和印度尼西亚的企业代表参加了中国—东盟博览会。\
一位越南工程师说：“人工智能让合作更高效。”\
他还说，DeepSeek等开源模型降低了成本。\
明年，柬埔寨和缅甸的大学也将加入这个项目。";

/// English translation of [`ZH_HANS`] (five sentences: the fourth translates Chinese sentences 4 and 5).
pub const EN: &str = "Nanning, in Guangxi, is building an AI cooperation centre for ASEAN. \
In 2025, the China–ASEAN Information Harbor linked data centres in Laos, Vietnam and Thailand. \
Business representatives from Malaysia and Indonesia attended the China-ASEAN Expo. \
\"AI makes cooperation more efficient, and open models such as DeepSeek have cut costs,\" said a Vietnamese engineer. \
Next year, universities in Cambodia and Myanmar will also join the project.";

/// One line per language, `(BCP-47 tag, text)`: the same idea ("China–ASEAN cooperation in artificial
/// intelligence") in each of zoulang's target languages.
pub const MULTILINGUAL: [(&str, &str); 11] = [
    (
        "en",
        "China and ASEAN are deepening cooperation in artificial intelligence.",
    ),
    ("zh-Hans", "中国与东盟正在深化人工智能领域的合作。"),
    ("zh-Hant", "中國與東盟正在深化人工智慧領域的合作。"),
    (
        "vi",
        "Trung Quốc và ASEAN đang tăng cường hợp tác về trí tuệ nhân tạo.",
    ),
    ("th", "จีนและอาเซียนกำลังกระชับความร่วมมือด้านปัญญาประดิษฐ์"),
    ("lo", "ຈີນ ແລະ ອາຊຽນ ກຳລັງເພີ່ມທະວີການຮ່ວມມືດ້ານປັນຍາປະດິດ"),
    ("km", "ចិន និងអាស៊ាន កំពុងពង្រឹងកិច្ចសហប្រតិបត្តិការលើបញ្ញាសិប្បនិម្មិត"),
    ("my", "တရုတ်နှင့် အာဆီယံသည် ဉာဏ်ရည်တုနယ်ပယ်တွင် ပူးပေါင်းဆောင်ရွက်မှုကို မြှင့်တင်နေသည်။"),
    (
        "ms",
        "China dan ASEAN sedang mengukuhkan kerjasama dalam bidang kecerdasan buatan kerana ia penting.",
    ),
    (
        "id",
        "Tiongkok dan ASEAN sedang memperkuat kerja sama di bidang kecerdasan buatan karena itu penting.",
    ),
    (
        "fil",
        "Pinalalalim ng Tsina at ng ASEAN ang pagtutulungan sa larangan ng artificial intelligence.",
    ),
];

/// A line with the variants normalisation folds: full-width letters and digits, an ideographic space,
/// dash and quote variants.
pub const NOISY: &str =
    "ＡＳＥＡＮ　２０２５：中国－东盟“数字走廊”与China–ASEAN ‘Digital Corridor’";
