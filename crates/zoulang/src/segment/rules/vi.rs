//! Vietnamese abbreviations (written for zoulang: administrative units, academic and professional titles).

use super::LangLists;

pub(crate) static LISTS: LangLists = LangLists {
    titles: &[
        "TP", "Tp", "Th.S", "ThS", "TS", "PGS", "GS", "BS", "KS", "CN", "LS", "NSƯT", "NSND",
        "NXB", "TT", "Tx", "TX", "GS.TS", "PGS.TS", "TS.BS", "St",
    ],
    number_prefixes: &["Q", "P", "Tr", "tr", "Số", "số", "Đ", "K", "Ph"],
    abbreviations: &["v.v", "vv", "tp", "TT", "HN", "SG", "VN", "TW"],
    finals: &["v.v", "vv", "v.v.."],
    times: &["g", "h"],
    starters: &[
        "Tôi", "Chúng", "Họ", "Nó", "Anh", "Chị", "Ông", "Bà", "Cô", "Em", "Đó", "Đây", "Điều",
        "Những", "Các", "Khi", "Nhưng", "Và", "Sau", "Trong", "Theo", "Nếu", "Vì", "Tuy", "Hiện",
        "Năm", "Ngày", "Cũng", "Còn", "Thế", "Vậy", "Một", "Người", "Mọi", "Tại", "Với", "Do",
        "Để", "Bên", "Thật",
    ],
};
