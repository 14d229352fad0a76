"""Contains some shared types for properties: asyncstatus-core's `types` (one `Response` and one `UNSET`
for every SDK)."""

from asyncstatus_core.types import UNSET, File, FileTypes, RequestFiles, Response, Unset

__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset"]
