"""claimkit's quote extractor (plugin name ``quotes``)."""
from claimkit import hookimpl

@hookimpl
def claimkit_kinds():
    return ["quote"]

@hookimpl
def claimkit_extract(document):
    return []
