"""UN Security Council Consolidated List, XML (CONSOLIDATED_LIST > INDIVIDUALS/ENTITIES)."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from ....countries import country_code
from ..entries import Alias, ListEntry
from . import ListFormatError


def _text(node, tag: str) -> str:
    child = node.find(tag)
    return (child.text or "").strip() if child is not None and child.text else ""


def read(path, *, list_name: str = "UN-SC") -> list[ListEntry]:
    path = Path(path)
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise ListFormatError(f"{path}: not well-formed XML: {exc}") from None
    if root.tag != "CONSOLIDATED_LIST":
        raise ListFormatError(f"{path}: root element is <{root.tag}>, expected <CONSOLIDATED_LIST> (UN SC consolidated list XML)")
    out = []
    for kind, tag, alias_tag, addr_tag in (("individual", "INDIVIDUALS/INDIVIDUAL", "INDIVIDUAL_ALIAS", "INDIVIDUAL_ADDRESS"),
                                           ("entity", "ENTITIES/ENTITY", "ENTITY_ALIAS", "ENTITY_ADDRESS")):
        for node in root.findall(tag):
            primary = " ".join(p for p in (_text(node, t) for t in ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")) if p)
            names = [Alias(primary)] if primary else []
            orig = _text(node, "NAME_ORIGINAL_SCRIPT")
            if orig:
                names.append(Alias(orig, "variation"))
            for a in node.findall(alias_tag):
                alias = _text(a, "ALIAS_NAME")
                if alias:
                    names.append(Alias(alias, "aka", _text(a, "QUALITY").lower() in ("low", "weak")))
            cc = set()
            for a in node.findall(addr_tag):
                code = country_code(_text(a, "COUNTRY"))
                if code:
                    cc.add(code)
            for v in node.findall("NATIONALITY/VALUE"):
                code = country_code((v.text or "").strip())
                if code:
                    cc.add(code)
            dobs = []
            for d in node.findall("INDIVIDUAL_DATE_OF_BIRTH"):
                value = _text(d, "DATE") or _text(d, "YEAR")
                if value:
                    dobs.append(value[:10])
            if names:
                out.append(ListEntry(list_name, _text(node, "REFERENCE_NUMBER") or _text(node, "DATAID"), kind, tuple(names),
                                     frozenset(cc), tuple(dobs), (_text(node, "UN_LIST_TYPE"),), _text(node, "LISTED_ON") or None))
    return out
