"""`asyncstatus_core.csv_rows`: the column types no provider's CSV has yet (number, boolean, JSON, nullable)
and the errors for cells of the wrong type. The booster package's CSV operations (integers, text, quoting,
headers) are tested in tests/sdk_unit/test_booster_csv.py."""

from __future__ import annotations

from typing import Any

import pytest
from asyncstatus_core.csv_rows import Column, CsvFormatError, read_rows


def test_runtime_converts_number_boolean_json_and_nullable() -> None:
    columns = {
        "n": Column("number"),
        "b": Column("boolean"),
        "j": Column("json"),
        "r": Column("string", required=True, nullable=True),
        "s": Column("string", required=True),
    }
    rows = read_rows('n,b,j,r,s\r\n1.5,true,"{""a"": [1]}",,\r\n2,False,,x,y\r\n', columns)
    assert rows == [
        {"n": 1.5, "b": True, "j": {"a": [1]}, "r": None, "s": ""},
        {"n": 2.0, "b": False, "r": "x", "s": "y"},
    ]
    assert type(rows[1]["n"]) is float


@pytest.mark.parametrize(("kind", "cell"), [("number", "nan"), ("boolean", "yes"), ("json", "{oops")])
def test_runtime_rejects_cells_of_the_wrong_type(kind: Any, cell: str) -> None:
    with pytest.raises(CsvFormatError, match="column 'c'"):
        read_rows(f"c\r\n{cell}\r\n", {"c": Column(kind)})


def test_runtime_rejects_an_empty_required_integer() -> None:
    with pytest.raises(CsvFormatError, match="empty cell for a required integer"):
        read_rows("c,d\r\n,x\r\n", {"c": Column("integer", required=True)})


# --- errors -------------------------------------------------------------------------------------------
