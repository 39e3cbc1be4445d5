"""spaCy loading and Doc helpers."""
