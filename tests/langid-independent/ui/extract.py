#!/usr/bin/env python3
"""Cut the UI held-out set (tests/langid-independent/ui/<locale>.txt) from Debian's
firefox-esr-l10n-* packages: the translated strings of Firefox's language packs (MPL-2.0).

    apt-get download firefox-esr-l10n-hi-in ...   # the packages named in SOURCES.md
    python3 tests/langid-independent/ui/extract.py hi firefox-esr-l10n-hi-in_*.deb
    python3 tests/langid-independent/ui/extract.py es firefox-esr-l10n-es-mx_*.deb \
        firefox-esr-l10n-en-gb_*.deb

Each message value of the .ftl, .properties and .dtd files is taken with its placeables,
markup and format codes removed; values with fewer than 3 letters, or under 80 % of their
letters in the locale's script, are dropped (untranslated English, bare brand names), as are
repeats, and so are values found word for word in the English (en-GB) language pack when it
is given as a reference (untranslated leftovers such as "Step In" in Latin-script locales).
Every k-th of the rest, in file order, is kept so that about TARGET characters remain:
a spread over the whole language pack rather than its first files.
"""
import pathlib
import re
import subprocess
import sys
import tempfile
import zipfile

TARGET = 6000
BRANDS = {"Firefox", "Mozilla", "Pocket", "Firefox Monitor", "Firefox Relay", "Mozilla VPN"}
SCRIPTS = {  # locale -> the letters that count as its script
    "en": "latin", "es": "latin", "fr": "latin", "pt": "latin",
    "ar": (0x0600, 0x06FF), "fa": (0x0600, 0x06FF), "ur": (0x0600, 0x06FF),
    "hi": (0x0900, 0x097F), "ne": (0x0900, 0x097F), "bn": (0x0980, 0x09FF),
    "zh-Hans": (0x4E00, 0x9FFF),
}


def native(locale, c):
    script = SCRIPTS[locale]
    if script == "latin":
        return c.isascii() or 0xC0 <= ord(c) <= 0x24F
    low, high = script
    return low <= ord(c) <= high


def clean(value):
    value = re.sub(r"\{[^}]*\}", " ", value)  # Fluent placeables
    value = re.sub(r"\*?\[[\w-]+\]", " ", value)  # Fluent variant keys: *[other], [one]
    value = re.sub(r"<[^>]+>", " ", value)  # markup
    value = re.sub(r"%(\d\$)?[sdS]|%\d|\$\w+|&\w+;|\\[nt]", " ", value)  # format codes, entities
    value = value.replace("&", "").replace("\\", "")
    return re.sub(r"\s+", " ", value).strip()


def values(root):
    for path in sorted(root.rglob("*")):
        if path.suffix not in (".ftl", ".properties", ".dtd"):
            continue
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.lstrip().startswith("#"):
                continue
            if path.suffix == ".dtd":
                match = re.match(r'\s*<!ENTITY\s+\S+\s+"(.*)">', line)
            else:
                match = re.match(r"\s*\.?[\w.\-]+\s*=\s*(.*)$", line)
            if match:
                yield clean(match.group(1))
            elif path.suffix == ".ftl" and line.startswith("    "):
                yield clean(line)  # continuation of a multi-line Fluent value


def pack_values(deb):
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        subprocess.run(["dpkg-deb", "-x", deb, tmp / "deb"], check=True)
        (xpi,) = (tmp / "deb").rglob("*.xpi")
        zipfile.ZipFile(xpi).extractall(tmp / "xpi")
        return list(values(tmp / "xpi"))


def main(locale, deb, reference=None):
    english = set(pack_values(reference)) if reference else set()
    seen, kept = set(), []
    for value in pack_values(deb):
        letters = [c for c in value if c.isalpha()]
        if len(letters) < 3 or value in seen or value in english or value in BRANDS:
            continue
        if sum(native(locale, c) for c in letters) < 0.8 * len(letters):
            continue
        seen.add(value)
        kept.append(value)
    step = max(1, sum(len(v) for v in kept) // TARGET)
    sample, total = [], 0
    for value in kept[::step]:
        sample.append(value)
        total += len(value) + 1
        if total >= TARGET:
            break
    out = pathlib.Path(__file__).with_name(f"{locale}.txt")
    header = f"# {pathlib.Path(deb).name}: every {step}th of {len(kept)} strings; see ../SOURCES.md\n"
    out.write_text(header + "\n".join(sample) + "\n", encoding="utf-8")
    print(out, len(sample), total)


if __name__ == "__main__":
    main(*sys.argv[1:])
