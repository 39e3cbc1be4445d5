"""Geoparsing: find the places an article mentions and resolve them to GeoNames entries.

* :mod:`facta.geo.gazetteer` — the on-disk index (built on first use) and its look-ups;
* :mod:`facta.geo.recognize` — toponym mentions from the spaCy Doc (NER, corrections, adjectives);
* :mod:`facta.geo.resolve` — choosing one gazetteer entry per mention from the article's context;
* :mod:`facta.geo.parser` — :func:`geoparse`, the whole thing;
* :mod:`facta.geo.linking` — the place of an event.
"""
