"""Denied-party matching: recall on name variants generated from list entries (typos, token reordering,
dropped middle names, transliteration back from Cyrillic), false-positive rate on ordinary names, and
names/s. Runs on the bundled sample lists, or on a store from `lists import` (--lists DIR).

    python benchmarks/screen_parties.py [--lists DIR] [--variants N]"""
import argparse
import random
import time

from tradecompliance.screening.parties import load_lists

FIRST = ("James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard Susan Joseph "
         "Jessica Thomas Sarah Carlos Maria Jose Ana Luis Sofia Wei Li Hiroshi Yuki Ahmed Fatima Ivan Olga Pierre "
         "Camille Hans Greta Giulia Marco Priya Rahul Kwame Amara Lars Ingrid Pablo Lucia Mehmet Ayse Dmitri Elena").split()
LAST = ("Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson "
        "Anderson Thomas Taylor Moore Jackson Martin Lee Thompson White Harris Clark Lewis Walker Hall Young King "
        "Wang Zhang Chen Tanaka Suzuki Kim Park Nguyen Muller Schmidt Schneider Dubois Rossi Russo Kowalski Novak "
        "Ivanov Smirnov Petrov Sokolov Popescu Yilmaz Kaya Singh Patel Sharma Okafor Mensah Silva Santos Pereira").split()
CYR = str.maketrans("abvgdezijklmnoprstufhc", "абвгдезийклмнопрстуфхц")


def typo(name: str, rng: random.Random) -> str:
    chars = list(name)
    i = rng.randrange(1, len(chars) - 1)
    op = rng.choice("swap drop double replace".split())
    if op == "swap":
        chars[i], chars[i + 1 if i + 1 < len(chars) else i - 1] = chars[i + 1 if i + 1 < len(chars) else i - 1], chars[i]
    elif op == "drop":
        del chars[i]
    elif op == "double":
        chars.insert(i, chars[i])
    else:
        chars[i] = rng.choice("aeiou")
    return "".join(chars)


def variants(name: str, rng: random.Random) -> dict[str, str]:
    toks = name.split()
    out = {"exact": name, "typo": typo(name, rng), "reordered": " ".join(reversed(toks))}
    if len(toks) >= 3:
        out["middle_dropped"] = f"{toks[0]} {toks[-1]}"
    if name.isascii():
        out["cyrillic"] = name.lower().translate(CYR)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lists", default=None)
    ap.add_argument("--ordinary", type=int, default=2000)
    ap.add_argument("--batch", type=int, default=1_000_000, help="rows of the batch run (names drawn from --ordinary x 100 distinct)")
    args = ap.parse_args()
    rng = random.Random(20261124)
    lists = load_lists(args.lists)
    m = lists.matcher
    kinds: dict[str, list[int]] = {}
    for entry in lists.entries:
        for alias in entry.names:
            if len(alias.name) < 6 or alias.weak:
                continue
            for kind, text in variants(alias.name, rng).items():
                hits = m.match(text)
                kinds.setdefault(kind, []).append(any(h.entry_id == entry.entry_id and h.list == entry.list for h in hits))
    total = sum(len(v) for v in kinds.values())
    found = sum(sum(v) for v in kinds.values())
    print(f"lists: {', '.join(sorted(lists.sources))} ({len(lists.entries)} entries, {len(m.aliases)} aliases)")
    print(f"recall on generated variants: {found}/{total} = {found / total:.1%}")
    for kind, v in sorted(kinds.items()):
        print(f"  {kind:<15} {sum(v)}/{len(v)} = {sum(v) / len(v):.1%}")
    ordinary = [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(args.ordinary)]
    t = time.perf_counter()
    flagged = sum(1 for n in ordinary if m.match(n))
    dt = time.perf_counter() - t
    print(f"false positives on {len(ordinary)} ordinary names: {flagged} = {flagged / len(ordinary):.2%}")
    print(f"matching speed: {len(ordinary) / dt:,.0f} names/s (one core)")
    if args.batch:
        import pandas as pd

        from tradecompliance.screening.parties.batch import screen_names_frame

        countries = ["US", "GB", "DE", "FR", "RU", "CN", "IN", "BR"]
        distinct = [f"{rng.choice(FIRST)} {rng.choice(LAST)} {rng.choice(LAST)}" for _ in range(args.ordinary * 100)]
        pick = [rng.randrange(len(distinct)) for _ in range(args.batch)]
        df = pd.DataFrame({"name": [distinct[i] for i in pick], "country": [countries[i % len(countries)] for i in pick]})
        t = time.perf_counter()
        out = screen_names_frame(df, lists)
        dt = time.perf_counter() - t
        n_distinct = len(set(zip(df["name"], df["country"])))
        print(f"batch (screen_names_frame): {len(out):,} rows, {n_distinct:,} distinct parties, {dt:.1f} s = "
              f"{len(out) / dt:,.0f} rows/s (one core); decisions {out['decision'].value_counts().to_dict()}")


if __name__ == "__main__":
    main()
