"""Fast lookup of many fixed names in a text (Aho-Corasick, leftmost-longest).

The lexicons hold thousands of names and aliases; one regular expression
alternation over all of them costs about 10 µs per character of text, an
automaton about 0.2 µs.
"""
from __future__ import annotations

from typing import Iterable, Iterator

import ahocorasick

from ..text import latin_bounded


class Gazetteer:
    """Names → values; ``find`` yields non-overlapping leftmost-longest matches."""

    def __init__(self, entries: Iterable[tuple[str, object]]):
        self._automaton = ahocorasick.Automaton()
        for key, value in entries:
            if key:
                self._automaton.add_word(key, (key, value))
        self._empty = len(self._automaton) == 0
        if not self._empty:
            self._automaton.make_automaton()

    def find(self, text: str) -> Iterator[tuple[int, int, str, object]]:
        """(start, end, key, value) for each match; Latin names only as whole words."""
        if self._empty:
            return
        for last, (key, value) in self._automaton.iter_long(text):
            start = last - len(key) + 1
            if latin_bounded(text, start, last + 1):
                yield start, last + 1, key, value
