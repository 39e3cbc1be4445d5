"""Extraction stages: each reads the DocState and adds its own records."""
