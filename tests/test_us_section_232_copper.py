"""Section 232 on copper (rules/us/customs.yaml us_232_copper): the Proclamation of 30 July 2025 and CBP CSMS
65794272 put 50% on the copper content of semi-finished copper products and intensive copper derivative products
from 1 August 2025 (HTSUS 9903.78.01; the non-copper content 0%, 9903.78.02). An order line states no copper content,
so a listed line is rate_unknown from that day, naming the duty; unlisted copper (cathodes, scrap) is not touched."""
import datetime as dt

import pytest

from tradecompliance.packs.conditions import Context
from us_lines import random_us_orders, us_mfn, us_quote

USB_CABLE = "8544.42.90"      # insulated conductor fitted with connectors, 2.6%: charging and data cables


def _copper(rules):
    (rule,) = [d for d in rules.packs["us"].customs.additional_duties if d.id == "us_232_copper"]
    return rule


def test_a_usb_cable_is_unknown_from_1_august_2025(rules):
    # Iceland on 3 August 2026: no IEEPA, Section 122 or forced-labor duty (us_lines), so only the copper duty is
    # left to say what the line does not state
    res = us_quote(rules, USB_CABLE, "1000.00", description="USB-C charging cable")
    assert res.status == "rate_unknown"
    assert "copper content" in res.errors[0] and "9903.78.01" in res.errors[0], res.errors


def test_the_day_before_the_cable_pays_its_column_1_rate(rules):
    # 31 July 2025: the copper duty has not begun; the line's column 1 rate is 2.6% x 1,000.00 = 26.00 (HTSUS
    # 8544.42.90), whatever else that day charges
    res = us_quote(rules, USB_CABLE, "1000.00", date="2025-07-31", description="USB-C charging cable")
    assert res.status == "ok", res.errors
    assert us_mfn(res).amount == 26.00
    assert not any("copper" in c.name.lower() for c in res.charges)


@pytest.mark.parametrize("code, listed", [
    ("7411101000", True),     # refined copper tubes (semi-finished)
    ("7408110000", True),     # copper wire
    ("7412200015", True),     # copper alloy tube fittings (a derivative)
    ("7419803000", True),     # other articles of copper
    ("741110", True),         # a code short of the listed lines: every line under it is listed
    ("8544421000", True),
    ("8544491000", True),     # insulated conductors of 8544.49.10: listed
    ("8544492000", False),    # 8544.49.20: not listed
    ("7403110000", False),    # refined copper cathodes
    ("7404000000", False),    # copper scrap
    ("8544110000", False),    # copper winding wire: not on the list as tabulated
])
def test_which_codes_the_duty_covers(rules, code, listed):
    on = Context(hs=code, date=dt.date(2025, 8, 1))
    assert _copper(rules).when.matches(on) is listed


def test_every_origin_from_the_first_day(rules):
    # 9903.78.01 names no country: an agreement partner (Canada, Mexico, Chile) pays it as any origin does
    # (from 6 April 2026 the proclamation of 2 April 2026 puts it on the full value by annex: still `unknown`)
    assert [(e.start, e.value) for e in _copper(rules).duty] == [(dt.date(2025, 8, 1), "unknown"),
                                                                   (dt.date(2026, 4, 6), "unknown")]
    for origin in ("CA", "MX", "CL", "DE", "CN"):
        res = us_quote(rules, USB_CABLE, "1000.00", origin=origin, date="2025-08-01", description="USB cable")
        assert res.status == "rate_unknown" and any("copper content" in e for e in res.errors), (origin, res.errors)


def test_the_vectorised_batch_agrees_with_quote():
    # 1,000 random US orders over listed and unlisted copper codes and the days around 1 August 2025, cell for cell
    from test_quote_vectorised import assert_same, quote_frame

    codes = [USB_CABLE, "8544.42.10", "8544.49.10", "8544.49.20", "7412.20.00", "7403.11.00", "6109.10.00"]
    origins = ["IS", "CN", "CA", "MX", "DE", "VN"]
    dates = ["2025-07-31", "2025-08-01", "2026-03-02", "2026-08-03"]
    frame = random_us_orders(7474, 1000, codes, origins, dates, "CU", 5, (100, 900000))
    done = assert_same(frame)
    # the arrays answered the rows themselves, and both outcomes are among them: the comparison is real
    assert done.mean() > 0.9, done.mean()
    statuses = quote_frame(frame)["status"].value_counts().to_dict()
    assert statuses.get("ok", 0) > 100 and statuses.get("rate_unknown", 0) > 100, statuses
