from __future__ import annotations

from asyncstatus_core.model import INT, OpenModel


class ProcessFieldsReservation(OpenModel[int], extra=INT):
    """The amount reserved on the account for this process: a map from currency code (ISO 4217, e.g. `EUR`) to an amount in
    cents of that currency.

    """
