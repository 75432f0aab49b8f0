"""Reading + cleaning benchmark: where the time before extraction goes, single process.

Times the lexicon load, then reading (file bytes → RawDocuments: decode, pick the
reader, front matter) and cleaning (RawDocument → Document) of a fixed random sample
of the corpus or of all of it, against the bare parse (read + BeautifulSoup(…, "lxml") +
get_text()) of the same files; optionally under cProfile. Times are CPU seconds of this
process (``time.process_time``): other work on a shared machine inflates wall-clock time.

Usage:
    python bench/profile_clean.py [FOLDER] [--sample N | --all] [--profile [N]] [--skip-bare]

The sample is ``random.seed(1); random.sample(sorted files, N)`` (default 600), so runs
compare like with like.
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import random
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bs4 import BeautifulSoup, XMLParsedAsHTMLWarning  # noqa: E402

from extractor import lexicon  # noqa: E402
from extractor.ingest import expand  # noqa: E402


def sample(folder: str, n: int | None) -> list[str]:
    files = sorted(expand([folder]))
    if n is None or n >= len(files):
        return files
    random.seed(1)
    return random.sample(files, n)


def read_and_clean(files: list[str]) -> tuple[float, float, int]:
    """CPU seconds reading, CPU seconds cleaning, documents cleaned (CPU time: the machine is shared)."""
    from extractor.clean import clean
    from extractor.readers import RejectedFile, read_bytes

    reading = cleaning = 0.0
    documents = 0
    for f in files:
        t0 = time.process_time()
        try:
            raws = read_bytes(f, Path(f).read_bytes())
        except RejectedFile:
            raws = []
        t1 = time.process_time()
        for raw in raws:
            clean(raw)
        t2 = time.process_time()
        reading += t1 - t0
        cleaning += t2 - t1
        documents += len(raws)
    return reading, cleaning, documents


def bare_parse(files: list[str]) -> float:
    """The yardstick of issue 7: read, parse with BeautifulSoup+lxml and get_text() every file."""
    warnings.filterwarnings("ignore", category=XMLParsedAsHTMLWarning)
    start = time.process_time()
    for f in files:
        BeautifulSoup(Path(f).read_bytes(), "lxml").get_text()
    return time.process_time() - start


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", default=str(ROOT.parent / "shared" / "corpus"))
    ap.add_argument("--sample", type=int, default=600, help="files drawn at random (seed 1); default 600")
    ap.add_argument("--all", action="store_true", help="every file of the folder")
    ap.add_argument("--profile", type=int, nargs="?", const=40, default=0, metavar="N",
                    help="run under cProfile and print the N most expensive functions (cumulative)")
    ap.add_argument("--skip-bare", action="store_true", help="do not time the bare parse")
    a = ap.parse_args(argv)

    start = time.process_time()
    lexicon.load()
    print(f"lexicon load  {time.process_time() - start:7.2f} s CPU")

    files = sample(a.folder, None if a.all else a.sample)
    profiler = cProfile.Profile() if a.profile else None
    if profiler:
        profiler.enable()
    reading, cleaning, documents = read_and_clean(files)
    if profiler:
        profiler.disable()
    print(f"{len(files)} files, {documents} documents" + ("  (under cProfile)" if profiler else ""))
    print(f"read          {reading:7.2f} s CPU")
    print(f"clean         {cleaning:7.2f} s CPU")
    print(f"read + clean  {reading + cleaning:7.2f} s CPU")
    if not a.skip_bare:
        print(f"bare parse    {bare_parse(files):7.2f} s CPU")
    if profiler:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(a.profile)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
