from django.core.management.base import BaseCommand

from portal.demo.builder import DemoBuilder


class Command(BaseCommand):
    help = "Build the demo portal (idempotent); --reset removes the demo content first."

    def add_arguments(self, parser):
        parser.add_argument("--reset", action="store_true", help="Remove and rebuild.")

    def handle(self, *args, reset: bool = False, **options):
        builder = DemoBuilder(stdout=self.stdout)
        if reset:
            builder.reset()
        created = builder.build()
        if created:
            self.stdout.write(self.style.SUCCESS(f"Demo content ready ({created} items created)."))
        else:
            self.stdout.write("Demo content already present; nothing to do.")
