"""Batch denied-party screening over a table of names: same answers as the one-party path, every row in
order, one error row per unreadable row, and the CLI over a real Parquet file."""
from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pandas as pd

from tradecompliance.screening.parties.batch import screen_names_frame
from tradecompliance.screening.parties.lists import load_lists


def test_batch_equals_one_party_path_and_keeps_every_row():
    lists = load_lists()
    names = ["Arkady Volkov", "VOLKOV Arkadiy Sergeyevich", "Jane Smith", "Northern Lights Aviation Services LLC",
             "Аркадий Волков", "Arkady Volkov", "", "Maria Garcia"]
    countries = ["RU", "", "GB", "RU", "RU", "FR", "DE", "ES"]
    dobs = ["1961-03-14", "", "", "", "", "1990-01-01", "", "31/12/1980"]
    df = pd.DataFrame({"customer_id": range(len(names)), "name": names, "country": countries, "date_of_birth": dobs})
    out = screen_names_frame(df, lists)
    assert list(out["customer_id"]) == list(range(len(names)))  # every row, in input order
    for i in range(5):
        dob = dt.date.fromisoformat(dobs[i]) if dobs[i] else None
        hits = lists.matcher.match(names[i], countries[i] or None, dob)
        assert out.loc[i, "decision"] == lists.matcher.decision(hits)
        if hits:
            assert out.loc[i, "entry_id"] == hits[0].entry_id and out.loc[i, "score"] == hits[0].score
    # the listed name with its listed date of birth blocks; the same name with another birth date and
    # country is contradicted (-30 and -10) and clears
    assert out.loc[0, "decision"] == "block" and out.loc[5, "decision"] == "clear"
    assert out.loc[2, "decision"] == "clear"
    assert out.loc[6, "status"] == "error" and "no name" in out.loc[6, "error"]
    assert out.loc[7, "status"] == "error" and "31/12/1980" in out.loc[7, "error"]


def test_cli_lists_screen_over_parquet(tmp_path):
    src, dst = tmp_path / "customers.parquet", tmp_path / "screened.csv"
    pd.DataFrame({"full_name": ["Arkady Volkov", "Jane Smith"] * 50, "country": ["RU", "GB"] * 50}).to_parquet(src)
    run = subprocess.run([sys.executable, "-m", "tradecompliance_cli.main", "lists", "screen", str(src), "-o", str(dst),
                          "--name-column", "full_name"], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    out = pd.read_csv(dst, keep_default_na=False)
    assert len(out) == 100 and list(out["decision"][:2]) == ["block", "clear"]


def test_a_name_no_alias_could_meet_is_told_apart_for_a_whole_list_at_once():
    # `could_match` answers for many names in one pass; where it says no, `match` must find nothing. Names
    # made from the listed aliases (typos, reordering, legal forms, punctuation, case), random words and
    # non-Latin scripts: not one of them may be missed.
    import random

    lists = load_lists()
    m = lists.matcher
    rng = random.Random(7)
    aliases = [a.name for a in m.aliases]
    words = [w for a in aliases for w in a.split()]

    def garble(word: str) -> str:
        k = rng.randrange(len(word)) if word else 0
        return word[:k] + rng.choice("aeiouxyz-.'") + word[k + 1:]

    names = []
    for _ in range(3000):
        kind = rng.random()
        if kind < 0.4:
            parts = rng.choice(aliases).split()
            rng.shuffle(parts)
            names.append(" ".join(garble(p) if rng.random() < 0.3 else p for p in parts) + rng.choice(["", " LLC", ", Ltd.", " OOO"]))
        elif kind < 0.7:
            names.append(" ".join(rng.choice(words).upper() if rng.random() < 0.5 else garble(rng.choice(words)) for _ in range(rng.randint(1, 3))))
        elif kind < 0.9:
            names.append("".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789 -&.,") for _ in range(rng.randint(1, 20))))
        else:
            names.append(rng.choice(["Аркадий Волков", "Société Générale Élan", "北京贸易有限公司", "Müller GmbH"]))
    could = m.could_match(names)
    missed = [n for n, c in zip(names, could) if not c and m.match(n)]
    assert missed == []
    assert 0 < could.sum() < len(names)          # it does tell names apart
    assert not m.could_match(["Jane Smith"])[0] and m.could_match(["Arkadiy Volkov"])[0]
