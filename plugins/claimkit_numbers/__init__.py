"""claimkit's numeric-fact extractor (plugin name ``numbers``)."""
from claimkit import hookimpl

@hookimpl
def claimkit_kinds():
    return ["numeric_fact"]

@hookimpl
def claimkit_extract(document):
    return []
