"""Dates as inputs and rule packs write them: year-month-day (ISO 8601). A date written another way
("20/11/2026", "Nov 20 2026") is refused with a message that shows the form expected, rather than the
parser's account of which character it stopped at."""
from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from pydantic import ValidationError, ValidatorFunctionWrapHandler, WrapValidator


def _date_or_explain(value: Any, handler: ValidatorFunctionWrapHandler) -> dt.date:
    try:
        return handler(value)
    except ValidationError:
        raise ValueError(f'expected a date written year-month-day, like "2026-03-02", got {value!r}') from None


IsoDate = Annotated[dt.date, WrapValidator(_date_or_explain)]
