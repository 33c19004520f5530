"""Bulk: one pipeline (classify -> quote -> screen) over tables, streamed from files of any size, and run
under Dask or Spark. Row for row what the one-order functions give."""
from .steps import STEPS, output_columns, run_arrow, run_frame
from .stream import Summary, run_file

__all__ = ["STEPS", "Summary", "output_columns", "run_arrow", "run_file", "run_frame"]
