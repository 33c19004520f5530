"""JSON read exactly: numbers with a fraction become Decimal, never binary floats, so `12.10` in a
request is 12.10 in the quote. NaN and Infinity, which JSON does not allow, are refused.
NDJSON batches are answered record by record: a bad record becomes an error record, never a gap."""
from __future__ import annotations

import json
from decimal import Decimal
from typing import Any, Callable, Iterator

from pydantic_core import to_jsonable_python

from .errors import InvalidInput
from .problems import error_body


class _NotJSON(ValueError):
    pass


def _no_constant(name: str) -> Any:
    raise _NotJSON(f"{name} is not a JSON number")


def loads(text: str | bytes) -> Any:
    """Parse one JSON document. Any defect raises json.JSONDecodeError with its position."""
    try:
        return json.loads(text, parse_float=Decimal, parse_constant=_no_constant)
    except json.JSONDecodeError:
        raise
    except (_NotJSON, UnicodeDecodeError) as exc:
        doc = text if isinstance(text, str) else text.decode("utf-8", "replace")
        raise json.JSONDecodeError(str(exc), doc, 0) from None


def ndjson_lines(data: bytes, *, max_records: int) -> list[tuple[int, bytes]]:
    """(line number from 1, raw line) for each non-blank NDJSON line; too many is refused up front,
    before any answer is streamed."""
    lines = [(n, raw) for n, raw in enumerate(data.splitlines(), start=1) if raw.strip()]
    if not lines:
        raise InvalidInput([("<body>", "empty batch: send one JSON object per line")])
    if len(lines) > max_records:
        raise InvalidInput([("<body>", f"{len(lines):,} records in one batch, more than the limit of {max_records:,}; split it")])
    return lines


def ndjson_outcomes(lines: list[tuple[int, bytes]], handle: Callable[[Any], Any]) -> Iterator[bytes]:
    """One NDJSON answer line per input line, in order: {"line", "status": "ok", "result"} or
    {"line", "status": "error", "error", "message", "problems": [{"path", "message"}]}."""
    for number, raw in lines:
        try:
            out = {"line": number, "status": "ok", "result": to_jsonable_python(handle(loads(raw)))}
        except json.JSONDecodeError as exc:
            out = {"line": number, "status": "error", **error_body("malformed_json", [("<line>", f"{exc.msg} at character {exc.pos}")])}
        except InvalidInput as exc:
            out = {"line": number, "status": "error", **error_body("invalid_input", exc.problems)}
        except Exception as exc:  # a bug on one record must not cut the stream short for the others
            out = {"line": number, "status": "error", **error_body("internal_error", [("<line>", f"{type(exc).__name__}: {exc}")])}
        yield json.dumps(out, ensure_ascii=False).encode() + b"\n"
