#!/usr/bin/env python3
"""Cut the packaged training text (core/data/langid/packaged/<locale>.txt) from the gettext
catalogs that Debian 12 packages install under /usr/share/locale/<lang>/LC_MESSAGES/.

    python3 core/data/langid/packaged/extract.py        # rewrites every <locale>.txt

Only the catalogs in CATALOGS are read: translations of GNOME libraries and Debian tools, all
under GPL-2+, LGPL-2+ or LGPL-2.1+ (Linux-PAM: BSD-3-clause or GPL), so the text can be
compiled into Faro (AGPL-3.0-or-later). iso-codes is left out: its catalogs are country and
language names, not language.

Each translated string has its format codes, accelerators and markup removed; strings with
fewer than 3 letters, under 80 % of their letters in the locale's script, left untranslated
(equal to the English original) or repeated are dropped, and so is any string that is also a
line of a held-out set (tests/langid*/), so the held-out sets stay unseen. Every k-th of the
rest, in catalog order, is kept so that about CAP[locale] characters remain.
"""
import gettext
import pathlib
import re
import subprocess

ROOT = pathlib.Path(__file__).resolve().parents[4]
OUT = pathlib.Path(__file__).resolve().parent
LOCALE_DIR = pathlib.Path("/usr/share/locale")
CATALOGS = [
    "glib20", "gtk20", "gtk20-properties", "gdk-pixbuf", "at-spi2-core",
    "gsettings-desktop-schemas", "Linux-PAM", "software-properties", "PackageKit", "appstream",
    "apt", "libapt-pkg6.0", "dpkg", "python-apt", "xdg-user-dirs", "shared-mime-info",
]
# Faro's locale -> Debian's catalog folder, for the locales where text by other hands was
# measured to help (docs/benchmarks/langid.md): the Latin-script languages whose neighbours
# short text confuses, Hindi and Nepali, and Amharic against Tigrinya (which has no catalogs).
# Persian, Pashto, Arabic and Urdu gained nothing measurable and Bengali and Chinese are told
# by their script alone, so they get none and the binary stays smaller. English is the
# catalogs' own source text: the untranslated originals (msgid) of the French catalogs,
# written by the programs' developers.
DEBIAN = {
    "en": "fr", "es": "es", "fr": "fr", "pt": "pt_BR", "hi": "hi", "ne": "ne", "am": "am",
}
# Languages Faro does not serve but that share the Latin script, for the rejection classes
# beside ../other/*.txt: Vietnamese had no class and came out as French. Kept as small as the
# other rejection texts.
OTHER = {"vi": "vi"}
CAP = {locale: 12000 for locale in DEBIAN} | {"en": 40000, "es": 60000, "fr": 40000, "pt": 60000, "vi": 2500}
SCRIPTS = {
    "latin": lambda c: c.isascii() or 0xC0 <= ord(c) <= 0x24F or 0x1E00 <= ord(c) <= 0x1EFF,
    "devanagari": lambda c: 0x0900 <= ord(c) <= 0x097F,
    "ethiopic": lambda c: 0x1200 <= ord(c) <= 0x139F,
}
SCRIPT = {
    "vi": "latin", "en": "latin", "es": "latin", "fr": "latin", "pt": "latin", "hi": "devanagari",
    "ne": "devanagari", "am": "ethiopic",
}


def clean(text):
    text = re.sub(r"<[^>]+>", " ", text)  # markup
    text = re.sub(r"%(\d+\$)?[-+ #0]*\d*(\.\d+)?(l|ll|z|h)?[a-zA-Z%]|\{\w*\}|\$\{?\w+\}?", " ", text)
    text = re.sub(r"_(?=\w)|&(?=\w)|\([_&]\w\)|\\[nt]", "", text)  # accelerators, escapes
    return re.sub(r"\s+", " ", text).strip()


def held_out_lines():
    lines = set()
    for path in ROOT.glob("tests/langid*/**/*.txt"):
        for line in path.read_text(encoding="utf-8").splitlines():
            lines.add(line.strip().lower())
    return lines


def package_of(path):
    found = subprocess.run(["dpkg", "-S", str(path)], capture_output=True, text=True).stdout
    package = found.split(":")[0]
    version = subprocess.run(
        ["dpkg-query", "-W", "-f=${Version}", package], capture_output=True, text=True
    ).stdout
    return f"{package} {version}"


def main():
    unseen = held_out_lines()
    for locale, folder in (DEBIAN | OTHER).items():
        is_native = SCRIPTS[SCRIPT[locale]]
        seen, kept, used = set(), [], []
        for name in CATALOGS:
            path = LOCALE_DIR / folder / "LC_MESSAGES" / f"{name}.mo"
            if not path.exists():
                continue
            used.append(f"{name} ({package_of(path)})")
            with path.open("rb") as file:
                catalog = gettext.GNUTranslations(file)._catalog
            for key, value in catalog.items():
                original = key[0] if isinstance(key, tuple) else key
                if not original or not value or value == original:
                    continue
                text = clean(original if locale == "en" else value)
                letters = [c for c in text if c.isalpha()]
                if len(letters) < 3 or text in seen or text.lower() in unseen:
                    continue
                if sum(map(is_native, letters)) < 0.8 * len(letters):
                    continue
                seen.add(text)
                kept.append(text)
        step = max(1, sum(len(t) for t in kept) // CAP[locale])
        sample, total = [], 0
        for text in kept[::step]:
            sample.append(text)
            total += len(text) + 1
            if total >= CAP[locale]:
                break
        what = "English originals (msgid) of the" if locale == "en" else "Debian 12"
        header = f"# {what} gettext catalogs ({folder}), every {step}th of {len(kept)} strings: "
        header += ", ".join(used) + ". See README.md.\n"
        out = OUT.parent / "other" if locale in OTHER else OUT
        (out / f"{locale}.txt").write_text(header + "\n".join(sample) + "\n", encoding="utf-8")
        print(locale, len(kept), sum(len(t) for t in kept), "->", len(sample), total)


if __name__ == "__main__":
    main()
