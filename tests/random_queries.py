"""Random queries of the kinds that cost the most: fuzzy words at any distance, wildcards
anywhere, ranges on any field (indexed or not), long ORs, phrases, groups, field filters,
and junk. Shared by ``tests/reliability/test_queries.py`` (a few hundred in CI) and
``benchmarks/queries.py`` (10,000 at 10k articles, by hand)."""

from __future__ import annotations

import random
import re

FIELDS = [
    "title", "author", "by", "year", "date", "publication", "section", "expert", "topic",
    "kind", "person", "doc_id", "id", "ref", "content", "path", "paragraphs", "data", "who",
    "start", "position", "nosuch",
]  # fmt: skip
JUNK = ["*", "?", "~", "^", "(", ")", '"', "[", "]", "{", "}", ":", "\\", "/", "-", "+", "!"]
OPERATORS = ["AND", "OR", "NOT", "ANDNOT", "ANDMAYBE", "TO"]


def vocabulary(texts: list[str], most: int = 2000) -> list[str]:
    """Up to ``most`` distinct words of ``texts`` (the words queries are made of)."""
    words: dict[str, None] = {}
    for text in texts:
        for word in re.findall(r"[^\W_]+", text):
            words.setdefault(word, None)
            if len(words) >= most:
                return list(words)
    return list(words)


def random_query(rng: random.Random, words: list[str]) -> str:
    """One query of 1 to 50 parts."""

    def word() -> str:
        if rng.random() < 0.1:
            return "".join(
                rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(1, 24))
            )
        return rng.choice(words)

    def part() -> str:
        kind = rng.randrange(12)
        w = word()
        if kind == 0:  # fuzzy, at any distance
            return f"{w}~{rng.choice(['', str(rng.randint(0, 9)), str(rng.randint(10, 99))])}"
        if kind == 1:  # prefix
            return f"{w[: rng.randint(0, 3)]}*"
        if kind == 2:  # wildcard anywhere
            pattern = list(w)
            for _ in range(rng.randint(1, 3)):
                pattern.insert(rng.randint(0, len(pattern)), rng.choice("*?"))
            return "".join(pattern)
        if kind == 3:  # a range, often open, on any field
            low, high = rng.choice(["", word()]), rng.choice(["", word()])
            return f"{rng.choice(FIELDS)}:{rng.choice('[{')}{low} TO {high}{rng.choice(']}')}"
        if kind == 4:
            return f"{rng.choice(FIELDS)}:{rng.choice([w, w + '*', '*', w + '~'])}"
        if kind == 5:
            return '"' + " ".join(word() for _ in range(rng.randint(1, 5))) + '"'
        if kind == 6:
            return rng.choice(OPERATORS)
        if kind == 7:
            return rng.choice(JUNK) + w if rng.random() < 0.5 else rng.choice(JUNK)
        if kind == 8:
            return "(" + f" {rng.choice(['OR', 'AND'])} ".join(word() for _ in range(3)) + ")"
        if kind == 9:
            return f"{w}^{rng.choice(['2', '0.5', '100', '-1', ''])}"
        return w

    size = rng.choice([1, 1, 2, 3, 5, 8, rng.randint(10, 50)])
    joiner = " OR " if rng.random() < 0.3 else " "
    return joiner.join(part() for _ in range(size))


def random_queries(n: int, words: list[str], seed: int = 21) -> list[str]:
    rng = random.Random(seed)
    specials = ["*", "*g* OR ???", "path:[TO]", "a*", "?*", "*e*"]
    queries = [random_query(rng, words) for _ in range(max(0, n - len(specials)))]
    return (specials + queries)[:n]
