"""Command-line shells over the facta library."""
