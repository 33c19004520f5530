"""The CLI as users run it: a real subprocess over real files."""
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd

from tradecompliance import load_rules
from tradecompliance._paths import data_dir

EXE = shutil.which("tradecompliance") or str(Path(sys.executable).parent / "tradecompliance")


def run(*args, cwd=None):
    return subprocess.run([EXE, *args], capture_output=True, text=True, cwd=cwd)


def test_help_lists_commands():
    out = run("--help")
    assert out.returncode == 0
    for cmd in ("quote", "rules", "hs", "fx"):
        assert cmd in out.stdout


def test_the_console_script_exits_with_the_commands_code_without_walking_what_the_run_built(tmp_path):
    # gcpause.before_exit: the interpreter's closing collection walked everything a run held (1.0-1.2 s after
    # quoting 1M lines); the console script (pyproject: tradecompliance_cli.main:main) freezes it first
    code = ("import gc, sys\nfrom tradecompliance_cli.main import main\nsys.argv = ['tradecompliance'] + sys.argv[1:]\n"
            "try:\n    main()\nexcept SystemExit as e:\n    print(gc.get_freeze_count() > 1000, e.code)\n")
    ok = subprocess.run([sys.executable, "-c", code, "fx", "convert", "100", "EUR", "USD", "--date", "2026-03-02"],
                        capture_output=True, text=True)
    assert ok.stdout.split()[-2:] == ["True", "0"], ok.stdout + ok.stderr
    bad = subprocess.run([sys.executable, "-c", code, "rules", "validate", str(tmp_path / "missing")], capture_output=True, text=True)
    assert bad.stdout.split()[-2:] == ["True", "1"], bad.stdout + bad.stderr


def test_quote_csv_to_parquet_keeps_every_row(tmp_path):
    out_path = tmp_path / "out.parquet"
    res = run("quote", str(data_dir() / "samples" / "orders.csv"), "-o", str(out_path))
    assert res.returncode == 0, res.stderr
    src = pd.read_csv(data_dir() / "samples" / "orders.csv", dtype=str, keep_default_na=False)
    out = pd.read_parquet(out_path)
    assert list(out["order_id"]) == list(src["order_id"])
    assert out.loc[out["order_id"] == "A6", "status"].tolist() == ["error"]
    assert "unknown country 'XX'" in out.loc[out["order_id"] == "A6", "error"].iloc[0]
    assert out.loc[0, "duty"] == "25.12" and out.loc[0, "vat"] == "44.54"
    assert not list(tmp_path.glob("*.part"))


def test_quote_explain_gives_each_figure_its_charges_decisions_and_pack(tmp_path):
    # a US order of two cotton T-shirts from China at USD 20.00 on 2 March 2026 (USD 40.00, de minimis suspended):
    # HTSUS 6109.10.00 16.5% = 6.60, the Section 122 surcharge 10% = 4.00, Section 301 List 4A 7.5% (HTSUS
    # 9903.88.15) = 3.00, and the informal-entry MPF of USD 2.69 on the consignment (CBP Dec. 25-10, FY2026); an
    # order into a country no pack covers explains nothing
    src = tmp_path / "orders.csv"
    src.write_text("order_id,origin_country,destination_country,date,currency,description,hs_code,quantity,unit_value\n"
                   "U1,CN,US,2026-03-02,USD,Cotton T-shirt,6109.10,2,20.00\n"
                   "X1,CN,XK,2026-03-02,USD,Cotton T-shirt,6109.10,2,20.00\n")
    plain, explained = tmp_path / "plain.csv", tmp_path / "explained.csv"
    assert run("quote", str(src), "-o", str(plain)).returncode == 0
    res = run("quote", str(src), "-o", str(explained), "--explain")
    assert res.returncode == 0, res.stderr
    a = pd.read_csv(plain, dtype=str, keep_default_na=False)
    b = pd.read_csv(explained, dtype=str, keep_default_na=False)
    assert b[list(a.columns)].equals(a)                       # the same figures, with their explanation beside
    assert b.loc[0, "duty"] == "13.60" and b.loc[0, "pack"] == load_rules().pack_for("US").label
    charges = json.loads(b.loc[0, "charges"])
    assert [(c["kind"], c["rate"], c["amount"]) for c in charges] == [
        ("duty", "16.5%", "6.60"), ("additional_duty", "10%", "4.00"), ("additional_duty", "7.5%", "3.00")]
    assert charges[0]["source"].startswith("data/tariffs/us.csv:") and "9903.88.15" in charges[2]["name"]
    assert all(c["pack"] == b.loc[0, "pack"] and c["base"] == "40.00" for c in charges)
    [fee] = json.loads(b.loc[0, "order_charges"])
    assert (fee["kind"], fee["amount"]) == ("fee", "2.69") and "CBP Dec. 25-10" in fee["ref"]
    assert any("FOB" in d for d in json.loads(b.loc[0, "decisions"]))
    assert b.loc[1, "status"] == "unsupported_destination" and (b.loc[1, "pack"], b.loc[1, "charges"]) == ("", "[]")


def test_quote_screen_and_classify_stream_in_chunks_and_answer_as_in_one(tmp_path):
    # the per-step commands read, process and write --chunk-rows rows at a time (memory bounded by the chunk, as
    # `run`): 3-row chunks give the file's answers cell for cell. Orders are runs of rows as in `run`: an order id
    # that comes back after other orders is an error, never merged; classification has no orders, so a file of
    # order lines repeating an id is classified row by row
    src = data_dir() / "samples" / "orders.csv"
    for command in ("quote", "screen"):
        whole, chunked = tmp_path / f"{command}-whole.csv", tmp_path / f"{command}-chunked.csv"
        assert run(command, str(src), "-o", str(whole)).returncode == 0
        res = run(command, str(src), "-o", str(chunked), "--chunk-rows", "3", "--no-progress")
        assert res.returncode == 0, res.stderr
        assert pd.read_csv(chunked, dtype=str, keep_default_na=False).equals(pd.read_csv(whole, dtype=str, keep_default_na=False))
    lines = tmp_path / "lines.csv"
    lines.write_text("order_id,origin_country,destination_country,date,currency,description,hs_code,quantity,unit_value\n"
                     "A,CN,DE,2026-03-02,EUR,Cotton T-shirt,6109.10,1,100.00\n"
                     "B,CN,DE,2026-03-02,EUR,Cotton T-shirt,6109.10,1,10.00\n"
                     "A,CN,DE,2026-03-02,EUR,Cotton T-shirt,6109.10,1,100.00\n")
    out = tmp_path / "q.csv"
    assert run("quote", str(lines), "-o", str(out), "--chunk-rows", "1").returncode == 0
    q = pd.read_csv(out, dtype=str, keep_default_na=False)
    # the first A alone: EUR 100.00 x German VAT 19% (UStG s. 12(1)) = 19.00
    assert list(q["status"]) == ["ok", "ok", "error"] and q.loc[0, "order_vat"] == "19.00"
    assert "comes back after other orders" in q.loc[2, "error"]
    res = run("classify", str(lines), "-o", str(out), "--chunk-rows", "1")
    assert res.returncode == 0, res.stderr
    c = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert list(c["order_id"]) == ["A", "B", "A"] and set(c["hs6"]) == {"610910"} and set(c["error"]) == {""}


def test_rules_validate_reports_file_line_and_exits_1(tmp_path):
    bad = tmp_path / "rules" / "eu"
    bad.mkdir(parents=True)
    (bad / "vat.yaml").write_text("rates:\n  DE:\n    standard:\n      - {from: 2027-01-01, value: nineteen, ref: tedb}\n")
    res = run("rules", "validate", str(tmp_path / "rules"))
    assert res.returncode == 1
    assert 'rules/eu/vat.yaml:4: rates.DE.standard.3.value: expected a percentage like "19%", got "nineteen"' in res.stderr


def test_rules_show_and_test():
    show = run("rules", "show", "FI", "--date", "2024-09-01")
    assert show.returncode == 0 and "25.5%" in show.stdout
    res = run("rules", "test")
    assert res.returncode == 0 and " 0 failed" in res.stdout


def test_hs_lookup():
    res = run("hs", "lookup", "8517 13 00")
    assert res.returncode == 0 and "8517.13" in res.stdout and "heading" in res.stdout
    assert run("hs", "lookup", "12345").returncode == 1


def test_bad_input_files_end_in_one_error_line_not_a_traceback(tmp_path):
    # a missing file, a file of no table format, a JSON-lines file broken part-way through, a table without
    # the column the step needs, an output name of no known format: exit status 1, one line naming the
    # file or column, and no output file (nor a half-written temporary one) left behind
    broken = tmp_path / "orders.jsonl"
    broken.write_text('{"order_id": "A1", "description": "mug"}\n{"order_id": "A2", "description": \n')
    no_desc = tmp_path / "items.csv"
    no_desc.write_text("title,price\nmug,3\n")
    # a JSON-lines file with a line that is no object (an array, a string): pandas raises a TypeError of its own
    arrays = tmp_path / "lines.jsonl"
    arrays.write_text('{"order_id": "A1", "description": "mug"}\n[1, 2, 3]\n"x"\n')
    notjson = tmp_path / "broken-order.json"
    notjson.write_text("not json\n")
    # a spreadsheet saved in Windows-1252 ("Müller" with byte 0xfc), not UTF-8
    latin = tmp_path / "latin.csv"
    latin.write_bytes("order_id,description\nA1,Müller mug\n".encode("cp1252"))
    out = tmp_path / "out.csv"
    cases = [
        (("quote", str(latin), "-o", str(out)), f'{latin}: not UTF-8 text (byte 0xfc is not UTF-8): save it as UTF-8 (in Excel: "CSV UTF-8")'),
        (("quote", str(tmp_path / "missing.csv"), "-o", str(out)), f"{tmp_path / 'missing.csv'}: no such file"),
        (("screen", str(tmp_path / "notes.txt"), "-o", str(out)), "unknown table format '.txt'"),
        (("run", str(broken), "-o", str(out)), f"{broken}: cannot be read as JSON lines"),
        (("classify", str(no_desc), "-o", str(out)), "input has no `description` column (columns: title, price)"),
        (("quote", str(arrays), "-o", str(out)), f"{arrays}: cannot be read as JSON lines: every line must be a JSON object"),
        (("classify", str(no_desc), "-o", str(tmp_path / "out.xlsx")), "unknown table format '.xlsx'"),
        (("declare", str(tmp_path / "order.json"), "-o", str(tmp_path / "cn22.json")), "No such file"),
        (("fx", "convert", "100", "USD", "XYZ", "--date", "2026-02-18"), "unknown currency 'XYZ': expected an ISO 4217 code"),
        (("rules", "show", "XX"), "no rule pack covers imports into 'XX'"),
        (("declare", str(notjson), "-o", str(tmp_path / "cn22.pdf")), f"{notjson}: not a JSON document: Expecting value: line 1 column 1"),
        (("hs", "children", "99999"), "'99999' has 5 digits"),
    ]
    (tmp_path / "notes.txt").write_text("not a table")
    for args, message in cases:
        res = run(*args)
        assert res.returncode == 1, (args, res.stderr)
        assert "Traceback" not in res.stderr and res.stderr.startswith("error: "), (args, res.stderr)
        assert message in res.stderr, (args, res.stderr)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken-order.json", "items.csv", "latin.csv", "lines.jsonl", "notes.txt", "orders.jsonl"]


def test_a_date_or_amount_option_written_wrong_is_a_usage_error_not_a_traceback():
    for args, said in ((("fx", "convert", "100", "USD", "EUR", "--date", "18/02/2026"), "'18/02/2026' is not a date (YYYY-MM-DD)"),
                       (("rules", "show", "DE", "--date", "2026-13-01"), "'2026-13-01' is not a date (YYYY-MM-DD)"),
                       (("fx", "convert", "abc", "USD", "EUR"), 'expected a decimal number like "12.50", got \'abc\'')):
        res = run(*args)
        assert res.returncode == 2 and "Traceback" not in res.stderr, (args, res.stderr)
        assert said in " ".join(res.stderr.replace("│", " ").split()), (args, res.stderr)


def test_a_semicolon_or_tab_separated_csv_is_read_by_its_header(tmp_path):
    # spreadsheets in many locales save CSV with semicolons: it had been read as one column ("missing column
    # order_id" on every row); German VAT 19% (UStG s. 12(1)) of EUR 10.00 is 1.90
    header = ["order_id", "origin_country", "destination_country", "date", "currency", "description", "hs_code", "unit_value"]
    row = ["A1", "CN", "DE", "2026-03-10", "EUR", "cotton T-shirt", "6109.10", "10.00"]
    for name, sep in (("semi.csv", ";"), ("tabs.csv", "\t")):
        src, out = tmp_path / name, tmp_path / f"out-{name}"
        src.write_text(sep.join(header) + "\n" + sep.join(row) + "\n", encoding="utf-8")
        res = run("quote", str(src), "-o", str(out))
        assert res.returncode == 0, res.stderr
        got = pd.read_csv(out, dtype=str, keep_default_na=False)
        assert list(got["status"]) == ["ok"] and list(got["vat"]) == ["1.90"], got.to_dict("records")


def test_classify_with_a_history_of_national_lines(tmp_path):
    # a team's past decisions with their 10-digit US lines: the nearest one is the national line given for US rows
    history = tmp_path / "past.csv"
    pd.DataFrame({"description": ["Zorblax Quantum Widget 3000"], "hs_code": ["8479.89.9499"]}).to_csv(history, index=False)
    src = tmp_path / "products.csv"
    pd.DataFrame({"description": ["Zorblax Quantum Widget 3000 Blue", "Men's cotton T-shirt"]}).to_csv(src, index=False)
    out = tmp_path / "codes.csv"
    res = run("classify", str(src), "-o", str(out), "--history", str(history), "--history-destination", "US", "--destination", "US")
    assert res.returncode == 0, res.stderr
    got = pd.read_csv(out, dtype=str, keep_default_na=False)
    # the T-shirt, far from the history, keeps the bundled line (HTSUS 6109.10.00.12, men's cotton T-shirts)
    assert got["hs6"].tolist()[0] == "847989" and got["national_code"].tolist() == ["8479899499", "6109100012"]
    bad = run("classify", str(src), "-o", str(out), "--history", str(history), "--history-destination", "XX")
    assert bad.returncode != 0 and "unknown country 'XX'" in bad.stderr and "Traceback" not in bad.stderr
