"""Scoring facta against labelled data kept outside the project (``facta eval ...``)."""
