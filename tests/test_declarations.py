"""Declarations: CN 22/CN 23 choice at the 300 SDR and 2 kg limits, field-level errors, the commercial
invoice's totals, the EU H7 data set and its XML schema, and the printed PDFs read back (text and pixels).

Sources used for the hand-worked figures:
- UPU CN 22 instructions: contents over 300 SDR need a CN 23 (data/declarations/forms.yaml, ref upu_cn22).
- IMF, SDRs per currency unit on 22 Dec 2025: EUR 0.85907, USD 0.731435 (data/declarations/sdr.csv).
  300 SDR = 300 / 0.85907 = 349.2148... EUR; 300 / 0.731435 = 410.1526... USD.
- Council Regulation (EC) No 1186/2009 Art. 23(1): negligible-value duty relief up to EUR 150 (H7 scope).
- Germany: UStG §12(1) standard VAT 19%; VAT Directive 2006/112/EC Art. 86(1)(b) and (2): transport to the
  destination is part of the import VAT base. 40.00 + 5.00 = 45.00; 45.00 x 19% = 8.55, paid at checkout (IOSS).
"""
from __future__ import annotations

import copy
import io
import json
import subprocess
from decimal import Decimal

import numpy as np
import pandas as pd
import pytest

from tradecompliance.declarations import Declaration, DeclarationError, declare
from tradecompliance.declarations.h7xml import H7SchemaError, validate_h7
from tradecompliance.errors import InvalidInput

from test_cli import run

SELLER = {"name": "Shenzhen Bright Trading Co., Ltd.", "address": ["18 Keji Road"], "city": "Shenzhen",
          "postal_code": "518000", "country": "CN"}
BUYER = {"name": "Jürgen Müller", "address": ["Hauptstraße 5"], "city": "Berlin", "postal_code": "10115", "country": "DE"}


def order(**over):
    base = {"id": "A-1001", "origin_country": "CN", "destination_country": "DE", "date": "2026-03-02", "currency": "EUR",
            "shipping": "8.00", "carrier": "postal", "gross_weight_kg": "0.6", "seller": SELLER, "buyer": BUYER,
            "registrations": [{"scheme": "eu_ioss", "number": "IM2760000742"}],
            "lines": [{"description": "Men's cotton T-shirt, knitted", "hs_code": "6109.10", "quantity": "2",
                       "unit_value": "25.00", "net_weight_kg": "0.3"},
                      {"description": "Bluetooth wireless earbuds", "hs_code": "8518.30", "unit_value": "39.90",
                       "net_weight_kg": "0.15"}]}
    base.update(copy.deepcopy(over))
    return base


def one_line(value: str, **over):
    return order(lines=[{"description": "Men's cotton T-shirt, knitted", "hs_code": "610910", "unit_value": value,
                         "net_weight_kg": "0.3"}], **over)


def problems(exc: InvalidInput) -> dict[str, str]:
    return {path: msg for path, msg in exc.problems}


# ---------------------------------------------------------------- CN 22 or CN 23


def test_cn22_below_and_cn23_above_300_sdr_in_euro():
    # 300 SDR = 349.2148 EUR at the IMF rate of 22 Dec 2025 (0.85907 SDR per euro).
    below = declare(one_line("349.21"))
    above = declare(one_line("349.22"))
    assert below.form == "cn22" and above.form == "cn23"
    assert "349.21 EUR" in below.chosen_because and "2025-12-22" in below.chosen_because
    assert "exceed the CN 22 limit of 300 SDR = 349.21 EUR" in above.chosen_because


def test_cn22_limit_in_us_dollars_uses_the_dollar_rate():
    # 300 / 0.731435 = 410.15 USD
    assert declare(one_line("410.15", currency="USD")).form == "cn22"
    assert declare(one_line("410.16", currency="USD")).form == "cn23"


def test_two_kilograms_is_the_cn22_weight_limit():
    assert declare(one_line("10.00", gross_weight_kg="2.000")).form == "cn22"
    decl = declare(one_line("10.00", gross_weight_kg="2.001"))
    assert decl.form == "cn23" and "gross weight 2.001 kg exceeds 2 kg" in decl.chosen_because


def test_cn22_asked_for_above_the_limit_is_refused():
    with pytest.raises(DeclarationError) as exc:
        declare(one_line("500.00"), "cn22")
    assert "a CN 22 cannot be used" in problems(exc.value)["form"]


def test_stale_sdr_rate_is_noted():
    decl = declare(one_line("10.00", date="2026-03-02"))
    assert any("days before the order date" in n.message for n in decl.notes)


# ---------------------------------------------------------------- field checks


@pytest.mark.parametrize("text", ["Gift", "car parts", "Phone accessories", "2 x samples", "Merchandise"])
def test_vague_descriptions_are_errors(text):
    o = order()
    o["lines"][0]["description"] = text
    with pytest.raises(DeclarationError) as exc:
        declare(o, "commercial_invoice")
    assert "too vague for customs" in problems(exc.value)["lines.0.description"]


@pytest.mark.parametrize("text", ["Phone case, silicone", "Gift box of dark chocolate", "Car floor mats, rubber"])
def test_specific_descriptions_pass(text):
    o = order()
    o["lines"][0]["description"] = text
    declare(o, "commercial_invoice")


def test_every_missing_field_is_reported_with_its_path():
    o = order(buyer=None, gross_weight_kg=None)
    o["lines"][0].update({"hs_code": None, "net_weight_kg": "0", "description": "Unbranded gizmo"})
    o["lines"][1]["unit_value"] = "0"
    with pytest.raises(DeclarationError) as exc:
        declare(o, "commercial_invoice", classify=False)
    got = problems(exc.value)
    assert got["buyer"].startswith("buyer is required")
    assert got["lines.0.hs_code"].startswith("HS code is required")
    assert "net weight must be greater than zero" in got["lines.0.net_weight_kg"]
    assert "unit value must be greater than zero" in got["lines.1.unit_value"]


def test_cn23_needs_both_addresses():
    o = order(seller={"name": "Acme", "country": "CN"})
    with pytest.raises(DeclarationError) as exc:
        declare(o, "cn23")
    got = problems(exc.value)
    assert "sender's street address" in got["seller.address"] and "sender's city" in got["seller.city"]


def test_documents_may_be_declared_as_documents_on_a_postal_form():
    o = order(contents_type="documents", lines=[{"description": "Documents", "unit_value": "0", "net_weight_kg": "0.1"}])
    decl = declare(o)
    assert decl.form == "cn22" and decl.document.category == "documents"


def test_long_description_is_cut_with_a_note():
    text = "Men's knitted cotton crew-neck T-shirt with short sleeves and printed logo"
    o = one_line("20.00")
    o["lines"][0]["description"] = text
    decl = declare(o, "cn22")
    assert decl.document.items[0].description == text[:45].rstrip()
    note = next(n for n in decl.notes if n.field == "lines.0.description")
    assert "cut to 45 characters" in note.message and note.source == "layout"


def test_missing_hs_code_filled_by_a_confident_classifier_and_noted():
    o = one_line("20.00")
    o["lines"][0].update({"description": "Kids plush teddy bear toy", "category": "Toys > Stuffed Animals", "hs_code": None})
    decl = declare(o, "cn22")
    assert decl.document.items[0].hs_tariff_number == "950300"
    assert any(n.field == "lines.0.hs_code" and "from the classifier" in n.message for n in decl.notes)


# ---------------------------------------------------------------- commercial invoice


def test_invoice_totals_include_vat_collected_at_checkout_under_ioss():
    o = order(id="B-1", incoterm="DDP", shipping="5.00", lines=[
        {"description": "Men's cotton T-shirt", "hs_code": "610910", "unit_value": "40.00", "net_weight_kg": "0.2"}])
    doc = declare(o, "commercial_invoice").document
    assert doc.subtotal == Decimal("40.00") and doc.shipping == Decimal("5.00")
    assert doc.duties_and_taxes_prepaid == Decimal("8.55")  # 45.00 x 19 %
    assert doc.total == Decimal("53.55")
    assert doc.registrations[0].number == "IM2760000742"
    assert doc.lines[0].hs_code == "610910" and doc.lines[0].origin_country == "CN"


def test_declaration_json_round_trips_through_its_model():
    decl = declare(order(), "commercial_invoice")
    again = Declaration.model_validate_json(decl.to_json())
    assert again == decl
    assert json.loads(decl.to_json())["document"]["form"] == "commercial_invoice"


# ---------------------------------------------------------------- EU H7


def test_h7_data_set_and_xml_valid_against_the_schema():
    decl = declare(order(), "h7")
    doc = decl.document
    assert doc.total_intrinsic_value_eur == Decimal("89.90")
    assert [i.hs_subheading for i in doc.items] == ["610910", "851830"]
    assert doc.additional_fiscal_references[0].scheme == "FR5"
    # transport (8.00) shared by value 50.00 : 39.90, to the cent, summing to 8.00
    assert [i.transport_and_insurance for i in doc.items] == [Decimal("4.45"), Decimal("3.55")]
    vat = [t for i in doc.items for t in i.taxes if t.tax_type == "B00"]
    assert all(t.collected == "checkout" for t in vat) and len(vat) == 2
    xml = decl.to_xml()
    validate_h7(xml)
    assert b"<LRN>A-1001</LRN>" in xml and b"<AdditionalProcedure>C07</AdditionalProcedure>" in xml


def test_h7_names_a_national_charge_it_does_not_carry_as_a_duty_or_vat_line():
    # France's tax on small parcels (Loi de finances pour 2026 art. 82: EUR 2 per 6-digit subheading from 1 March 2026)
    # is neither customs duty (A00) nor VAT (B00): the two subheadings' EUR 4.00 is named in a note, not in the taxes
    decl = declare(order(destination_country="FR", buyer={**BUYER, "country": "FR"}), "h7")
    notes = [n for n in decl.notes if "small parcels" in n.message]
    assert len(notes) == 1 and "4.00 EUR" in notes[0].message and "Loi de finances pour 2026" in notes[0].source
    assert {t.tax_type for i in decl.document.items for t in i.taxes} <= {"A00", "B00"}
    assert not [n for n in declare(order(), "h7").notes if "national charge" in n.message]      # Germany has none


def test_h7_schema_rejects_a_broken_document():
    xml = declare(order(), "h7").to_xml()
    with pytest.raises(H7SchemaError, match="LRN"):
        validate_h7(xml.replace(b"<LRN>A-1001</LRN>", b""))
    with pytest.raises(H7SchemaError):
        validate_h7(xml.replace(b"<HarmonizedSystemSubheadingCode>610910", b"<HarmonizedSystemSubheadingCode>6109"))


def test_h7_refuses_consignments_over_150_euro_excise_goods_and_non_eu_destinations():
    with pytest.raises(DeclarationError) as exc:
        declare(one_line("150.01"), "h7")
    assert "intrinsic value 150.01 EUR" in problems(exc.value)["lines"]
    declare(one_line("150.00"), "h7")  # at the limit: allowed
    wine = one_line("20.00")
    wine["lines"][0].update({"description": "Red wine, 75 cl bottle", "hs_code": "220421"})
    with pytest.raises(DeclarationError) as exc:
        declare(wine, "h7")
    assert "excise" in problems(exc.value)["lines.0.hs_code"]
    with pytest.raises(DeclarationError) as exc:
        declare(one_line("20.00", destination_country="GB", buyer={**BUYER, "country": "GB"}, registrations=[]), "h7")
    assert "not an EU member state" in problems(exc.value)["destination_country"]


def test_h7_refuses_goods_under_restriction():
    o = one_line("30.00")
    o["lines"][0].update({"description": "Ibuprofen 400 mg tablets, pain relief medicine", "hs_code": "300490"})
    with pytest.raises(DeclarationError) as exc:
        declare(o, "h7")
    assert "eu-medicines" in problems(exc.value)["lines.0"] and "prohibitions or restrictions" in problems(exc.value)["lines.0"]


# ---------------------------------------------------------------- PDFs read back


def _pdf_text(data: bytes) -> str:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))


def _dark_pixels(data: bytes) -> int:
    import pypdfium2 as pdfium

    image = pdfium.PdfDocument(data)[0].render(scale=1).to_pil().convert("L")
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    assert buf.getvalue()[:8] == b"\x89PNG\r\n\x1a\n"
    return sum(image.histogram()[:128])


def test_cn22_pdf_shows_the_values_in_the_locale():
    decl = declare(order(), locale="de_DE")
    text = _pdf_text(decl.to_pdf())
    for expected in ("CN 22", "50,00 €", "39,90 €", "89,90 €", "0,600", "610910", "851830", "02.03.2026",
                     "Shenzhen Bright Trading Co., Ltd."):
        assert expected in text, expected
    assert _dark_pixels(decl.to_pdf()) > 2000


def test_pdf_numbers_follow_the_chosen_locale():
    text = _pdf_text(declare(order(), locale="en_US").to_pdf())
    assert "€89.90" in text and "Mar 2, 2026" in text


def test_cn23_pdf_prints_addresses_and_transliterates_other_scripts():
    buyer = {**BUYER, "name": "Иван Петров", "city": "Berlin"}
    decl = declare(one_line("400.00", buyer=buyer), locale="en_DE")
    assert decl.form == "cn23"
    text = _pdf_text(decl.to_pdf())
    assert "Ivan Petrov" in text and "Hauptstraße 5" in text and "400,00 €" in text and "8,00 €" in text
    assert any(n.field == "buyer.name" and "Ivan Petrov" in n.message for n in decl.notes)
    assert decl.document.addressee.name == "Иван Петров"  # the JSON keeps the original


def test_invoice_pdf_lists_lines_totals_and_registration():
    o = order(id="B-1", incoterm="DDP", shipping="5.00", lines=[
        {"description": "Men's cotton T-shirt", "hs_code": "610910", "unit_value": "40.00", "net_weight_kg": "0.2"}])
    data = declare(o, "commercial_invoice", locale="en_IE").to_pdf()
    text = _pdf_text(data)
    for expected in ("COMMERCIAL INVOICE", "B-1", "610910", "€40.00", "€8.55", "€53.55", "IM2760000742", "DDP"):
        assert expected in text, expected
    assert data == declare(o, "commercial_invoice", locale="en_IE").to_pdf()  # reproducible


def test_h7_has_no_pdf_and_postal_forms_no_xml():
    from tradecompliance.declarations.request import render

    with pytest.raises(InvalidInput):
        render(declare(order(), "h7"), "pdf")
    with pytest.raises(InvalidInput):
        render(declare(order()), "xml")


# ---------------------------------------------------------------- CLI


def test_cli_declare_one_order_to_pdf_and_xml(tmp_path):
    src = tmp_path / "order.json"
    src.write_text(json.dumps(order()), encoding="utf-8")
    res = run("declare", str(src), "-o", str(tmp_path / "cn.pdf"), "--locale", "de_DE")
    assert res.returncode == 0, res.stderr
    assert "cn22" in res.stdout and "89,90 €" in _pdf_text((tmp_path / "cn.pdf").read_bytes())
    res = run("declare", str(src), "-f", "h7", "-o", str(tmp_path / "h7.xml"))
    assert res.returncode == 0, res.stderr
    validate_h7((tmp_path / "h7.xml").read_bytes())
    bad = order()
    bad["lines"][0]["description"] = "gift"
    src.write_text(json.dumps(bad), encoding="utf-8")
    res = run("declare", str(src), "-o", str(tmp_path / "bad.pdf"))
    assert res.returncode == 1 and "lines.0.description" in res.stderr and not (tmp_path / "bad.pdf").exists()


def test_cli_declare_table_keeps_every_row(tmp_path):
    rows = [
        {"order_id": "T1", "origin_country": "CN", "destination_country": "DE", "date": "2026-03-02", "currency": "EUR",
         "description": "Men's cotton T-shirt", "hs_code": "610910", "quantity": "1", "unit_value": "20", "net_weight_kg": "0.2",
         "seller_name": "Acme Ltd", "seller_address": "1 Road", "seller_city": "Shenzhen", "buyer_name": "Ann Berg",
         "buyer_address": "Weg 1", "buyer_city": "Berlin", "buyer_postal_code": "10115"},
        {"order_id": "T2", "origin_country": "CN", "destination_country": "DE", "date": "2026-03-02", "currency": "EUR",
         "description": "parts", "hs_code": "870899", "quantity": "1", "unit_value": "20", "net_weight_kg": "0.2"},
        {"order_id": "T1", "origin_country": "CN", "destination_country": "DE", "date": "2026-03-02", "currency": "EUR",
         "description": "Ceramic coffee mug", "hs_code": "691200", "quantity": "2", "unit_value": "5", "net_weight_kg": "0.6"},
    ]
    src = tmp_path / "lines.csv"
    pd.DataFrame(rows).to_csv(src, index=False)
    res = run("declare", str(src), "-f", "commercial_invoice", "-o", str(tmp_path / "out"), "--format", "pdf")
    assert res.returncode == 0, res.stderr
    index = pd.read_csv(tmp_path / "out" / "index.csv", dtype=str, keep_default_na=False)
    assert list(index["order_id"]) == ["T1", "T2", "T1"]
    assert list(index["status"]) == ["ok", "error", "ok"]
    assert "too vague" in index.loc[1, "error"]
    text = _pdf_text((tmp_path / "out" / "T1.pdf").read_bytes())
    assert "Ceramic coffee mug" in text and "Ann Berg" in text
    assert not list((tmp_path / "out").glob("*.part"))
    # read a row at a time, T1's lines are gathered across chunks all the same
    res = run("declare", str(src), "-f", "commercial_invoice", "-o", str(tmp_path / "one"), "--format", "pdf", "--chunk-rows", "1")
    assert res.returncode == 0, res.stderr
    assert "3 rows -> " in res.stdout and "error 1, ok 2" in res.stdout
    assert pd.read_csv(tmp_path / "one" / "index.csv", dtype=str, keep_default_na=False).equals(index)
    assert _pdf_text((tmp_path / "one" / "T1.pdf").read_bytes()) == text


# ---------------------------------------------------------------- a table, streamed


def _table_rows(seed: int, orders: int = 40) -> list[dict]:
    """Order lines of `orders` orders (1 to 3 lines, now and then a line too vague to declare or a bad
    value), the lines of some orders scattered among later orders' as a shop export may leave them."""
    import random

    rnd = random.Random(seed)
    goods = [("Men's cotton T-shirt", "610910", "0.2"), ("Ceramic coffee mug", "691200", "0.4"),
             ("Bluetooth wireless earbuds", "851830", "0.1"), ("parts", "870899", "0.3"), ("Leather wallet", "420231", "0.1")]
    runs = []
    for k in range(orders):
        lines = []
        for _ in range(rnd.randint(1, 3)):
            desc, hs, kg = rnd.choice(goods)
            lines.append({"order_id": f"S{k}", "origin_country": "CN", "destination_country": rnd.choice(["DE", "FR", "GB"]),
                          "date": "2026-03-02", "currency": "EUR", "description": desc, "hs_code": hs,
                          "quantity": str(rnd.randint(1, 3)), "unit_value": rnd.choice(["5", "19.99", "120", "35", "8.50", "60", "12", "-1", "240", "15"]),
                          "net_weight_kg": kg, "seller_name": "Acme Ltd", "seller_address": "1 Road", "seller_city": "Shenzhen",
                          "buyer_name": "Ann Berg", "buyer_address": "Weg 1", "buyer_city": "Berlin", "buyer_postal_code": "10115"})
        dest = lines[0]["destination_country"]
        for line in lines:
            line["destination_country"] = dest
        runs.append(lines)
    rows = []
    for lines in runs:          # a third of the orders leave their last line to come after later orders' rows
        if len(lines) > 1 and rnd.random() < 0.33:
            rows.extend(lines[:-1])
            at = rnd.randint(len(rows), len(rows) + 6)
            rows.append(("late", at, lines[-1]))
        else:
            rows.extend(lines)
    placed = [r for r in rows if not isinstance(r, tuple)]
    for _, at, line in sorted((r for r in rows if isinstance(r, tuple)), key=lambda t: -t[1]):
        placed.insert(min(at, len(placed)), line)
    return placed


@pytest.mark.parametrize("seed", [1, 2])
def test_declare_file_in_chunks_equals_the_whole_table(tmp_path, seed, monkeypatch):
    # The streamed declaration gathers an order's lines wherever they stand, across chunk boundaries, as the
    # whole-table one does: the same index, row for row, and the same files. Ids sharing a hash (all of them,
    # here) are held to the end of the file and answered then, with the same result.
    import tradecompliance as tc
    from tradecompliance.declarations.table import declare_file, declare_frame
    from tradecompliance.pipeline import stream

    rows = _table_rows(seed)
    assert [r["order_id"] for r in rows] != sorted((r["order_id"] for r in rows), key=lambda i: int(i[1:]))
    src = tmp_path / "lines.csv"
    pd.DataFrame(rows).to_csv(src, index=False)
    rules = tc.load_rules()
    whole = declare_frame(pd.read_csv(src, dtype=str, keep_default_na=False), "postal", tmp_path / "whole", "json", rules=rules)
    assert set(whole["status"]) == {"ok", "error"}
    runs = [(chunk, False) for chunk in (1, 2, 7, 1000)] + [(3, True)]
    for chunk, collide in runs:
        if collide:
            monkeypatch.setattr(stream, "_id_hashes", lambda ids: np.zeros(len(ids), dtype=np.uint64))
        out = tmp_path / f"out{chunk}{collide}"
        summary = declare_file(src, "postal", out, "json", rules=rules, chunk_rows=chunk, progress=False)
        index = pd.read_csv(out / "index.csv", dtype=str, keep_default_na=False)
        assert summary.rows == len(rows) == len(index)
        pd.testing.assert_frame_equal(index, whole.astype(str), check_dtype=False)
        files = sorted(p.name for p in out.glob("*.json"))
        assert files == sorted(p.name for p in (tmp_path / "whole").glob("*.json"))
        assert all((out / f).read_bytes() == (tmp_path / "whole" / f).read_bytes() for f in files)
    # the same table as Parquet and as JSON lines, read two rows at a time (the ids' own hashes again)
    monkeypatch.undo()
    table = pd.read_csv(src, dtype=str, keep_default_na=False)
    for name, write in (("lines.parquet", lambda p: table.to_parquet(p, index=False)),
                        ("lines.jsonl", lambda p: table.to_json(p, orient="records", lines=True))):
        write(tmp_path / name)
        out = tmp_path / f"out-{name}"
        declare_file(tmp_path / name, "postal", out, "json", rules=rules, chunk_rows=2, progress=False)
        pd.testing.assert_frame_equal(pd.read_csv(out / "index.csv", dtype=str, keep_default_na=False), whole.astype(str),
                                      check_dtype=False)


def test_declare_file_without_order_ids_errs_on_every_row(tmp_path):
    import tradecompliance as tc
    from tradecompliance.declarations.table import declare_file

    src = tmp_path / "lines.csv"
    pd.DataFrame([{"description": "mug", "unit_value": "5"}] * 3).to_csv(src, index=False)
    summary = declare_file(src, "postal", tmp_path / "out", "json", rules=tc.load_rules(), chunk_rows=2, progress=False)
    index = pd.read_csv(tmp_path / "out" / "index.csv", dtype=str, keep_default_na=False)
    assert summary.statuses == {"error": 3} and list(index["error"]) == ["missing column order_id"] * 3
