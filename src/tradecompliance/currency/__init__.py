"""Exchange rates (dated tables, exact Decimal) and formatting amounts for people (babel)."""
from .fx import FxQuote, FxTable, RateChain, customs_rates, ecb, load_table
from .formatting import format_money

__all__ = ["FxQuote", "FxTable", "RateChain", "customs_rates", "ecb", "load_table", "format_money"]
