from asyncstatus_core.open_enum import OpenStrEnum


class Format(OpenStrEnum):
    CSV = "csv"
    JSON = "json"
    JSONL = "jsonl"
