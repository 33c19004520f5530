"""Importers that turn an official full tariff file into the bundled forms: `data/tariffs/<name>.csv`
(duty expressions by code) and `data/hs_codes/<name>.csv` (national lines). One module per source."""
