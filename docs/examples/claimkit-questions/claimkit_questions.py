"""A claimkit plugin: every sentence that ends in a question mark is a `question` claim."""

import claimkit


@claimkit.hookimpl
def claimkit_kinds():
    return ["question"]


@claimkit.hookimpl
def claimkit_extract(document):
    for sentence in document.sentences:
        if sentence.text.rstrip("\"'”’»)").endswith("?"):
            yield document.claim(
                "question",
                {"question": sentence},
                attributes={"words": len(sentence.text.split())},
                confidence=1.0,
            )
