#!/usr/bin/env python3
"""Writes the hand-made seed inputs of every fuzz target into fuzz/corpus/<target>/seed-*.

The fuzzers grow the corpus from these; `fuzz/run.sh` minimises it back to a small committed set.
Byte layout per target: see the `pub fn <target>` doc comments in fuzz/src/checks/.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

TEXTS = [
    "广西南宁正在建设面向东盟的人工智能合作中心。",
    "2025年，中国—东盟信息港把老挝、越南和泰国的数据中心连接起来。",
    "China–ASEAN “AI” hub, Nanning (Guangxi).",
    "資訊港 人工智慧 寮國",
    "Việt Nam Vie\u0302\u0323t",
    "ปัญญาประดิษฐ์ ลาว ພາສາລາວ ភាសាខ្មែរ မြန်မာ",
    "ＡＳＥＡＮ　２０２５，ｏｋ！￥ ｶﾞｷﾞ ﾡﾤ",
    "a \u00a0\t b\n\u3000c  \r\n",
    "\u1100\u314f \uac00\u3133 \u1100\uffc2 \u3131\u314f",
    "e\u0301\u0301\u0308 \u0345\u0300 \ufdfa \u00a8 \u2000x",
    "Bahasa Melayu dan Bahasa Indonesia; Filipino at Tagalog.",
    "日本語のテキスト、한국어 텍스트.",
]

TAGS = ["zh-TW", "zh_hk", "en-US", "vi-Latn-VN", "tl", "in", "cmn-Hans", "und", "klingon", "-", " ZSM ", "zh-Hant-TW-x-private"]


def write(target, name, data):
    d = os.path.join(HERE, "corpus", target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "seed-" + name), "wb") as f:
        f.write(data)


def main():
    for i, t in enumerate(TEXTS):
        b = t.encode()
        # normalize: option bytes (form/width, folds) then text; spread over the combinations.
        write("normalize", f"{i:02}", bytes([(i * 7) % 15, i % 8]) + b)
        write("script_profile", f"{i:02}", b)
    write("normalize", "invalid-utf8", b"\x02\x07ab\xffc\xe4\xb8")
    for i, t in enumerate(TAGS):
        write("language_tag", f"{i:02}", t.encode())
    for i, t in enumerate(TEXTS + ["Kerajaan Malaysia akan membincangkan perkara ini kerana ia penting.", "The sign said ยินดีต้อนรับ and we went in.", "华为Huawei发布了新的人工智能平台", "\u1019\u103b\u1014\u103a\u1019\u102c \u1031\u1011\u1037"]):
        write("detect", f"{i:02}", bytes([i % 6]) + t.encode())
    zh = ["广西南宁正在建设面向东盟的人工智能合作中心。", "2025年，中国—东盟信息港把老挝、越南和泰国的数据中心连接起来。", "来自马来西亚和印度尼西亚的企业代表参加了中国—东盟博览会。"]
    en = ["Nanning in Guangxi is building an AI cooperation centre for ASEAN.", "In 2025 the China-ASEAN Information Harbor linked data centres in Laos, Vietnam and Thailand.", "Business leaders from Malaysia and Indonesia attended the China-ASEAN Expo."]
    for i, (a, b) in enumerate([(zh, en), (zh, en[:1]), (zh, []), ([], en), (zh[:2], en + en), (["", "", ""], [""])]):
        doc = ("\n".join(a) + "\0" + "\n".join(b)).encode()
        write("align", f"{i:02}", bytes([i % 6, (i * 37) % 256, i * 9 % 64]) + doc)
    for i, t in enumerate(["[0]:[0]\n[1,2]:[1]\n[]:[2]\n[3]:[]\n", "[0, 1]:[0]\n\n[2]:[1, 2, 3]\n", "[0]:[x]\n", "0:0\n", "[99999999999999999999]:[0]\n"]):
        write("alignments", f"{i:02}", t.encode())
    for i, t in enumerate(TEXTS + ["干部 Guangxi 🙂 里面 著名 乾隆 髮 發 只有 一只 么 麼", "漢字轉換 資訊港 人工智慧 寮國 「引號」『書名』"]):
        write("convert", f"{i:02}", bytes([i * 5 % 16, i % 32]) + t.encode())
    sentences = ["Dr. Tan lives in Kuala Lumpur. She works at Petronas Sdn. Bhd. today.", "广西与东盟合作。2025年，论坛在南宁举行！“好吗？”他问。", "He met Dr. Lee at 5 p.m. on Friday. They talked...\nNext line", "ปัญญาประดิษฐ์ ลาว ພາສາລາວ។ ភាសាខ្មែរ။ မြန်မာ", "Việt Nam (VN) 1.5 tỷ. Ông A.B. Nguyễn; bà C.", "我们明天一起去看《摔跤吧！爸爸》好吗？好！", "1. First\n2. Second\n\nThird."]
    for i, t in enumerate(sentences):
        for k in range(0, 18, 3):
            write("segment", f"{i}-{k}", bytes([k + i % 3, i % 8]) + t.encode())
    # glossary_read: format byte (0 tsv, 1 csv, 2 omegat, 3 json, 4 tbx) then the file (from tests/data/glossary/).
    data = os.path.join(HERE, "..", "tests", "data", "glossary")
    for name, k in [("sample.tsv", 0), ("sample_cat.csv", 1), ("sample_omegat.txt", 2), ("sample.tbx", 4), ("legacy_martif.tbx", 4)]:
        with open(os.path.join(data, name), "rb") as f:
            write("glossary_read", name, bytes([k]) + f.read()[:3500])
    write("glossary_read", "json", b'\x03{"concepts":[{"id":"laos","category":"country","status":"confirmed","terms":[{"text":"Laos","lang":"en","kind":"preferred"},{"text":"\xe8\x80\x81\xe6\x8c\x9d","lang":"zh-Hans","kind":"preferred"},{"text":"\xe5\xaf\xae\xe5\x9c\x8b","lang":"zh-Hant","region":"TW","kind":"preferred"}],"notes":["n"],"sources":[]}]}')
    for i, t in enumerate(TEXTS + ["Tiếng Lào: ລາວ, 寮國 and ASEAN\nChina-ASEAN Expo 中国—东盟博览会 Laos 老撾"]):
        write("glossary_find", f"{i:02}", t.encode())
    # offset_map: mode byte (even = raw segments, odd = edit scripts), then bytes.
    write("offset_map", "raw", bytes([0, 0, 0, 1, 3, 3, 0, 5, 4, 1, 4, 3]))
    write("offset_map", "edits", bytes([1, 1, 0x33, 0, 0x12, 1, 0x44, 0, 0x20, 1, 2, 0, 0x31, 1, 5]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
