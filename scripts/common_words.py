"""Regenerate extractor/lexicon/common_words.txt from jieba's dictionary.

A two-character word that starts with a family-name character (包括, 那些, 周二, 马上) is read
as a name by shape alone ("包括重申…" → Mr 包). jieba's dictionary tags each word with its part
of speech; its frequent words not tagged as names (nr*) are the ones a name of that shape must
not be. Run with jieba installed (``pip install jieba``; not a dependency of quotedb):

    python scripts/common_words.py [--min-freq 20] > extractor/lexicon/common_words.txt
"""
from __future__ import annotations

import argparse
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent.parent / "extractor" / "lexicon"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--min-freq", type=int, default=20, help="leave out words rarer than this in jieba's counts")
    args = ap.parse_args()
    import jieba  # noqa: only here

    names = yaml.safe_load((HERE / "names.yml").read_text(encoding="utf-8"))
    surnames = set(names["surnames"].replace(" ", ""))
    words = {}
    with open(Path(jieba.__file__).parent / "dict.txt", encoding="utf-8") as f:
        for line in f:
            word, freq, tag = line.split()
            if len(word) == 2 and word[0] in surnames and not tag.startswith("nr") and int(freq) >= args.min_freq:
                words[word] = tag
    print("# Two-character words starting with a family-name character that are not names (包括, 那些, 周二),")
    print(f"# with jieba's part of speech (ns: a place). From jieba {jieba.__version__}'s dictionary (MIT licence):")
    print(f"# words of frequency >= {args.min_freq} not tagged as names. Regenerate with scripts/common_words.py;")
    print("# delete a line to let that word be a name.")
    for word in sorted(words):
        print(word, words[word])


if __name__ == "__main__":
    main()
