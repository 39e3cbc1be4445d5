"""Reading sources into Articles: normalisation and validation of raw input."""
