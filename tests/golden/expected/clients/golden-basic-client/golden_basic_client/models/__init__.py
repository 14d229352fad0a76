"""Contains all the data models used in inputs/outputs"""

from .batch import Batch
from .problem import Problem
from .step import Step

__all__ = ("Batch", "Problem", "Step")
