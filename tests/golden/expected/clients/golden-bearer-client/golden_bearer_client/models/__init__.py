"""Contains all the data models used in inputs/outputs"""

from .owner import Owner
from .report import Report

__all__ = ("Owner", "Report")
