"""Contains all the data models used in inputs/outputs"""

from .task import Task
from .task_status import TaskStatus

__all__ = ("Task", "TaskStatus")
