"""What the background jobs staff follow in the admin (the printable catalogue, the form set
generations) share: finding the ones whose worker died without a word."""

from __future__ import annotations

from datetime import timedelta

from django.db import models
from django.utils import timezone


class BackgroundJobQuerySet(models.QuerySet):
    """For models with `status` ("running", "failed"), `started_at`, `finished_at` and
    `message`. Subclasses say how long a job may run and what a stale one reads."""

    timeout_seconds: int = 15 * 60
    stale_message = ""

    def fail_stale(self) -> int:
        """Mark failed the jobs whose worker was stopped (time limit, restart) mid-way.

        The task records its own exceptions, but a process killed at the time limit records
        nothing; without this the admin would show such a job as running for ever. Read
        first: the lists poll this, and on SQLite even an UPDATE of no row takes the lock.
        """
        limit = timezone.now() - timedelta(seconds=self.timeout_seconds + 60)
        stale = self.filter(status="running", started_at__lt=limit)
        if not stale.exists():
            return 0
        return stale.update(
            status="failed", message=str(self.stale_message), finished_at=timezone.now()
        )
