"""tradecompliance: classify, quote, screen and declare cross-border orders.

    import tradecompliance as tc
    order = tc.Order.parse({...})
    cost = tc.quote(order)           # duties, import VAT/GST, regime, every figure explained
    tc.classify("Wireless earbuds", destination="US").top   # HS 2022 candidates, explained
    tc.screen(order).decision        # clear | flag | document | licence | block, with reasons
    tc.declare(order, "postal").to_pdf()  # CN 22 or CN 23; also commercial_invoice, h7 (JSON/XML)
    rules = tc.load_rules("my-rules") # bundled packs overridden by a compliance team's folder

Heavy data (nomenclature, tariffs, exchange rates, pandas) loads lazily, on first use, once."""
from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_LAZY = {
    "load_rules": ("tradecompliance.packs.loader", "load_rules"),
    "RuleSet": ("tradecompliance.packs.loader", "RuleSet"),
    "Order": ("tradecompliance.models", "Order"),
    "LineItem": ("tradecompliance.models", "LineItem"),
    "Party": ("tradecompliance.models", "Party"),
    "Registration": ("tradecompliance.models", "Registration"),
    "Money": ("tradecompliance.money", "Money"),
    "HSCode": ("tradecompliance.hs.codes", "HSCode"),
    "nomenclature": ("tradecompliance.hs.nomenclature", "nomenclature"),
    "national_lines": ("tradecompliance.hs.national", "national_lines"),
    "quote": ("tradecompliance.landed.quote", "quote"),
    "classify": ("tradecompliance.classification", "classify"),
    "Classifier": ("tradecompliance.classification", "Classifier"),
    "Classification": ("tradecompliance.classification", "Classification"),
    "LandedCost": ("tradecompliance.landed.result", "LandedCost"),
    "screen": ("tradecompliance.screening", "screen"),
    "ScreeningResult": ("tradecompliance.screening", "ScreeningResult"),
    "declare": ("tradecompliance.declarations", "declare"),
    "Declaration": ("tradecompliance.declarations", "Declaration"),
    "DeclarationError": ("tradecompliance.declarations", "DeclarationError"),
    "InvalidInput": ("tradecompliance.errors", "InvalidInput"),
    "InvalidCode": ("tradecompliance.errors", "InvalidCode"),
    "RulePackError": ("tradecompliance.errors", "RulePackError"),
    "TradeComplianceError": ("tradecompliance.errors", "TradeComplianceError"),
}

__all__ = sorted(_LAZY) + ["__version__"]


def __getattr__(name: str) -> Any:
    try:
        module, attr = _LAZY[name]
    except KeyError:
        raise AttributeError(f"module 'tradecompliance' has no attribute {name!r}") from None
    value = getattr(import_module(module), attr)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__


if TYPE_CHECKING:  # pragma: no cover
    from .errors import InvalidCode, InvalidInput, RulePackError, TradeComplianceError
    from .hs.codes import HSCode
    from .hs.national import national_lines
    from .hs.nomenclature import nomenclature
    from .classification import Classification, Classifier, classify
    from .landed.quote import quote
    from .landed.result import LandedCost
    from .models import LineItem, Order, Party, Registration
    from .screening import ScreeningResult, screen
    from .declarations import Declaration, DeclarationError, declare
    from .money import Money
    from .packs.loader import RuleSet, load_rules
