"""Tea Leaves: read what experts say about a foreign-policy question."""

__version__ = "0.1.0"
