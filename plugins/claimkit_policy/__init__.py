"""claimkit's policy-change extractor (plugin name ``policy``)."""
from claimkit import hookimpl

@hookimpl
def claimkit_kinds():
    return ["policy_change"]

@hookimpl
def claimkit_extract(document):
    return []
