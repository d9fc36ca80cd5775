from django.core.management.base import BaseCommand

from portal.search.indexing import rebuild


class Command(BaseCommand):
    help = "Rebuild the site search index (pages, legal documents and every registered source)."

    def handle(self, *args, **options):
        count = rebuild()
        self.stdout.write(self.style.SUCCESS(f"Indexed {count} entries."))
