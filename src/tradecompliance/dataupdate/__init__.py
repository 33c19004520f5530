"""`tradecompliance data update`: download the official files (tariff schedules, denied-party lists) and turn
them into the tables the library reads. The only part of the library that opens a network connection."""
from .fetch import DownloadError
from .sources import DataSource, SourcesError, load_sources
from .update import UpdateReport, update

__all__ = ["DataSource", "DownloadError", "SourcesError", "UpdateReport", "load_sources", "update"]
