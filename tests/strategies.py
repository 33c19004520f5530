"""Hypothesis strategies for random orders, shared by the quote property tests."""
import datetime as dt
from decimal import Decimal

from hypothesis import strategies as st


def orders(hs: list[str], destinations: list[str], currencies: list[str], *, max_value: str, start: dt.date,
           extra: dict | None = None):
    """Orders of 1-4 lines over the given codes and destinations; `extra` adds fixed-key strategies."""
    line = st.fixed_dictionaries({
        "description": st.just("item"),
        "hs_code": st.sampled_from(hs),
        "quantity": st.integers(1, 5).map(str),
        "unit_value": st.decimals(min_value=Decimal("0.01"), max_value=Decimal(max_value), places=2).map(str),
    })
    fields = {
        "origin_country": st.sampled_from(["CN", "US", "VN"]),
        "destination_country": st.sampled_from(destinations),
        "date": st.dates(min_value=start, max_value=dt.date(2026, 10, 1)).map(str),
        "currency": st.sampled_from(currencies),
        "lines": st.lists(line, min_size=1, max_size=4),
    }
    fields.update(extra or {})
    return st.fixed_dictionaries(fields)


def assert_totals_add_up(result) -> None:
    """Order totals are the sums of the lines and charges, and every amount is collected somewhere."""
    assert result.status == "ok", result.errors
    assert result.totals.duty == sum(c.amount for c in result.charges if c.kind in ("duty", "additional_duty", "flat_duty"))
    assert result.totals.vat == sum(line.vat for line in result.lines)
    assert result.totals.fees == sum(c.amount for c in result.charges if c.kind == "fee")
    assert result.totals.customs_value == sum(line.customs_value for line in result.lines)
    assert result.totals.taxes_and_duties == result.totals.at_checkout + result.totals.at_border
