"""Reusable hypothesis strategies: text that stresses offsets and splitters."""

from __future__ import annotations

from hypothesis import strategies as st

# Characters chosen to break naive offset code and quote/sentence logic.
TRICKY = [
    "\u201c", "\u201d", "\u2018", "\u2019", '"', "'", "\u00ab", "\u00bb", "\u201e", "\u2039",
    "\u203a", ".", "...", "\u2026", "?", "!", ",", ":", " ", "  ", "\n", "\n\n", "\r\n", "\r",
    "\t", "\x00", "\ud800", "\udfff", "\U0001F600", "e\u0301", "\u200d", "\ufeff", "\u2028",
    "Mr.", "U.S.", "Sept.", "3.5", "1,000", "$3bn", "300 km", "said", "he said", "told",
    "according to", "The", "Ukraine", "Biden", "5%", "up to", "banned", "lifted",
]

tricky_text = st.lists(
    st.one_of(st.sampled_from(TRICKY), st.text(max_size=8)), max_size=60
).map("".join)

any_text = st.one_of(st.text(max_size=400), tricky_text)

# A short tricky piece repeated into a very long line (tens of thousands of characters).
long_lines = st.builds(lambda piece, times: piece * times,
                       tricky_text.filter(bool), st.integers(200, 2000))
