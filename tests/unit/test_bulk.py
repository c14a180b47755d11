"""The bulk scorer (``tealeaves.search.bulk``) must rank exactly as Whoosh's own search does.

The index here has several segments (a parallel build, then an incremental update) and
deleted records (the updated and removed articles), and common words whose posting lists
span many blocks, so that every path of the bulk reader is taken."""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from whoosh.query import NullQuery, Or, Phrase, Term

from helpers import bundled_paragraphs, write_article
from tealeaves.library import Library
from tealeaves.search import update as update_module
from tealeaves.search.bulk import top_records
from tealeaves.search.joined import join_article_fields
from tealeaves.search.parse import make_parser


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    base = tmp_path_factory.mktemp("bulk")
    corpus = base / "corpus"
    paragraphs = bundled_paragraphs()
    rng = random.Random(7)

    def article(n: int, extra: str = "") -> None:
        body = "\n\n".join(rng.sample(paragraphs, 25)) + extra
        authors = ("Anna Petrova", "Li Wei", "John Smith")[n % 3]
        write_article(corpus, f"a{n}.md", body, title=f"Article {n}", authors=authors)

    for n in range(30):
        article(n)
    patch = pytest.MonkeyPatch()
    patch.setattr(update_module, "PARALLEL_FROM", 1)  # several segments
    Library.open(index_dir=base / "index", corpus_dirs=[corpus], bundled=False).close()
    patch.undo()
    for n in (3, 4, 5):  # updated: their old records are deleted
        article(n, "\n\nRussia as a strategic rear, a formal alliance, 结伴不结盟, once more.")
    (corpus / "a6.md").unlink()  # removed
    article(30, "\n\nRussia and the zyzzogeton: a word in one record only.")  # added: a new
    article(31)  # segment
    lib = Library.open(index_dir=base / "index", corpus_dirs=[corpus], bundled=False)
    yield lib
    lib.close()


@pytest.fixture(scope="module", params=["lengths in memory", "lengths from the file"])
def searcher(request, library):
    """The explorer's searcher (field lengths kept in memory) and a plain Whoosh one."""
    if request.param == "lengths in memory":
        yield library.searching.searcher()
    else:
        plain = library.store.index.searcher()
        yield plain
        plain.close()


def test_the_index_has_what_the_comparison_needs(searcher):
    leaves = [leaf.reader() for leaf, _ in searcher.leaf_searchers()]
    assert len(leaves) >= 2
    assert any(reader.has_deletions() for reader in leaves)
    # A common word spans several posting blocks (Whoosh writes 128 postings per block).
    assert searcher.doc_frequency("content", "russia") > 3 * 128
    assert searcher.doc_frequency("content", "zyzzogeton") == 1


FILTERS = frozenset({"kind", "authors", "topic"})


def assert_ranked_as_whoosh(searcher, query, limit):
    """The same scores in the same order, and the same records for each score.

    Records of equal score (the corpus repeats paragraphs) may come in another order:
    Whoosh adds a record's word scores up in an order that depends on the segment, so its
    own ties are broken by rounding. Where the list is cut inside a tie, either side may
    keep other records of that score."""
    ours = top_records(searcher, query, limit)
    assert ours is not None, query
    theirs = searcher.search(query, limit=limit)
    expected = [(round(hit.score, 9), hit.docnum) for hit in theirs]
    got = [(round(score, 9), docnum) for score, docnum in ours.hits]
    assert [score for score, _ in got] == [score for score, _ in expected], query
    last = expected[-1][0] if expected else None
    assert {hit for hit in got if hit[0] != last} == {hit for hit in expected if hit[0] != last}
    if last is not None:
        every = {(round(hit.score, 9), hit.docnum) for hit in searcher.search(query, limit=None)}
        assert {hit for hit in got if hit[0] == last} <= every
    for _ in "cold", "warm":  # filter words read and kept, then taken from the cache
        kept = top_records(searcher, query, limit, cached_fields=FILTERS)
        assert kept == ours
    assert ours.complete == (theirs.scored_length() < limit)
    if ours.complete:  # the count is exact (Whoosh knows it only when it did not skip)
        assert ours.estimated == len(expected)
    else:  # Whoosh's estimate, as its results give it
        assert ours.estimated == query.estimate_size(searcher.reader()) >= limit
    return ours


QUERIES = [
    "russia",  # one word: blocks that cannot reach the top are skipped
    "kind:quote",
    "topic:alliance",
    "结盟",
    "expert:zhao",
    "zyzzogeton",  # one posting
    "zyzzogeton russia",
    '"the zyzzogeton"',
    "russia china",
    "alliance russia china",
    '"strategic rear"',
    '"formal alliance"',
    '"the war in Ukraine"',
    "结伴不结盟",
    "结盟 alliance",
    "author:petrova alliance",
    # Article fields, joined to the article's records (search.joined): alone, with words,
    # with phrases, two of them, and one that matches no article.
    "author:petrova",
    "author:petrova alliance russia",
    'author:li "strategic rear"',
    "title:article author:petrova kind:para",
    "author:smith russia nosuchwordanywhere",
    "author:nobodyatall russia",
    "kind:quote alliance",
    "kind:para russia china",
    "topic:alliance russia",
    'russia "strategic rear" russia',  # a word twice, and inside a phrase too
    '"russia china" china',
    '"rear strategic"',  # both words are there, never in this order
    "russia nosuchwordanywhere",
]


@pytest.mark.parametrize("text", QUERIES)
@pytest.mark.parametrize("limit", [1, 10, 100_000])
def test_same_records_and_scores_as_whoosh(searcher, text, limit):
    query = join_article_fields(make_parser(searcher.schema).parse(text), searcher)
    ours = assert_ranked_as_whoosh(searcher, query, limit)
    if "nosuchwordanywhere" in text or "nobodyatall" in text or text == '"rear strategic"':
        assert ours.hits == []
    else:
        assert ours.hits


def test_updated_and_removed_articles_are_not_found(library):
    searcher = library.searching.searcher()
    query = make_parser(searcher.schema).parse('"strategic rear" "formal alliance"')
    found = top_records(searcher, query, 1000)
    docs = {searcher.stored_fields(docnum)["doc_id"] for _, docnum in found.hits}
    assert docs == {"a3", "a4", "a5"}


@pytest.mark.parametrize(
    "text", ["allian*", "russia OR china", "russia NOT china", "russia^2 china",
             '"strategic rear"~3', "russi~ china", "year:[2000 TO 2030] russia"]
)  # fmt: skip
def test_other_queries_are_left_to_whoosh(searcher, text):
    assert top_records(searcher, make_parser(searcher.schema).parse(text), 10) is None


def test_queries_built_by_hand(searcher):
    russia, china = Term("content", "russia"), Term("content", "china")
    assert top_records(searcher, Or([russia, china]), 10) is None
    assert_ranked_as_whoosh(searcher, russia & china, 10)
    assert_ranked_as_whoosh(searcher, Phrase("content", ["strateg", "rear"]), 10)
    assert_ranked_as_whoosh(searcher, Phrase("content", ["strateg"]) & china, 10)
    assert top_records(searcher, Term("nosuchfield", "x") & russia, 10) is None


WORD = re.compile(r"[A-Za-z]{4,}")


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_random_conjunctions_and_phrases(searcher, data):
    paragraphs = bundled_paragraphs()
    paragraph = data.draw(st.sampled_from(paragraphs))
    words = WORD.findall(paragraph)
    start = data.draw(st.integers(0, max(0, len(words) - 3)))
    size = data.draw(st.integers(1, 3))
    phrase = " ".join(words[start : start + size])
    others = data.draw(st.lists(st.sampled_from(words), min_size=0, max_size=2))
    field = data.draw(st.sampled_from(["", "kind:para ", "author:petrova ", "kind:quote "]))
    text = f'{field}"{phrase}" {" ".join(others)}'
    query = join_article_fields(make_parser(searcher.schema).parse(text), searcher)
    limit = data.draw(st.sampled_from([1, 5, 50]))
    if top_records(searcher, query, limit) is None:  # nothing but stop words
        assert query is NullQuery, query
        return
    assert_ranked_as_whoosh(searcher, query, limit)


def test_the_filter_cache_is_bounded_and_goes_with_its_searcher(library, monkeypatch):
    import gc

    from tealeaves.search import bulk
    from tealeaves.search.postings import FilterCache

    searcher = library.store.index.searcher()
    parse = make_parser(searcher.schema).parse
    texts = ("kind:para", "kind:person", "kind:term", "kind:quote")  # oldest first

    def use_every_filter(searcher):
        monkeypatch.setattr(bulk, "_CACHE", FilterCache())
        for text in texts:
            assert_ranked_as_whoosh(searcher, parse(f"{text} russia"), 10)
        return bulk._CACHE

    sizes = [kept.size for kept in use_every_filter(searcher)._lists.values()]
    limit = max(sum(sizes) // 2, 2 * max(sizes))
    assert limit < sum(sizes)  # so that some must go
    monkeypatch.setattr(FilterCache, "LIMIT", limit)
    cache = use_every_filter(searcher)
    lists = cache._lists
    assert cache._size == sum(kept.size for kept in lists.values()) <= limit
    assert next(reversed(lists))[1:] == ("kind", b"quote")  # the newest
    assert ("kind", b"para") not in {key[1:] for key in lists}  # the oldest, dropped
    searcher.close()
    del searcher
    gc.collect()
    assert cache._size == 0 and not lists


def test_a_kept_filter_gives_its_postings_back():
    from tealeaves.search.postings import Kept, Postings

    uniform = Kept.of(Postings([1, 5, 9], [1.0, 1.0, 1.0], None), records=12)
    assert uniform.weights is None and uniform.size == 3 * 4 + 12
    assert uniform.only([3, 5, 9, 40]) == Postings([5, 9], [1.0, 1.0], None)
    assert uniform.all() == Postings([1, 5, 9], [1.0, 1.0, 1.0], None)
    mixed = Kept.of(Postings([1, 5, 9], [1.0, 2.0, 1.0], None), records=10)
    assert mixed.only([3, 5, 9]) == Postings([5, 9], [2.0, 1.0], None)
    assert mixed.all() == Postings([1, 5, 9], [1.0, 2.0, 1.0], None)


def test_one_word_skips_blocks_that_cannot_reach_the_top(library, monkeypatch):
    from tealeaves.search import whoosh_private

    searcher = library.searching.searcher()
    counts = {"blocks": 0, "decoded": 0}
    real = whoosh_private.blocks

    def counting(matcher, with_values):
        for maxid, maxweight, minlen, decode in real(matcher, with_values):
            counts["blocks"] += 1

            def counted(decode=decode):
                counts["decoded"] += 1
                return decode()

            yield maxid, maxweight, minlen, counted

    monkeypatch.setattr(whoosh_private, "blocks", counting)
    query = make_parser(searcher.schema).parse("kind:para")  # weight 1 everywhere
    assert_ranked_as_whoosh(searcher, query, 1)
    assert counts["blocks"] > 3 and counts["decoded"] < counts["blocks"]


def test_a_posting_list_it_does_not_know_is_left_to_whoosh(searcher, monkeypatch):
    from tealeaves.search import whoosh_private

    parse = make_parser(searcher.schema).parse
    assert top_records(searcher, parse("russia china"), 10) is not None
    monkeypatch.setattr(whoosh_private, "W3LeafMatcher", type("OtherCodec", (), {}))
    for text in ("russia", "russia china", '"strategic rear"'):
        assert top_records(searcher, parse(text), 10) is None


# -- decoding less of each block (docs/benchmarks.md, Round 13) ---------------------------------


def _every_posting_list(searcher):
    """(leaf searcher, field, word, matcher without its deleted filter) for every word of
    every field of every segment whose list the bulk reader can read."""
    from tealeaves.search import whoosh_private

    for leaf, _offset in searcher.leaf_searchers():
        for field, text in leaf.reader().all_terms():
            try:
                matcher, _ = whoosh_private.unwrap(leaf.postings(field, text))
                next(whoosh_private.blocks(matcher, False))
            except whoosh_private.Unsupported:
                continue
            yield leaf, field, text, matcher


def test_numbers_and_weights_alone_are_those_of_the_whole_block(searcher):
    """The pickle cut before a block's values gives its numbers and weights exactly."""
    from tealeaves.search import whoosh_private

    blocks = cut = 0
    real = whoosh_private._ids_and_weights

    def counting(data, count):
        nonlocal cut
        pair = real(data, count)
        cut += pair is not None
        return pair

    whoosh_private._ids_and_weights = counting
    try:
        for _leaf, field, text, matcher in _every_posting_list(searcher):
            alone = whoosh_private.blocks(matcher, False)
            whole = whoosh_private.blocks(matcher, True)
            for (maxid, _, _, numbers), (_, _, _, everything) in zip(alone, whole, strict=True):
                ids, weights, values = numbers()
                assert values is None
                assert (ids, weights) == everything()[:2], (field, text, maxid)
                assert numbers(with_values=True) == everything(), (field, text, maxid)
                blocks += 1
    finally:
        whoosh_private._ids_and_weights = real
    assert blocks > 1000 and cut > blocks // 4  # the passages' blocks are cut


@pytest.mark.parametrize("values", [0, 1, 2, 3, 4, 200])
@pytest.mark.parametrize("weights", ["none", "one", "several"])
def test_the_cut_before_the_values_of_any_block_shape(values, weights):
    import pickle
    import struct

    from tealeaves.search.whoosh_private import _ids_and_weights

    count = max(values, 1)
    ids = tuple(range(1, count + 1))
    # A float whose last byte is "(" (MARK) right before the values, and one that is not.
    odd = struct.unpack(">d", b"\x40\x00\x00\x00\x00\x00\x00\x28")[0]
    w = {"none": None, "one": odd, "several": tuple(odd + n for n in range(count))}[weights]
    vs = tuple(pickle.dumps([n, n + 3], 2) for n in range(values))
    data = pickle.dumps((ids, w, vs), 2)
    pair = _ids_and_weights(data, count)
    if values:
        assert pair == (ids, w)
    else:  # no values to skip: the whole block is read
        assert pair is None
    assert _ids_and_weights(pickle.dumps((ids, w, None), 2), count) is None
    assert _ids_and_weights(pickle.dumps((ids, w, b"".join(vs) or b"x"), 2), count) == (ids, w)
    # An empty value first (pickled otherwise): never other numbers, at most None.
    assert _ids_and_weights(pickle.dumps((ids, w, (b"", *vs)), 2), count) in (None, (ids, w))


def test_a_phrase_decodes_the_positions_of_its_best_records_only(library, monkeypatch):
    from tealeaves.search import postings as postings_module

    searcher = library.searching.searcher()
    decoded: list[int] = []
    real = postings_module.Positions.__getitem__

    def counting(self, doc):
        value = real(self, doc)
        decoded.append(self.blocks_decoded)
        return value

    monkeypatch.setattr(postings_module.Positions, "__getitem__", counting)
    query = make_parser(searcher.schema).parse('"china russia"')
    ours = assert_ranked_as_whoosh(searcher, query, 3)
    assert ours.hits
    # Both words have lists of several blocks in each segment; a few blocks are decoded.
    assert searcher.doc_frequency("content", "china") > 3 * 128
    assert searcher.doc_frequency("content", "russia") > 3 * 128
    assert decoded and max(decoded) <= 3


def test_many_scores_at_once_are_those_one_at_a_time(searcher):
    from tealeaves.search import whoosh_private

    checked = 0
    for leaf, field, text, matcher in _every_posting_list(searcher):
        if checked > 400:
            break
        if field not in ("content", "title", "kind"):
            continue
        scorer = whoosh_private.scorer_of(leaf.postings(field, text))
        one = whoosh_private.score_fn(scorer, leaf.reader(), field)
        many = whoosh_private.scores_fn(scorer, leaf.reader(), field)
        for _maxid, _, _, decode in whoosh_private.blocks(matcher, False):
            ids, weights, _ = decode()
            if isinstance(weights, float):
                weights = [weights] * len(ids)
            assert list(many(weights, ids)) == list(map(one, weights, ids)), (field, text)
        checked += 1
    assert checked > 100


@pytest.mark.parametrize(
    "text", ["allian*", "zyzzog* russia", "russia rear*", '"formal alliance" sovie*']
)
@pytest.mark.parametrize("limit", [1, 10, 100_000])
def test_a_prefix_of_one_word_is_ranked_as_whoosh_ranks_it(searcher, text, limit):
    from tealeaves.search.bounds import UNLIMITED, Expanded, expand

    query, _ = expand(make_parser(searcher.schema).parse(text), searcher, UNLIMITED, "content")
    expanded = [leaf for leaf in query.leaves() if isinstance(leaf, Expanded)]
    assert expanded and all(len(leaf.words) == 1 for leaf in expanded), expanded
    assert assert_ranked_as_whoosh(searcher, query, limit).hits


def test_a_prefix_of_several_words_is_left_to_whoosh(searcher):
    from tealeaves.search.bounds import UNLIMITED, expand

    query, _ = expand(make_parser(searcher.schema).parse("ch*"), searcher, UNLIMITED, "content")
    assert len(query.words) > 1
    assert top_records(searcher, query, 10) is None


@pytest.mark.parametrize("seed", range(8))
def test_the_best_records_are_those_of_a_whole_sort(seed):
    """``_best`` takes the records above the k-th score, then those tied with it by
    record number: the same as sorting every (−score, record number) and cutting."""
    from tealeaves.search.bulk import _best, _Leaf

    rng = random.Random(seed)
    values = [rng.random() for _ in range(rng.choice((1, 3, 40)))]  # few scores: many ties
    leaves = []
    offset = 0
    for _ in range(rng.randint(1, 4)):
        docs = sorted(rng.sample(range(500), rng.randint(0, 300)))
        leaves.append(_Leaf(offset, docs, [rng.choice(values) for _ in docs], {}))
        offset += 500
    rng.shuffle(leaves)  # the leaves need not come by offset
    total = sum(len(leaf.docs) for leaf in leaves)
    every = sorted(
        (-score, leaf.offset + doc, n)
        for n, leaf in enumerate(leaves)
        for score, doc in zip(leaf.scores, leaf.docs, strict=True)
    )
    for k in (0, 1, 2, 7, 50, total - 1, total, total + 3):
        assert _best(leaves, k, total) == every[: max(k, 0)], k


def test_blocks_unpickled_with_bytes_are_those_pickle_gives(searcher):
    """Every block of every posting list, values and all, is what ``pickle.loads`` gives
    when its values are made by ``bytes`` instead of ``_codecs.encode``."""
    import pickle
    import zlib

    from tealeaves.search import whoosh_private

    blocks = replaced = 0
    for _leaf, _field, _text, matcher in _every_posting_list(searcher):
        length = matcher._length[0] if isinstance(matcher._length, tuple) else matcher._length
        buf = matcher._postfile.get(matcher._startoffset, length)
        for *_, decode in whoosh_private.blocks(matcher, True):
            _, start, end, compression, _count = decode.__defaults__
            data = zlib.decompress(buf[start:end]) if compression else bytes(buf[start:end])
            fast = whoosh_private._unpickle_block(data)
            assert fast == pickle.loads(data)
            assert [type(v) for v in fast[2] or ()] == [
                type(v) for v in pickle.loads(data)[2] or ()
            ]
            blocks += 1
            replaced += whoosh_private._VALUES_START in data
    assert blocks > 100 and replaced > 10


def test_a_pickle_without_the_values_global_is_unpickled_as_it_is():
    import pickle

    from tealeaves.search import whoosh_private

    for value in (((1, 2), (1.0, 2.0), None), ((1,), 1.0, ("a", "b")), ((3,), None, ())):
        data = pickle.dumps(value, protocol=2)
        assert whoosh_private._VALUES_START not in data
        assert whoosh_private._unpickle_block(data) == value
    data = pickle.dumps(((1, 2), (1.0, 2.0), (b"\x01\xff", b"")), protocol=2)
    assert whoosh_private._VALUES_START in data
    assert whoosh_private._unpickle_block(data) == ((1, 2), (1.0, 2.0), (b"\x01\xff", b""))


@pytest.mark.parametrize("seed", range(4))
def test_words_scored_together_are_their_scores_added_one_by_one(library, searcher, seed):
    """``summed_scores_fn`` gives the very floats of each word's scores added up in order
    (a word twice counts twice), for records of any length and weight."""
    from operator import add

    from tealeaves.search import whoosh_private

    rng = random.Random(seed)
    used = 0
    for leaf, _offset in searcher.leaf_searchers():
        reader = leaf.reader()
        words = [text for field, text in reader.all_terms() if field == "content"]
        docs = sorted(rng.sample(range(reader.doc_count_all()), min(300, reader.doc_count_all())))
        for _ in range(10):
            chosen = rng.sample(words, rng.randint(2, 4))
            chosen.append(rng.choice(chosen))
            scorers = [whoosh_private.scorer_of(leaf.postings("content", w)) for w in chosen]
            weights = [[float(rng.randint(1, 6)) for _ in docs] for _ in chosen]
            summed = whoosh_private.summed_scores_fn(scorers, reader, "content")
            if summed is None:  # the plain searcher reads lengths from the file
                continue
            used += 1
            expected: list[float] = []
            for scorer, these in zip(scorers, weights, strict=True):
                one = whoosh_private.scores_fn(scorer, reader, "content")(these, docs)
                expected = list(map(add, expected, one)) if expected else list(one)
            assert list(summed(weights, docs)) == expected
    # With the lengths in memory (the explorer's searcher) every set of words is summed.
    assert used or searcher is not library.searching.searcher()
    assert whoosh_private.summed_scores_fn([], None, "content") is None


@pytest.mark.parametrize("few", [1, 8, 10**9])  # always, as the code does, never by bisection
def test_a_list_read_only_where_wanted_is_the_whole_list_cut_down(searcher, monkeypatch, few):
    """Reading a word only at the records wanted (those of a rarer word) gives the records,
    weights and positions of its whole list at those records, whether a block's few kept
    records are found by bisection or by a mask over the block (Round 18)."""
    from tealeaves.search import postings as postings_module

    monkeypatch.setattr(postings_module, "_FEW", few)
    rng = random.Random(few)
    lists = 0
    for leaf, _offset in searcher.leaf_searchers():
        reader = leaf.reader()
        common = [
            text
            for field, text in reader.all_terms()
            if field == "content" and reader.doc_frequency(field, text) > 300
        ]
        for text in rng.sample(common, min(6, len(common))):
            whole = postings_module.read(leaf.postings("content", text), True, None)
            by_doc = dict(zip(whole.ids, whole.weights, strict=True))
            for share in (0.02, 0.1, 0.5, 1.0):
                wanted = sorted(
                    {doc for doc in whole.ids if rng.random() < share}
                    | {rng.randrange(reader.doc_count_all()) for _ in range(20)}
                )
                part = postings_module.read(leaf.postings("content", text), True, wanted)
                assert part.ids == [doc for doc in wanted if doc in by_doc], text
                assert part.weights == [by_doc[doc] for doc in part.ids], text
                assert all(part.values[doc] == whole.values[doc] for doc in part.ids[:50])
                lists += 1
    assert lists >= 8


def test_the_articles_a_word_matches_are_scored_in_bulk_as_whoosh_scores_them(searcher):
    """The articles an article-field word matches (``author:petrova``), read and scored in
    bulk, are those Whoosh's matcher finds a record at a time, with the same scores; other
    parts (a wildcard) are left to the matcher (Round 18)."""
    from whoosh.query import Wildcard

    from tealeaves.search import joined

    def one_at_a_time(part):
        context = searcher.context()
        scores = {}
        for leaf, _offset in searcher.leaf_searchers():
            doc_ids = joined.articles_of(leaf.reader()).doc_ids
            matcher = part.matcher(leaf, context)
            while matcher.is_active():
                doc_id = doc_ids.get(matcher.id())
                if doc_id is not None:
                    scores[doc_id] = matcher.score()
                matcher.next()
        return scores

    words = {
        (field, text)
        for leaf, _offset in searcher.leaf_searchers()
        for field, text in leaf.reader().all_terms()
        if field in joined.ARTICLE_FIELDS
    }
    assert {"authors", "title"} <= {field for field, _ in words}
    bulk = 0
    for field, text in sorted(words):
        part = Term(field, searcher.schema[field].from_bytes(text))
        for leaf, _offset in searcher.leaf_searchers():
            if (field, text) in leaf.reader():
                matcher = part.matcher(leaf, searcher.context())
                bulk += joined._word_in_bulk(leaf.reader(), part, matcher) is not None
        assert joined._articles_matching(searcher, part) == one_at_a_time(part), (field, text)
    assert bulk >= len(words)
    wildcard = Wildcard("authors", "petr*")
    found = joined._articles_matching(searcher, wildcard)
    assert found and found == one_at_a_time(wildcard)
