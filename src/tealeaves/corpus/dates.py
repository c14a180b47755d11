"""Dates as articles write them: "2026年7月16日", "16 июля 2026 г.", "16 July 2026",
"July 16, 2026", "2026-07-16", "16.07.2026".

A date is kept as the model keeps it: "YYYY-MM-DD", or "YYYY-MM" or "YYYY" when the text
gives no more. A day or a month the text does not give is never made up.
"""

from __future__ import annotations

import datetime as _dt
import re

_EN_MONTHS = {
    name: n
    for n, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}  # fmt: skip
#: Russian months in the genitive of a date ("16 июля") and the nominative of a heading
#: ("июль 2026").
_RU_MONTHS = {
    name: n
    for n, names in enumerate(
        (
            ("января", "январь"), ("февраля", "февраль"), ("марта", "март"),
            ("апреля", "апрель"), ("мая", "май"), ("июня", "июнь"), ("июля", "июль"),
            ("августа", "август"), ("сентября", "сентябрь"), ("октября", "октябрь"),
            ("ноября", "ноябрь"), ("декабря", "декабрь"),
        ),
        start=1,
    )
    for name in names
}  # fmt: skip
_MONTHS = {**_EN_MONTHS, **_RU_MONTHS}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))

_D = r"(?<!\d)(?P<d>[0-3]?\d)(?!\d)"
_M = r"(?<!\d)(?P<m>[01]?\d)(?!\d)"
_Y = r"(?<!\d)(?P<y>(?:19|20)\d\d)(?!\d)"
_NAMED = rf"(?P<mon>{_MONTH})\.?"
_ORD = r"(?:st|nd|rd|th)?"

#: Full dates, most explicit first; each gives y, m (or mon) and d.
_FULL = [
    re.compile(p, re.IGNORECASE)
    for p in (
        rf"{_Y}\s*年\s*{_M}\s*月\s*{_D}\s*[日号號]",  # 2026年7月16日
        rf"{_Y}-{_M}-{_D}",  # 2026-07-16
        rf"{_Y}/{_M}/{_D}",  # 2026/7/16
        rf"{_Y}\.{_M}\.{_D}",  # 2026.07.16
        rf"{_D}\.{_M}\.{_Y}",  # 16.07.2026
        rf"{_D}{_ORD}\s+(?:of\s+)?{_NAMED}(?![^\W\d_]),?\s+{_Y}",  # 16 July 2026, 16 июля 2026
        rf"{_NAMED}(?![^\W\d_])\s+{_D}{_ORD},?\s+{_Y}",  # July 16, 2026
    )
]
#: A month and its year: "2026年7月", "July 2026", "июль 2026", "2026-07".
_MONTH_YEAR = [
    re.compile(p, re.IGNORECASE)
    for p in (
        rf"{_Y}\s*年\s*{_M}\s*月(?!\s*\d)",
        rf"(?<![^\W\d_]){_NAMED}(?![^\W\d_]),?\s+{_Y}",
    )
]


def _month(m: re.Match[str]) -> int:
    named = m.groupdict().get("mon")
    return _MONTHS[named.casefold()] if named else int(m.group("m"))


def _iso(year: int, month: int, day: int | None = None) -> str:
    try:
        _dt.date(year, month, 1 if day is None else day)
    except ValueError:
        return ""
    return f"{year:04d}-{month:02d}" + ("" if day is None else f"-{day:02d}")


def find_dates(text: str) -> list[tuple[int, str]]:
    """Every full date written in ``text``, as (where it starts, "YYYY-MM-DD"), in order."""
    found: dict[int, str] = {}
    taken: list[tuple[int, int]] = []
    for pattern in _FULL:
        for m in pattern.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue  # "2026-07-16" is not also read as "16.…"
            iso = _iso(int(m.group("y")), _month(m), int(m.group("d")))
            if iso:
                found[m.start()] = iso
                taken.append((m.start(), m.end()))
    return sorted(found.items())


def written_date(text: str) -> str:
    """The first date written in ``text``: "YYYY-MM-DD" for a full one, else "YYYY-MM" for
    a month and year ("2026年7月", "July 2026"), else ""."""
    if full := find_dates(text):
        return full[0][1]
    months = [
        (m.start(), iso)
        for pattern in _MONTH_YEAR
        for m in pattern.finditer(text)
        if (iso := _iso(int(m.group("y")), _month(m)))
    ]
    return min(months)[1] if months else ""


_TIME = re.compile(r"(?<!\d)\d{1,2}:\d\d(?::\d\d)?(?!\d)\s*(?:[ap]\.?m\.?|UTC|GMT|MSK)?", re.I)


def date_line(text: str) -> str:
    """The date of a line that is a date line ("2026年7月16日 10:30", "Published 16 July
    2026", "By A | July 16, 2026", "来源：新华网 2026-07-16"), "" for a sentence that only
    mentions a date ("On 16 July 2026 the ministers met in Astana to sign the accord.")."""
    date = written_date(text)
    if not date or len(text) > 120:
        return ""
    rest = text
    for pattern in (*_FULL, *_MONTH_YEAR):
        rest = pattern.sub(" ", rest)
    rest = _TIME.sub(" ", rest)
    words = re.findall(r"[^\W\d_]+", rest)
    han = sum(len(w) for w in words if re.match("[\u3400-\u9fff]", w))
    latin = [w for w in words if not re.match("[\u3400-\u9fff]", w)]
    return date if len(latin) <= 6 and han <= 16 else ""
