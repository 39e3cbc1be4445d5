"""Reading sources into Articles and ingesting them into a store.

- :mod:`facta.ingest.normalize`: validation and normalisation of one raw text (error codes F201–F207).
- :mod:`facta.ingest.sources`: files, directories, JSON/JSONL/CSV, WARC, feeds and URLs → inputs.
- :mod:`facta.ingest.fetch`: HTTP fetching that refuses private addresses.
- :mod:`facta.ingest.core`: :func:`ingest`, the batch loop into a store.
"""
