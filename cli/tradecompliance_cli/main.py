"""The `tradecompliance` command. Each command parses arguments, calls the core, prints the result."""
from __future__ import annotations

import datetime as dt
import functools
import json
import sys
from pathlib import Path
from typing import List, Optional

import typer

app = typer.Typer(no_args_is_help=True, add_completion=False, help="Classify, quote, screen and declare cross-border orders.")
rules_app = typer.Typer(no_args_is_help=True, help="Validate, inspect and test rule packs.")
hs_app = typer.Typer(no_args_is_help=True, help="Look up HS 2022 codes and national tariff lines.")
fx_app = typer.Typer(no_args_is_help=True, help="Exchange rates from the bundled ECB snapshot or an official table.")
app.add_typer(rules_app, name="rules")
app.add_typer(hs_app, name="hs")
tariffs_app = typer.Typer(no_args_is_help=True, help="Import official full tariff schedules into the bundled form.")
app.add_typer(fx_app, name="fx")
app.add_typer(tariffs_app, name="tariffs")
lists_app = typer.Typer(no_args_is_help=True, help="Denied-party lists: import the official files you downloaded.")
app.add_typer(lists_app, name="lists")
data_app = typer.Typer(no_args_is_help=True, help="Download the official tariff schedules and denied-party lists (the only command that uses the network).")
app.add_typer(data_app, name="data")

RulesOpt = typer.Option(None, "--rules", help="Folder of rule packs layered over the bundled ones (repeatable).")


def _clean_errors(command):
    """Bad input (a missing or unreadable file, a missing column, an invalid order, an output that cannot be
    written) ends the command with one `error: ...` line naming what is wrong and exit status 1, not a
    traceback."""
    @functools.wraps(command)
    def run(*args, **kwargs):
        from tradecompliance.errors import TradeComplianceError

        try:
            return command(*args, **kwargs)
        except (TradeComplianceError, OSError) as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(1)
    return run


def _load(extra: Optional[List[Path]]):
    from tradecompliance import load_rules
    from tradecompliance.errors import RulePackError

    try:
        return load_rules(*(extra or []))
    except RulePackError as exc:
        for p in exc.problems:
            typer.echo(str(p), err=True)
        typer.echo(f"{len(exc.problems)} error(s) in rule packs", err=True)
        raise typer.Exit(1)


ChunkRowsOpt = typer.Option(200_000, "--chunk-rows", min=1, help="Rows read, processed and written at a time: memory is bounded by this")
ProgressOpt = typer.Option(None, "--progress/--no-progress", help="Progress line (default: on a terminal only)")


def _check_files(input: Path, output: Path) -> None:
    """An output name of no known format, or an input that cannot be read, fails before the work, not after."""
    from tradecompliance.pipeline.stream import check_readable
    from tradecompliance.tableio import table_format

    table_format(output)
    check_readable(input)


def _said(summary, output: Path, counts: dict) -> None:
    typer.echo(f"{summary.rows} rows -> {output}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


def _fitted(clf, history: Path, destination: Optional[str]):
    """The classifier fitted on a table of past decisions; a bad row is reported with the file's name."""
    from tradecompliance.errors import InvalidInput
    from tradecompliance.tableio import read_table

    try:
        return clf.fit(read_table(history), destination=destination)
    except InvalidInput as exc:
        raise InvalidInput([(f"{history}: {path}" if path.startswith("history row") else path or str(history), msg)
                            for path, msg in exc.problems]) from None


ExplainHelp = ("Add pack, charges, order_charges and decisions columns: each figure's rate, base, rule, legal reference and "
               "rule-pack version (the one-order path: thousands of lines/s, not hundreds of thousands)")


@app.command("quote")
@_clean_errors
def quote_cmd(
    input: Path = typer.Argument(..., help="CSV, JSONL or Parquet of order lines (see README for the columns)"),
    output: Path = typer.Option(..., "-o", "--output", help="Output table; format from its extension"),
    rules: Optional[List[Path]] = RulesOpt,
    explain: bool = typer.Option(False, "--explain", help=ExplainHelp),
    chunk_rows: int = ChunkRowsOpt,
    progress: Optional[bool] = ProgressOpt,
) -> None:
    """Duties and import taxes for every order line; every input row comes back with status and error."""
    from tradecompliance.landed.table import quote_frame
    from tradecompliance.pipeline import run_file

    _check_files(input, output)
    rule_set = _load(rules)
    summary = run_file(input, output, lambda df: quote_frame(df, rule_set, explain=explain), chunk_rows=chunk_rows,
                       progress=progress)
    _said(summary, output, summary.statuses)


@app.command("run")
@_clean_errors
def run_cmd(
    input: Path = typer.Argument(..., help="CSV, JSONL or Parquet of order lines, rows of one order next to each other"),
    output: Path = typer.Option(..., "-o", "--output", help="Output table; format from its extension"),
    steps: str = typer.Option("classify,quote,screen", "--steps", help="Comma-separated subset of classify,quote,screen"),
    chunk_rows: int = ChunkRowsOpt,
    rules: Optional[List[Path]] = RulesOpt,
    lists: Optional[Path] = typer.Option(None, "--lists", help="Denied-party store (default: $TRADECOMPLIANCE_LISTS, else the bundled sample)"),
    progress: Optional[bool] = ProgressOpt,
    history: Optional[Path] = typer.Option(None, "--history", help="Table of past decisions (description, hs_code) the classify step uses first"),
    history_destination: Optional[str] = typer.Option(None, "--history-destination", help="Country whose national lines the history's codes are"),
    explain: bool = typer.Option(False, "--explain", help=ExplainHelp),
) -> None:
    """Classify (rows without an HS code), quote and screen a file of any size, streamed in chunks."""
    from tradecompliance.pipeline import STEPS, run_file, run_frame
    from tradecompliance.screening.parties.lists import load_lists

    chosen = tuple(s.strip() for s in steps.split(",") if s.strip())
    if not chosen or any(s not in STEPS for s in chosen):
        raise typer.BadParameter(f"use a comma-separated subset of {','.join(STEPS)}", param_hint="--steps")
    rule_set, party_lists = _load(rules), load_lists(lists)
    clf = None
    if history is not None:
        from tradecompliance.classification import Classifier

        clf = _fitted(Classifier.load(), history, history_destination)
    summary = run_file(input, output, lambda df: run_frame(df, rules=rule_set, lists=party_lists, classifier=clf, steps=chosen,
                                                           explain=explain),
                       chunk_rows=chunk_rows, progress=progress)
    typer.echo(f"-> {output}")
    for line in summary.lines():
        typer.echo(line)


@app.command("screen")
@_clean_errors
def screen_cmd(
    input: Path = typer.Argument(..., help="CSV, JSONL or Parquet of order lines (quote columns + buyer_name, buyer_country ...)"),
    output: Path = typer.Option(..., "-o", "--output", help="Output table; format from its extension"),
    rules: Optional[List[Path]] = RulesOpt,
    lists: Optional[Path] = typer.Option(None, "--lists", help="Store folder written by `lists import` (default: $TRADECOMPLIANCE_LISTS, else the bundled sample)"),
    chunk_rows: int = ChunkRowsOpt,
    progress: Optional[bool] = ProgressOpt,
) -> None:
    """Restrictions, embargoes, export controls and denied parties for every order line; every row kept."""
    from tradecompliance.pipeline import run_file
    from tradecompliance.screening.parties.lists import load_lists
    from tradecompliance.screening.table import screen_frame

    _check_files(input, output)
    rule_set, party_lists = _load(rules), load_lists(lists)
    summary = run_file(input, output, lambda df: screen_frame(df, rule_set, party_lists), chunk_rows=chunk_rows,
                       progress=progress)
    _said(summary, output, {("error" if k == "n/a" else k): v for k, v in summary.decisions.items()})


@app.command("declare")
@_clean_errors
def declare_cmd(
    input: Path = typer.Argument(..., help="One order as JSON, or a CSV/JSONL/Parquet table of order lines"),
    form: str = typer.Option("postal", "--form", "-f", help="postal (CN 22 or CN 23 as needed), cn22, cn23, commercial_invoice, h7"),
    output: Path = typer.Option(..., "-o", "--output", help="File (.json/.pdf/.xml) for one order; for a table, a folder: a file per order (its lines gathered wherever they stand) and index.csv with every row and its status"),
    fmt: Optional[str] = typer.Option(None, "--format", help="json, pdf or xml (default: the output file's extension, json for a folder)"),
    locale: Optional[str] = typer.Option(None, "--locale", help="CLDR locale for printed numbers and dates, e.g. de_DE"),
    no_classify: bool = typer.Option(False, "--no-classify", help="never fill a missing HS code from the classifier"),
    rules: Optional[List[Path]] = RulesOpt,
    lists: Optional[Path] = typer.Option(None, "--lists", help="Denied-party store for the H7 screening (default: bundled sample)"),
    chunk_rows: int = ChunkRowsOpt,
    progress: Optional[bool] = ProgressOpt,
) -> None:
    """Fill customs forms: CN 22/CN 23, commercial invoice, EU H7 (JSON, PDF, XML); from a table, a file per order."""
    from tradecompliance.declarations import FORMS, declare
    from tradecompliance.declarations.request import MEDIA, render
    from tradecompliance.declarations.table import declare_file
    from tradecompliance.errors import InvalidInput
    from tradecompliance.jsondata import loads
    from tradecompliance.pipeline.stream import check_readable
    from tradecompliance.screening.parties.lists import load_lists
    from tradecompliance.tableio import write_bytes_atomic

    if form not in FORMS:
        raise typer.BadParameter(f"use one of {', '.join(FORMS)}", param_hint="--form")
    fmt = fmt or (output.suffix.lstrip(".").lower() if output.suffix else "json")
    if fmt not in MEDIA:
        raise typer.BadParameter("use json, pdf or xml", param_hint="--format")
    if input.suffix.lower() != ".json":
        check_readable(input)           # a bad table fails before the rules load
    rule_set = _load(rules)
    if input.suffix.lower() == ".json":
        try:
            order = loads(input.read_bytes())
        except ValueError as exc:          # JSONDecodeError, with line and column
            typer.echo(f"error: {input}: not a JSON document: {exc}", err=True)
            raise typer.Exit(1)
        try:
            decl = declare(order, form, rules=rule_set, lists=load_lists(lists), locale=locale, classify=not no_classify)
            data = render(decl, fmt)  # type: ignore[arg-type]
        except InvalidInput as exc:
            for path, msg in exc.problems:
                typer.echo(f"{path or '<order>'}: {msg}", err=True)
            raise typer.Exit(1)
        write_bytes_atomic(output, data)
        for note in decl.notes:
            typer.echo(f"note: {note.field}: {note.message}", err=True)
        typer.echo(f"{decl.form} -> {output}" + (f" ({decl.chosen_because})" if decl.chosen_because else ""))
        return
    summary = declare_file(input, form, output, fmt, rules=rule_set, lists=load_lists(lists), locale=locale,
                           classify=not no_classify, chunk_rows=chunk_rows, progress=progress)
    _said(summary, output / "index.csv", summary.statuses)


@lists_app.command("import")
def lists_import(
    out: Path = typer.Option(..., "--out", help="Store folder to write (entries.jsonl, manifest.json)"),
    ofac: Optional[List[Path]] = typer.Option(None, "--ofac", help="OFAC legacy CSV: sdn.csv [alt.csv] [add.csv] (or cons_*.csv), repeat the option per file"),
    eu: Optional[Path] = typer.Option(None, "--eu", help="EU FSF consolidated list CSV"),
    un: Optional[Path] = typer.Option(None, "--un", help="UN SC consolidated list XML"),
    uk: Optional[Path] = typer.Option(None, "--uk", help="UK Sanctions List CSV (FCDO), or an OFSI Consolidated List CSV"),
    csl: Optional[Path] = typer.Option(None, "--csl", help="US Consolidated Screening List, bulk JSON (consolidated.json)"),
) -> None:
    """Load the official list files you downloaded; screen with --lists OUT or TRADECOMPLIANCE_LISTS=OUT."""
    from tradecompliance.screening.parties.importers import ListFormatError
    from tradecompliance.screening.parties.lists import import_lists

    sources = [(fmt, paths, None) for fmt, paths in (("ofac", ofac or []), ("eu", [eu] if eu else []), ("un", [un] if un else []),
                                                      ("uk", [uk] if uk else []), ("csl", [csl] if csl else [])) if paths]
    if not sources:
        typer.echo("give at least one of --ofac, --eu, --un, --uk, --csl", err=True)
        raise typer.Exit(2)
    try:
        counts = import_lists(sources, out)
    except (ListFormatError, OSError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1)
    typer.echo(f"{sum(counts.values())} entries -> {out}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


@lists_app.command("screen")
@_clean_errors
def lists_screen(
    input: Path = typer.Argument(..., help="CSV, JSONL or Parquet with a name column (and optional country, date_of_birth)"),
    output: Path = typer.Option(..., "-o", "--output", help="Output table; format from its extension"),
    lists: Optional[Path] = typer.Option(None, "--lists", help="Store folder written by `lists import` (default: $TRADECOMPLIANCE_LISTS, else the bundled sample)"),
    name: str = typer.Option("name", "--name-column"),
    country: str = typer.Option("country", "--country-column"),
    dob: str = typer.Option("date_of_birth", "--dob-column"),
) -> None:
    """Denied-party screening of a table of names (each distinct name matched once); every row kept, in order."""
    from tradecompliance.screening.parties.batch import screen_names_frame
    from tradecompliance.screening.parties.lists import load_lists
    from tradecompliance.tableio import read_table, table_format, write_table

    table_format(output)
    try:
        result = screen_names_frame(read_table(input), load_lists(lists), name=name, country=country, date_of_birth=dob)
    except KeyError as exc:
        typer.echo(f"error: {exc.args[0]}", err=True)
        raise typer.Exit(2)
    write_table(result, output)
    counts = result["decision"].replace("", "error").value_counts().to_dict()
    typer.echo(f"{len(result)} rows -> {output}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


def _run_import(read, out: Path, *what: str) -> None:
    """Run an importer, write its tables, and say what was imported and what was skipped, with why."""
    try:
        result = read()
    except (ValueError, OSError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1)
    result.write(out)
    counts = [f"{len(result.tariff_rows)} rates"] + [f"{len(getattr(result, w))} {w.replace('_', ' ')}" for w in what]
    typer.echo(", ".join(counts + [f"{len(result.skipped)} rates skipped -> {out}"]))
    for reason in result.skipped[:20]:
        typer.echo(f"  skipped {reason}", err=True)


_OUT = typer.Option(..., "--out", help="Folder to write tariffs/<name>.csv into (point TRADECOMPLIANCE_TARIFFS at OUT/tariffs)")
_EDITION = typer.Option(..., "--edition", help="Edition label cited on every row, e.g. 2026 Revision 1")


def _date_option(value: str) -> str:
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)")


_VALID_FROM = typer.Option(..., "--valid-from", callback=_date_option, help="Date the edition takes effect (YYYY-MM-DD)")


@tariffs_app.command("import-usitc")
def tariffs_import_usitc(source: Path = typer.Argument(..., help="HTS export from hts.usitc.gov, JSON or CSV"),
                         out: Path = _OUT, valid_from: str = _VALID_FROM, edition: str = _EDITION) -> None:
    """Write the HTS column 1 rates, general and of the trade agreements (tariffs/us.csv), and 10-digit lines (hs_codes/us.csv)."""
    from tradecompliance.landed.importers.usitc import read_hts

    _run_import(lambda: read_hts(source, valid_from=valid_from, edition=edition), out, "national_lines")


@tariffs_app.command("import-ukgt")
def tariffs_import_ukgt(source: Path = typer.Argument(..., help="UK Global Tariff table as CSV (columns commodity, ukgt_duty_rate, ...)"),
                        out: Path = _OUT, valid_from: str = _VALID_FROM, edition: str = _EDITION,
                        column: str = typer.Option("ukgt_duty_rate", help="ukgt_duty_rate (tariffs/gb.csv) or cet_duty_rate "
                                                   "(the table's EU column, tariffs/eu.csv)")) -> None:
    """Write the UKGT rates (tariffs/gb.csv), or the table's EU CET rates (tariffs/eu.csv)."""
    from tradecompliance.landed.importers.ukgt import read_ukgt_csv

    _run_import(lambda: read_ukgt_csv(source, valid_from=valid_from, edition=edition, column=column), out)


@tariffs_app.command("import-taric")
def tariffs_import_taric(source: Path = typer.Argument(..., help="TARIC duties table: 'Duties Import 01-99.xlsx' or the same as CSV"),
                         out: Path = _OUT, edition: str = _EDITION) -> None:
    """Write the EU third-country duties (tariffs/eu.csv), each from its measure's start date, and the tariff preferences of the EU pack's agreement partners."""
    from tradecompliance import load_rules
    from tradecompliance.landed.importers.taric import partner_agreements, read_taric

    _run_import(lambda: read_taric(source, edition=edition, agreements=partner_agreements(load_rules(), "eu")), out)


@tariffs_app.command("import-uk-measures")
def tariffs_import_uk_measures(source: Path = typer.Argument(..., help="DBT data API table measures-on-declarable-commodities (uk-tariff-2021-01-01), CSV"),
                               out: Path = _OUT, edition: str = _EDITION) -> None:
    """Write the UK third-country duties (tariffs/gb.csv), each from its measure's start date, and the tariff preferences of the GB pack's agreement partners."""
    from tradecompliance import load_rules
    from tradecompliance.landed.importers.taric import partner_agreements, read_uk_measures

    _run_import(lambda: read_uk_measures(source, edition=edition, agreements=partner_agreements(load_rules(), "gb")), out)


@tariffs_app.command("import-cn")
def tariffs_import_cn(source: Path = typer.Argument(..., help="TARIC goods nomenclature table: 'Nomenclature EN.xlsx' or the same as CSV"),
                      out: Path = typer.Option(..., "--out", help="Folder to write hs_codes/eu.csv into (point TRADECOMPLIANCE_NATIONAL_LINES at OUT/hs_codes)"),
                      on: str = typer.Option(dt.date.today().isoformat(), "--on", callback=_date_option, help="Date the lines must be valid on (YYYY-MM-DD)")) -> None:
    """Write the EU Combined Nomenclature 8-digit lines (hs_codes/eu.csv) valid on a date."""
    from tradecompliance.landed.importers.cn_lines import read_cn_nomenclature, write_cn_lines

    try:
        rows, skipped = read_cn_nomenclature(source, on=on)
    except (ValueError, OSError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1)
    target = write_cn_lines(rows, out)
    typer.echo(f"{len(rows)} CN lines valid on {on}, {len(skipped)} skipped -> {target}")
    for reason in skipped[:20]:
        typer.echo(f"  skipped {reason}", err=True)


@app.command("classify")
@_clean_errors
def classify_cmd(
    input: Path = typer.Argument(..., help="CSV, JSONL or Parquet with a `description` column; optional category, attributes, sku, destination_country, value and currency (unit value, for national lines split by value)"),
    output: Path = typer.Option(..., "-o", "--output", help="Output table; format from its extension"),
    rules: Optional[List[Path]] = typer.Option(None, "--rules", help="Folder with hs_codes/*.yaml knowledge (vocabulary, splits, overrides) layered over the bundled one"),
    threshold: Optional[float] = typer.Option(None, "--threshold", min=0.0, max=1.0, help="Confidence at or above which a row is `classified` (default: the calibrated one)"),
    history: Optional[Path] = typer.Option(None, "--history", help="Table of past decisions (description, hs_code) to use first"),
    history_destination: Optional[str] = typer.Option(None, "--history-destination", help="Country whose national lines the history's codes are (US: 10-digit HTS); given for its schedule"),
    destination: Optional[str] = typer.Option(None, "--destination", help="Country whose national line to give where a row has no destination_country"),
    chunk_rows: int = ChunkRowsOpt,
    progress: Optional[bool] = ProgressOpt,
) -> None:
    """HS 2022 code, national line, confidence and candidates for every row; nothing is dropped."""
    from tradecompliance.classification.engine import Classifier
    from tradecompliance.classification.table import classify_frame
    from tradecompliance.errors import RulePackError
    from tradecompliance.pipeline import run_file

    _check_files(input, output)   # a file that cannot be read fails before the knowledge is loaded
    if destination is not None:
        from tradecompliance.countries import check_country

        try:
            destination = check_country(destination)
        except ValueError as exc:
            raise typer.BadParameter(str(exc), param_hint="--destination")
    try:
        clf = Classifier.load(*(rules or []))
    except RulePackError as exc:
        for p in exc.problems:
            typer.echo(str(p), err=True)
        raise typer.Exit(1)
    if threshold is not None:
        clf.threshold = threshold
    if history is not None:
        _fitted(clf, history, history_destination)
    # rows are listings, classified one by one: no order grouping (a file of order lines may repeat an order id)
    summary = run_file(input, output, lambda df: classify_frame(df, clf, destination=destination), chunk_rows=chunk_rows,
                       progress=progress, orders=False)
    _said(summary, output, summary.statuses)


@rules_app.command("validate")
def rules_validate(folders: List[Path] = typer.Argument(None, help="Rule folders over the bundled packs")) -> None:
    """Check every pack file; list every error as file:line: field: message. Exit 1 on any error."""
    rules = _load(folders)
    n = sum(len(p.files) for p in rules.packs.values())
    typer.echo(f"ok: {len(rules.packs)} packs, {n} files ({', '.join(f'{k}@{v}' for k, v in rules.versions().items())})")


@rules_app.command("show")
@_clean_errors
def rules_show(
    country: str,
    date: str = typer.Option(None, "--date", callback=lambda v: v and _date_option(v), help="YYYY-MM-DD (default: today)"),
    rules: Optional[List[Path]] = RulesOpt,
    as_json: bool = typer.Option(False, "--json", help="JSON instead of YAML"),
) -> None:
    """What applies to imports into COUNTRY on a date, with legal references."""
    import yaml

    from tradecompliance.packs.describe import describe

    when = dt.date.fromisoformat(date) if date else dt.date.today()
    data = describe(_load(rules), country, when)
    if data.get("pack") is None:
        typer.echo(f"error: no rule pack covers imports into {country!r} (an ISO 3166-1 alpha-2 code such as DE, GB, US)", err=True)
        raise typer.Exit(1)
    if as_json:
        typer.echo(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        typer.echo(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=120).rstrip())


@rules_app.command("test")
def rules_test(
    folders: List[Path] = typer.Argument(None, help="Rule folders over the bundled packs"),
    pack: Optional[str] = typer.Option(None, "--pack", help="Only this pack's cases"),
) -> None:
    """Run the YAML test cases beside the rules; print pass/fail per case with a diff. Exit 1 on failure."""
    from tradecompliance.packs.casetest import run_cases

    results = run_cases(_load(folders), pack)
    failed = 0
    for r in results:
        mark = "PASS" if r.passed else "FAIL"
        typer.echo(f"{mark} {r.pack}: {r.name}  ({r.location})")
        if not r.passed:
            failed += 1
            for line in r.differences:
                typer.echo(f"     - {line}")
            if r.error:
                typer.echo(f"     ! {r.error}")
    typer.echo(f"{len(results) - failed} passed, {failed} failed")
    raise typer.Exit(1 if failed else 0)


@hs_app.command("lookup")
def hs_lookup(code: str) -> None:
    """Normalise CODE and show its place in HS 2022 (chapter > heading > subheading)."""
    from tradecompliance.errors import InvalidCode
    from tradecompliance.hs import nomenclature

    try:
        path = nomenclature.ancestors(code)
    except InvalidCode as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1)
    for entry in path:
        typer.echo(f"{entry.formatted:<10} {entry.level:<11} {entry.description}")
    from tradecompliance.hs.national import national_lines

    for line in national_lines().under(path[-1].code):
        typer.echo(f"  {line.jurisdiction:<3} {line.formatted:<14} {line.description}")


@hs_app.command("children")
@_clean_errors
def hs_children(code: str) -> None:
    """List the headings of a chapter or the subheadings of a heading."""
    from tradecompliance.hs import nomenclature

    for entry in nomenclature.children(code):
        typer.echo(f"{entry.formatted:<10} {entry.description}")


@data_app.command("sources")
@_clean_errors
def data_sources() -> None:
    """The official files `data update` fetches: id, what each feeds, publisher and address."""
    from tradecompliance.dataupdate import load_sources

    version, sources = load_sources()
    typer.echo(f"data/sources.yaml version {version}")
    for s in sources.values():
        files = s.downloads()
        first = files[0][1] + (f" (and {len(files) - 1} more, one per chapter)" if s.per_chapter else "")
        typer.echo(f"{s.id}: {s.title}\n  publisher: {s.publisher}\n  feeds: {', '.join(s.feeds)}\n  from: {first}"
                   + "".join(f"\n        {url}" for _, url in files[1:] if not s.per_chapter))


@data_app.command("status")
@_clean_errors
def data_status() -> None:
    """The data this process would use (bundled or downloaded), the ECB rates' last day, and when each source was fetched."""
    from tradecompliance.dataupdate.status import data_in_use

    typer.echo(json.dumps(data_in_use(), indent=2, ensure_ascii=False))


@data_app.command("update")
@_clean_errors
def data_update(
    out: Path = typer.Option(..., "--out", help="Folder to keep the downloads and the tables made from them in"),
    only: Optional[List[str]] = typer.Option(None, "--only", help="Source id to update (repeatable; default: all, see `data sources`)"),
    mirror: Optional[str] = typer.Option(None, "--mirror", help="Fetch <MIRROR>/<source id>/<file name> instead of the publishers' addresses"),
    timeout: float = typer.Option(60.0, "--timeout", min=1, help="Seconds to wait for an answer"),
    max_mb: int = typer.Option(1024, "--max-mb", min=1, help="Largest file accepted, in MiB"),
    retries: int = typer.Option(2, "--retries", min=0, help="Times to ask again after a 5xx answer, a time-out or a dropped connection"),
    valid_from: Optional[str] = typer.Option(None, "--valid-from", callback=lambda v: v and _date_option(v),
                                             help="Date the downloaded US rates are cited from (default: today)"),
) -> None:
    """Fetch, check and import the official files; a source that fails keeps its previous files."""
    from tradecompliance.dataupdate import update

    def progress(source: str, done: int, total: int) -> None:
        if total > 1 and sys.stderr.isatty():
            typer.echo(f"\r{source}: {done}/{total} files", err=True, nl=done == total)

    report = update(out, only=only, mirror=mirror, timeout=timeout, max_bytes=max_mb << 20, retries=retries,
                    valid_from=dt.date.fromisoformat(valid_from) if valid_from else None, progress=progress)
    for o in report.outcomes:
        typer.echo(f"{o.id}: {'ok' if o.ok else 'FAILED'}: {o.message}", err=not o.ok)
    typer.echo(f"manifest: {report.out / 'manifest.json'}")
    for var, path in report.environment().items():
        typer.echo(f"export {var}={path}")
    if not report.ok:
        raise typer.Exit(1)


@fx_app.command("convert")
@_clean_errors
def fx_convert(
    amount: str,
    base: str,
    quote: str,
    date: str = typer.Option(None, "--date", callback=lambda v: v and _date_option(v), help="YYYY-MM-DD (default: today)"),
    table: Optional[Path] = typer.Option(None, "--table", help="CSV date,base,quote,rate (official customs rates; default: "
                                         "the tables in $TRADECOMPLIANCE_FX, then the ECB's, as quotes use them)"),
    locale: str = typer.Option("en_US", "--locale"),
) -> None:
    """Convert AMOUNT from BASE to QUOTE at the dated rate, exactly."""
    from tradecompliance.currency import customs_rates, format_money, load_table
    from tradecompliance.money import check_currency, to_decimal

    try:
        money = to_decimal(amount)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="AMOUNT")
    when = dt.date.fromisoformat(date) if date else dt.date.today()
    fx = load_table(table) if table else customs_rates()
    q = fx.quote(check_currency(base), check_currency(quote), when)
    value = money * q.rate
    typer.echo(f"{format_money(money, q.base, locale)} = {format_money(value, q.quote, locale)}")
    typer.echo(f"rate 1 {q.base} = {q.rate} {q.quote} ({q.table}, {q.rate_date}; {q.source})")


@app.command("serve")
def serve(
    host: str = typer.Option("127.0.0.1", "--host"),
    port: int = typer.Option(8000, "--port", min=0, max=65535),
    rules: Optional[List[Path]] = RulesOpt,
    workers: int = typer.Option(1, "--workers", min=1, help="Worker processes"),
    max_body: int = typer.Option(1_000_000, "--max-body-bytes", min=1, help="Largest request body for one order or product (413 above)"),
    lists: Optional[Path] = typer.Option(None, "--lists", help="Denied-party store from `lists import` (default: bundled sample)"),
) -> None:
    """Serve the JSON API (OpenAPI at /docs and /openapi.json) with uvicorn."""
    import os

    import uvicorn

    from tradecompliance_cli.server import ENV_MAX_BODY, ENV_RULES

    _load(rules)  # refuse to start on invalid packs, with every error listed
    os.environ[ENV_RULES] = os.pathsep.join(str(Path(d).resolve()) for d in rules or [])
    os.environ[ENV_MAX_BODY] = str(max_body)
    if lists is not None:
        from tradecompliance.screening.parties.lists import ENV_LISTS, load_lists

        load_lists(lists)  # refuse to start on an unreadable store
        os.environ[ENV_LISTS] = str(lists.resolve())
    uvicorn.run("tradecompliance_cli.server:app_from_env", factory=True, host=host, port=port, workers=workers,
                log_level="info")


def main() -> None:
    """The console script: the command, then an exit that does not walk what the run built (gcpause.before_exit)."""
    from tradecompliance.gcpause import before_exit

    try:
        app()
    finally:
        before_exit()


if __name__ == "__main__":  # pragma: no cover
    main()
