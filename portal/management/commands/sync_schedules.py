from django.core.management.base import BaseCommand

from portal.schedules import SCHEDULES, sync_schedules


class Command(BaseCommand):
    help = "Create or update the Django-Q schedules declared in portal/schedules.py."

    def handle(self, *args, **options):
        changed = sync_schedules()
        for recurring in SCHEDULES:
            state = "updated" if recurring.name in changed else "unchanged"
            self.stdout.write(f"{recurring.name}: every {recurring.minutes} min ({state})")
