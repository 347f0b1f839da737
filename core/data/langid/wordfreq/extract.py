#!/usr/bin/env python3
"""Cut the word-frequency training data (core/data/langid/wordfreq/<locale>.txt) from the
PyPI package wordfreq 3.1.1 (code Apache-2.0, data CC BY-SA 4.0; Robyn Speer).

    pip download --no-deps wordfreq==3.1.1 && unzip wordfreq-3.1.1-py3-none-any.whl
    pip install msgpack
    python3 core/data/langid/wordfreq/extract.py wordfreq/data

wordfreq's "small" lists give each word's frequency in centibels (cB): a word in bucket b
occurs 10^(-b/100) of the time, measured over Wikipedia, subtitles, news, books, web text and
social media together. The detector's features are n-grams inside words and whole words, so
word frequencies are exactly what it counts: a general-language profile to set beside the
project's own sentences and the packaged software strings.

Kept: words of at least one letter with a frequency of at least 10^-5 (cB <= MAX_CB),
one line per bucket: "<cB> <word> <word> ...".
"""
import gzip
import pathlib
import sys

import msgpack

MAX_CB = 500
LOCALES = {"en": "en", "es": "es", "fr": "fr", "pt": "pt"}


def main(data_dir):
    out_dir = pathlib.Path(__file__).resolve().parent
    for locale, code in LOCALES.items():
        path = pathlib.Path(data_dir) / f"small_{code}.msgpack.gz"
        buckets = msgpack.load(gzip.open(path), raw=False)[1:]
        lines = []
        for cb, words in enumerate(buckets[: MAX_CB + 1]):
            words = [w for w in words if any(c.isalpha() for c in w) and " " not in w]
            if words:
                lines.append(f"{cb} " + " ".join(words))
        header = (
            f"# wordfreq 3.1.1 (PyPI), data/small_{code}.msgpack.gz, words with cB <= {MAX_CB}"
            " (CC BY-SA 4.0); see ../README.md\n"
        )
        (out_dir / f"{locale}.txt").write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
        print(locale, sum(len(l.split()) - 1 for l in lines), "words")


if __name__ == "__main__":
    main(sys.argv[1])
