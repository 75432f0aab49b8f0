"""Print a reproducible random sample of claim clusters reported by several outlets, for hand-checking.

Usage: python bench/cluster_sample.py --db DB [--n 30] [--seed 5] [--min-outlets 2]
Each cluster is printed with every appearance (outlet, day, wording) so a reader can
judge whether they are one statement.
"""
import argparse
import random
import sqlite3


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True)
    ap.add_argument("--n", type=int, default=30)
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--min-outlets", type=int, default=2)
    a = ap.parse_args(argv)
    conn = sqlite3.connect(a.db)
    ids = [i for (i,) in conn.execute("select id from claim_clusters where outlets >= ? order by id", (a.min_outlets,))]
    print(f"{len(ids)} clusters with >= {a.min_outlets} outlets; sample of {min(a.n, len(ids))} (seed {a.seed})")
    for k, cid in enumerate(sorted(random.Random(a.seed).sample(ids, min(a.n, len(ids)))), 1):
        speaker, outlets = conn.execute("select s.name, c.outlets from claim_clusters c join speakers s on s.id = c.speaker_id "
                                        "where c.id = ?", (cid,)).fetchone()
        print(f"\n#{k} cluster {cid}  {speaker}  ({outlets} outlets)")
        for outlet, day, text in conn.execute(
                "select o.name, c.said_on, c.text from claims c join documents d on d.id = c.document_id "
                "left join outlets o on o.id = d.outlet_id where c.cluster_id = ? "
                "order by d.published_at", (cid,)):
            print(f"   {outlet} {day}: {text[:160]}")


if __name__ == "__main__":
    main()
