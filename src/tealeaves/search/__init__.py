"""Everything that touches Whoosh: analysis, schema, building and querying the index."""
