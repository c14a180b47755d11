"""The one Whoosh schema: records of several kinds (``doc``, ``para`` and later ``person``,
``quote``, ``term``) share it, told apart by the ``kind`` field, so one query can find a
passage, a quote and an expert at once."""

from __future__ import annotations

from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, TEXT, Schema

from tealeaves.search.analysis import name_analyzer, prose_analyzer

#: Bump when the schema changes: the index is then rebuilt.
SCHEMA_VERSION = 9


def make_schema() -> Schema:
    prose = prose_analyzer()
    names = name_analyzer()
    return Schema(
        id=ID(stored=True, unique=True),
        kind=ID(stored=True),
        doc_id=ID(stored=True, sortable=True),
        # Article metadata, on the article (``doc``) record only: a query naming these
        # fields matches every record of the articles it matches (search.joined), so that
        # ``author:sautin`` combines with words in a passage.
        title=TEXT(analyzer=prose, stored=True, multitoken_query="phrase"),
        authors=TEXT(analyzer=names, stored=True, multitoken_query="phrase"),
        publication=TEXT(analyzer=names, stored=True, multitoken_query="phrase"),
        year=ID(stored=True),
        language=ID(stored=True),  # en, zh, ru: as stated, else detected
        date=STORED(),
        # The passage itself.
        content=TEXT(
            analyzer=prose, stored=True, spelling=True, multitoken_query="phrase", chars=False
        ),
        section=TEXT(analyzer=prose, stored=True, multitoken_query="phrase"),
        # A paragraph's number, shown and never sorted by: indexed at full precision only
        # (``position:3`` and ranges find the same records; Whoosh's default indexes each
        # number at 8 precisions, a quarter of a build's postings).
        position=NUMERIC(stored=True, shift_step=0),
        start=STORED(),
        end=STORED(),
        # People and topics (from the extraction layer): ``expert:zhao`` matches passages
        # that mention, and quotes by, anyone whose name form contains "zhao".
        expert=TEXT(analyzer=names, multitoken_query="phrase"),
        person=ID(stored=True),  # a person id, on person and quote records
        who=STORED(),  # that person's name as shown ("Zhao Huasheng 赵华胜")
        topic=KEYWORD(lowercase=True, commas=True, scorable=True),
        data=STORED(),  # the extracted record as JSON (person, quote, term)
        ref=ID(stored=True),  # a quote's own id, which notes and flags refer to
        # Whole-document facts kept on the ``doc`` record for listing without re-reading files.
        path=STORED(),
        source=STORED(),
        paragraphs=STORED(),
    )
