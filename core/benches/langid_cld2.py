#!/usr/bin/env python3
"""CLD2 on the same held-out snippets as `cargo bench -p faro-core --bench langid`.

A reference figure only (CLD2 is not a dependency of Faro): `pip install pycld2`, then
`python3 core/benches/langid_cld2.py` (the project's own set, tests/langid/) or
`python3 core/benches/langid_cld2.py tests/langid-independent` (or `…/ui`) for the
independent sets. Snippets are cut exactly as the Rust benchmark cuts
them: the messages of a locale joined with single spaces and cut into consecutive windows of
exactly N characters (the last, shorter piece dropped); "whole messages" runs each line as typed.
"""
import pathlib
import sys

import pycld2

ROOT = pathlib.Path(__file__).resolve().parents[2]
LOCALES = ["en", "es", "fr", "pt", "ht", "fa", "ps", "ar", "ur", "hi", "bn", "ne", "zh-Hans", "am", "ti", "so"]
CLD2_TO_LOCALE = {"zh": "zh-Hans", "zh-Hant": "zh-Hans"}


def messages(path):
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            yield line


def snippets(msgs, n):
    chars = list(" ".join(msgs))
    return ["".join(chars[i:i + n]) for i in range(0, len(chars) - n + 1, n)]


def detect(text):
    try:
        _, _, details = pycld2.detect(text, bestEffort=True)
    except pycld2.error:
        return None
    code = details[0][1]
    return CLD2_TO_LOCALE.get(code, code)


def main():
    folder = ROOT / (sys.argv[1] if len(sys.argv) > 1 else "tests/langid")
    totals = {20: [0, 0], 40: [0, 0], 0: [0, 0]}
    print("locale\t20 chars\t40 chars\twhole messages")
    for locale in LOCALES:
        if not (folder / f"{locale}.txt").exists():
            continue
        row = []
        msgs = list(messages(folder / f"{locale}.txt"))
        for n in (20, 40, 0):
            cut = msgs if n == 0 else snippets(msgs, n)
            right = sum(detect(s) == locale for s in cut)
            totals[n][0] += right
            totals[n][1] += len(cut)
            row.append(f"{100 * right / len(cut):.1f}% ({len(cut)})")
        print(locale + "\t" + "\t".join(row))
    print("overall\t" + "\t".join(f"{100 * r / t:.1f}%" for r, t in totals.values()))
    if (folder / "unknown.txt").exists():
        unknown = list(messages(folder / "unknown.txt"))
        rejected = sum(detect(m) not in LOCALES for m in unknown)
        print(f"unknown.txt rejected: {rejected}/{len(unknown)}")


if __name__ == "__main__":
    sys.exit(main())
