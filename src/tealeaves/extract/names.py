"""What a person's name looks like: romanised Chinese, Russian and other names.

The checks here are deliberately strict. A Chinese name given with its characters is only
accepted when its romanisation spells the characters' pinyin (which is what keeps "China
Military Science (中国军事科学)" from becoming a person); a Russian name given in Cyrillic is
accepted when a transliteration of the Cyrillic resembles the Latin form.
"""

from __future__ import annotations

import bisect
import difflib
import re
import unicodedata
from collections.abc import Iterator
from functools import cache, lru_cache
from importlib import resources

HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CYRILLIC = r"\u0400-\u04ff"
# A native name's brackets after a name: "(赵华胜)", "（金灿荣）", "[Дмитрий Песков]", "【王毅】"
BRACKETED = r"(?:[(（][^()（）]*[)）]|\[[^\[\]]*\]|【[^【】]*】)"
HAN_RUN = re.compile(f"[{HAN}]+")


def written_at(text: str, form: str) -> Iterator[int]:
    """Where ``form`` is written in ``text``, left to right and not overlapping: what
    ``re.finditer(re.escape(form), text)`` finds, with no pattern compiled per form (a
    pattern per name evicts the constant patterns from ``re``'s cache, which then are
    compiled again)."""
    if not form:
        yield from range(len(text) + 1)
        return
    at = text.find(form)
    while at >= 0:
        yield at
        at = text.find(form, at + len(form))


#: Common Chinese surnames in pinyin (single- and two-syllable).
CHINESE_SURNAMES: frozenset[str] = frozenset(
    """
    an ai bai ban bao bei bi bian bo cai cao cen chai chang chen cheng chi chu cui da dai deng
    di diao ding dong dou du duan fan fang fei feng fu gan gao ge geng gong gu guan guo han
    hao he hong hou hu hua huang ji jia jian jiang jiao jin jing kang ke kong kou kuang lai
    lan lang lei li lian liang liao lin ling liu long lou lu luo lv lyu ma mao mei meng mi
    miao min mo mu ni nie ning niu ou pan pang pei peng pi ping pu qi qian qiao qin qiu qu
    quan ran ren rong ruan shao shen sheng shi shu si song su sun tan tang tao teng tian
    tong tu wan wang wei wen weng wu xi xia xiang xiao xie xin xing xiong xu xuan xue yan
    yang yao ye yi yin ying you yu yuan yue yun zang zeng zha zhai zhan zhang zhao zheng
    zhong zhou zhu zhuang zhuo zou zuo ouyang sima zhuge shangguan situ dongfang huangfu
    """.split()  # noqa: SIM905 - a word list reads best as text
)

#: Given names (Russian and a few others) that mark a Latin-script word pair as a person.
GIVEN_NAMES: frozenset[str] = frozenset(
    """
    aleksandr alexander alexandr aleksei alexei alexey anatoly andrei andrey anton arkady
    artyom boris dmitri dmitry evgeny fyodor gennady georgy grigory igor ilya ivan kirill
    konstantin leonid maxim mikhail nikita nikolai nikolay oleg pavel pyotr roman ruslan
    semyon sergei sergey stanislav timofei vadim valery vasily viktor vitaly vladimir
    vladislav vyacheslav yaroslav yevgeny yevgen yuri yury alexandra anastasia anna darya
    ekaterina elena galina irina lyudmila maria marina natalia natalya olga svetlana tatiana
    tatyana valentina vera yekaterina yelena yulia donald joe joseph barack george bill
    hillary john james michael david robert richard thomas william henry emmanuel angela
    olaf boris rishi keir narendra shinzo fumio recep
    """.split()  # noqa: SIM905 - a word list reads best as text
)

#: Words that are never part of a person's name, even when capitalised.
NOT_NAME_WORDS: frozenset[str] = frozenset(
    """
    representative representatives trade envoy commissioner commerce treasury chancellor
    adviser advisor aide assistant undersecretary chairwoman chairperson counsellor counselor
    executive ceo founder cofounder co-founder are is was were has have had may might shall
    india japan korea pakistan iran turkey germany france britain poland kazakhstan uzbekistan
    kyrgyzstan tajikistan turkmenistan mongolia afghanistan vietnam indonesia brazil canada
    australia israel egypt italy spain belarus armenia azerbaijan
    a an the as and or but if so yet for nor of to in on at by from with without into onto
    about after before since while when where why how what who whom whose which that this
    these those there here then thus also even like unlike although though despite according
    per via however moreover meanwhile nevertheless furthermore indeed instead still perhaps
    he she it we they i you his her its our their my your him them us me mr mrs ms dr prof
    sir dame
    professor president premier minister ambassador chairman secretary general colonel
    admiral marshal captain lieutenant sergeant commander brigadier senator governor mayor
    spokesperson spokesman spokeswoman deputy vice moderator panelist panellist presenter
    interviewer
    director dean chief editor foreign defense defence state party chinese russian american
    british european soviet ukrainian indian japanese french german western eastern northern
    southern central new old great university institute academy centre center school college
    ministry council committee commission agency bureau office department association
    society foundation group times news daily review journal quarterly press post herald
    gazette tribune observer affairs studies union republic federation kingdom empire
    nations organisation organization army navy force forces mountains mountain river sea
    strait island islands east west north south asia europe africa america china russia
    beijing moscow washington taiwan ukraine kremlin zhongnanhai xinhua january february
    march april may june july august september october november december monday tuesday
    wednesday thursday friday saturday sunday desk staff staffs reporters reporter
    correspondent correspondents newsroom editors editorial team updated bureau wire
    endowment fund forum club bank corporation company inc ltd network service initiative
    program programme project summit conference treaty agreement pact accord war operation
    route road belt channel media magazine newspaper house hall institution parliament
    congress senate assembly duma court cabinet government administration pacific atlantic
    arctic baltic caucasus siberia eurasia eurasian indo security defense global international
    national world public policy strategic research relations economic political military
    photo image caption reuters associated agence france presse tass ria novosti see cf
    ibid eds ed trans translated quoted sciences science economics technology history law
    politics diplomacy engineering medicine will would could should can must did does do
    one two three four five united states supreme leader ayatollah sheikh emir king queen
    prince princess pope istituto instituto institut institutet universita universitat
    universite universidad universiteit hochschule stiftung fondation fondazione fundacion
    centro akademie academia gesellschaft affari internazionali unit energy atomic nuclear
    secretary-general director-general vice-president vice-premier vice-chairman
    deputy-director under-secretary editor-in-chief commander-in-chief
    railway railways thought krai oblast okrug auto motors airlines shipping lecture
    lectures prize award medal fellowship scholarship memorial doctrine
    """.split()  # noqa: SIM905 - a word list reads best as text
)

#: Place names that look like Chinese personal names.
PLACE_NAMES: frozenset[str] = frozenset(
    {"hong kong", "xi an", "tian jin", "he fei", "nan jing", "shang hai", "tai bei"}
)

#: How far back from a name, a term or a quote the extractors read for its description, its
#: gloss or the start of its sentence. Real sentences are far shorter; the bound keeps one
#: huge paragraph (a 5 MB page with no breaks) from making extraction quadratic.
LOOKBACK = 1000

# A capitalised name word: Latin letters with accents, inner hyphens and apostrophes
# ("Jiann-Ming", "O'Neil"), or a lowercase particle inside a Western name ("des", "van").
# Latin letters of European names beyond ASCII ("Vălean", "Erdoğan", "Szijjártó").
_UPPER = "A-ZÀ-ÖØ-Þ" + "".join(chr(c) for c in range(0x100, 0x250) if chr(c).isupper())
_LOWER = "a-zß-öø-ÿ" + "".join(chr(c) for c in range(0x100, 0x250) if chr(c).islower())
# "McGregor", "MacArthur", "DiCarlo", "DeSantis" keep their inner capital (not "DuPont",
# "LaSalle": firms more often than people); "Hong
# Kong-based", "Moscow-born" are not names ("Jae-in" is).
_NOT_NAME_SUFFIX = (
    r"-(?:based|born|bred|led|backed|owned|era|style|made|linked|run|funded|"
    r"affiliated|focused|centric|friendly|leaning|oriented|bound)\b"
)
# (it opens with a look at its capital: Python then passes over a position without one at
# once instead of trying "Mc", "Mac", … there first, twice as fast where a pattern opens with
# a name)
NAME_WORD = (
    rf"(?=[{_UPPER}])(?:Mc|Mac|O['’]|Di|De)?[{_UPPER}][{_LOWER}]+"
    rf"(?:(?!{_NOT_NAME_SUFFIX})[-'][{_UPPER}{_LOWER}]+)*"
)
PARTICLES = r"(?:des|de|du|van|von|der|den|la|le|da|di|bin|al)"
_PARTICLE_WORDS = frozenset(PARTICLES[3:-1].split("|"))
# (a particle joined by a hyphen too: "Ebtesam al-Ketbi")
LATIN_NAME = re.compile(rf"{NAME_WORD}(?:\s+(?:{PARTICLES}(?:\s+|-(?=[A-Z])))*{NAME_WORD}){{1,3}}")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lowercase ASCII letters only: "Zhào Huá-shèng" -> "zhaohuasheng" (cached: the same
    names are folded for every article)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if "a" <= c <= "z")


@lru_cache(maxsize=1)
def pinyin_syllables() -> frozenset[str]:
    """Every toneless pinyin syllable (``data/pinyin_syllables.txt``)."""
    text = resources.files("tealeaves").joinpath("data", "pinyin_syllables.txt").read_text("utf-8")
    words = " ".join(line for line in text.splitlines() if not line.startswith("#"))
    return frozenset(words.split())


def syllables_from_dictionary() -> frozenset[str]:
    """The same set, read from pypinyin's dictionary (0.6 s): what the data file was made
    from, and what a test compares it with."""
    from pypinyin import Style, pinyin

    found: set[str] = set()
    for code in range(0x4E00, 0x9FA6):
        for reading in pinyin(chr(code), style=Style.NORMAL, heteronym=True)[0]:
            found.add(reading.replace("v", "u").replace("ü", "u"))
    return frozenset(found)


@lru_cache(maxsize=8192)
def is_pinyin_word(word: str) -> bool:
    """Whether ``word`` ("Huasheng", "Jiann-ming") splits into 1–3 pinyin syllables."""
    parts = [fold(p) for p in re.split(r"[-'’]", word) if p]
    if not parts or len(parts) > 3:
        return False
    return all(_split_syllables(p, 3 - len(parts) + 1) for p in parts)


def _split_syllables(text: str, most: int) -> bool:
    syllables = pinyin_syllables()

    @cache
    def ok(i: int, left: int) -> bool:
        if i == len(text):
            return True
        if left == 0:
            return False
        return any(text[i:j] in syllables and ok(j, left - 1) for j in range(i + 1, len(text) + 1))

    return bool(text) and ok(0, most)


def has_not_name_word(words: list[str]) -> bool:
    """Whether any of ``words`` is never part of a name ("Minister", "the", "he"), except the
    surname He before a pinyin given name ("Vice Premier He Lifeng", not "He said")."""
    for n, w in enumerate(words):
        if w.casefold() not in NOT_NAME_WORDS:
            continue
        nxt = words[n + 1] if n + 1 < len(words) else ""
        if w == "He" and len(fold(nxt)) >= 4 and nxt[:1].isupper() and is_pinyin_word(nxt):
            continue
        return True
    return False


def looks_chinese_name(words: list[str]) -> bool:
    """ "Zhu Feng", "Feng Zhongping", "Ouyang Xiu": a pinyin surname and a pinyin given name."""
    if not 2 <= len(words) <= 3 or " ".join(w.lower() for w in words) in PLACE_NAMES:
        return False
    if fold(words[0]) not in CHINESE_SURNAMES or has_not_name_word(words):
        return False
    return all(is_pinyin_word(w) for w in words[1:]) and sum(len(fold(w)) for w in words[1:]) >= 2


_PATRONYMIC = re.compile(r"[A-Z][a-z]+(?:ovich|evich|ovna|evna|ichna)")


def is_form_of_address(words: list[str]) -> bool:
    """ "Sergei Alexandrovich": a first name and a patronymic, how Russians address someone
    the text names in full — not a person of its own."""
    if len(words) != 2 or _PATRONYMIC.fullmatch(words[1]) is None:
        return False
    # a woman's first name and a man's patronymic is a surname ("Natalia Zubarevich")
    sex = "f" if words[1].endswith(("na", "ichna")) else "m"
    return gender_of(words[0]) in ("?", sex)


def without_patronymic(name: str) -> str:
    """ "Alexander Vladimirovich Lukin" -> "Alexander Lukin": a Russian name written in full
    in Latin letters is the person the text (and the registry) otherwise calls by first name
    and surname; any other name is returned as it is."""
    words = name.split()
    if len(words) == 3 and is_form_of_address(words[:2]):
        return f"{words[0]} {words[2]}"
    return name


def looks_western_name(words: list[str]) -> bool:
    """ "Vladimir Putin", "Oriana Skylar Mastro": a known given name and a surname."""
    if not 2 <= len(words) <= 4 or not is_given_name(words[0]):
        return False
    if is_form_of_address(words):
        return False
    # Romanised Chinese that failed the surname test is a journal or a place ("Zhongguo
    # Junshi Kexue"), though many pinyin words are given names somewhere.
    return not all(is_pinyin_word(w) for w in words)


def is_given_name(word: str) -> bool:
    """Whether ``word`` is a first name somewhere in the world ("Evan", "Volodymyr",
    "Kassym-Jomart"), by gender-guesser's list of about 48,000 names from 54 countries."""
    key = fold(word)
    return (
        key in GIVEN_NAMES
        or key in _given_names()
        or ("-" in word and all(fold(p) in _given_names() for p in word.split("-") if p))
    )


@lru_cache(maxsize=1)
def _given_names() -> dict[str, str]:
    """gender-guesser's name list (``nam_dict.txt``), read once (0.2 s): the second field of
    every line is a name (``+`` joins the parts of a compound one, "Jean+Pierre"), the first
    its gender ("M", "F", "1M"/"?M" mostly male, "1F"/"?F" mostly female, "?" either)."""
    path = resources.files("gender_guesser").joinpath("data", "nam_dict.txt")
    names: dict[str, str] = {}
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line[:1] in "#=":
                continue
            parts = line.split(None, 2)
            if len(parts) >= 2 and len(key := fold(parts[1])) > 1:
                gender = {"M": "m", "F": "f"}.get(parts[0], "?")
                names[key] = gender if names.get(key, gender) == gender else "?"
    return names


def gender_of(given_name: str) -> str:
    """ "m" or "f" when the first name is only ever one of the two, else "?"."""
    return _given_names().get(fold(given_name), "?")


@lru_cache(maxsize=4096)
def _han_readings(native: str) -> tuple[tuple[str, ...], ...]:
    from pypinyin import Style, pinyin

    return tuple(
        tuple(r.replace("v", "u").replace("ü", "u") for r in readings)
        for readings in pinyin(native, style=Style.NORMAL, heteronym=True)
    )


def pinyin_matches(latin_words: list[str], native: str) -> bool:
    """Whether the Latin words spell the pinyin of the Han name, in either name order."""
    if not 2 <= len(native) <= 4 or not HAN_RUN.fullmatch(native):
        return False
    readings = _han_readings(native)
    spelled = [fold(w) for w in latin_words]
    for order in (spelled, spelled[1:] + spelled[:1]):
        target = "".join(order)
        if _spells(target, readings):
            return True
    return False


def _spells(target: str, readings: tuple[tuple[str, ...], ...]) -> bool:
    def go(i: int, k: int) -> bool:
        if k == len(readings):
            return i == len(target)
        for r in readings[k]:
            for form in {r, r.replace("u", "yu") if r in {"lu", "nu"} else r}:
                if target.startswith(form, i) and go(i + len(form), k + 1):
                    return True
        return False

    return go(0, 0)


_CYRILLIC_TO_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    "і": "i", "ї": "yi", "є": "ye", "ґ": "g",
}  # fmt: skip


def transliterate(cyrillic: str) -> str:
    return "".join(_CYRILLIC_TO_LATIN.get(c, c) for c in cyrillic.lower())


def cyrillic_matches(latin_words: list[str], native: str) -> bool:
    """Whether a Cyrillic personal name ("Александр Шлындов") is the Latin one's original."""
    words = native.split()
    if not 2 <= len(words) <= 4 or len(words) != len(latin_words):
        return False
    if not all(re.fullmatch(f"[{CYRILLIC}][{CYRILLIC}-]*", w) and w[0].isupper() for w in words):
        return False
    for latin, cyr in zip(latin_words, words, strict=True):
        a, b = fold(latin), fold(transliterate(cyr))
        if difflib.SequenceMatcher(None, a, b).ratio() < 0.6:
            return False
    return True


# A given name of two syllables joined by a hyphen, the second in lower case: "Bi-khim",
# "Ching-te", "Won-sik" — Taiwanese, Hong Kong and Korean names, written surname first.
_HYPHENATED_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+")


#: Korean surnames in their usual romanisations (a fact table): a Korean name of three words
#: is written surname first ("Kim Jong Un", "Lee Jae Myung").
KOREAN_SURNAMES = frozenset(
    {
        "kim", "lee", "yi", "ri", "park", "pak", "choi", "choe", "jung", "jeong", "chung",
        "kang", "cho", "jo", "yoon", "yun", "jang", "chang", "lim", "han", "oh", "seo", "shin",
        "kwon", "hwang", "ahn", "an", "song", "yoo", "ryu", "hong", "jeon", "ko", "moon", "mun",
        "yang", "son", "bae", "baek", "heo", "nam", "noh", "roh",
    }
)  # fmt: skip


def surname_of(name: str, *, chinese: bool) -> str:
    """The word a text uses alone for this person: first for Chinese names, for East Asian
    names with a hyphenated given name ("Hsiao Bi-khim" -> Hsiao) and for Korean names of
    three words ("Kim Yo Jong" -> Kim), else last."""
    words = name.split()
    if chinese or (len(words) == 2 and _HYPHENATED_GIVEN.fullmatch(words[1])):
        return words[0]
    if len(words) == 3 and words[0].casefold() in KOREAN_SURNAMES and _syllables(words[1:]):
        return words[0]
    particle = next((n for n, w in enumerate(words[1:-1], 1) if w in _PARTICLE_WORDS), None)
    if particle is not None:
        return " ".join(words[particle:])  # "Ursula von der Leyen" -> "von der Leyen"
    return words[-1]


def _syllables(words: list[str]) -> bool:
    """Two words of one syllable each, as a Korean given name is written ("Jong Un")."""
    return all(len(w) <= 5 and re.fullmatch(r"[A-Z][a-z]+", w) for w in words)


class Spans:
    """Non-overlapping [start, end) spans, asked whether they contain an offset in log time."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [a for a, _ in self.spans]

    def contains(self, at: int) -> bool:
        return self.around(at) is not None

    def around(self, at: int) -> tuple[int, int] | None:
        """The span that contains ``at``, if any."""
        k = bisect.bisect_right(self.starts, at) - 1
        return self.spans[k] if k >= 0 and at < self.spans[k][1] else None


@lru_cache(maxsize=65536)
def slug(name: str) -> str:
    """A stable id for a person: "Zhao Huasheng" -> "zhao-huasheng" (asked again and again for
    the same few names while an article is read: cached)."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[^\w]+", "-", kept).strip("-") or "person"
