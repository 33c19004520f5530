"""Exchange rates (dated tables, exact Decimal) and formatting amounts for people (babel)."""
from .fx import FxQuote, FxTable, ecb, load_table
from .formatting import format_money

__all__ = ["FxQuote", "FxTable", "ecb", "load_table", "format_money"]
