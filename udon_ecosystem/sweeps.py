"""Exactly-once sweeps for scheduled mail (event reminders, booking reminders).

The schedule lives in the database: a row is due when its queryset says so and its sent-at
marker is empty. A periodic task calls `sweep_run`, which claims a batch of due rows with
`SELECT ... FOR UPDATE SKIP LOCKED` inside a transaction, sends their mail over one connection,
sets the marker and commits. A second sweep running at the same time skips the locked rows and
sees the marker once the first commits, so running the sweep twice, or two at once, sends each
message once; a broker outage only delays the next sweep. On SQLite, `select_for_update` is a
no-op but the IMMEDIATE transaction mode (settings) serialises the sweeps instead.

If sending fails, the transaction rolls back and the rows stay due for the next sweep.
Nothing here knows about events or bookings: callers pass the queryset, the marker and a
function that turns one row into an email message (or None to mark it without sending).
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.core.mail import EmailMessage, get_connection
from django.db import models, transaction
from django.utils import timezone


@dataclass
class SweepResult:
    sent: int = 0
    skipped: int = 0
    batches: int = 0


def sweep_run(
    *,
    due: Callable[[], models.QuerySet],
    marker: str,
    build_message: Callable[[models.Model], EmailMessage | None],
    batch_size: int = 100,
    max_batches: int | None = None,
) -> SweepResult:
    """Claim, send and mark due rows batch by batch until none is left.

    `due` returns a fresh queryset of rows whose `marker` field is null and whose time has
    come (it is called once per batch, so each batch sees what other sweeps committed).
    """
    result = SweepResult()
    while max_batches is None or result.batches < max_batches:
        with transaction.atomic():
            queryset = due().filter(**{f"{marker}__isnull": True})
            rows = list(queryset.select_for_update(skip_locked=True, of=("self",))[:batch_size])
            if not rows:
                break
            messages = []
            for row in rows:
                message = build_message(row)
                if message is None:
                    result.skipped += 1
                else:
                    messages.append(message)
            if messages:
                with get_connection() as connection:
                    connection.send_messages(messages)
            model = type(rows[0])
            model._default_manager.filter(pk__in=[row.pk for row in rows]).update(
                **{marker: timezone.now()}
            )
            result.sent += len(messages)
            result.batches += 1
    return result
