from django.core.management.base import BaseCommand, CommandError

from portal.demo.generated import generate, remove


class Command(BaseCommand):
    help = (
        "Top the catalogue up with illustrative records until it holds --products products of "
        "--firms firms (default 2,000 of 1,000), for benchmarks; --remove takes them away."
    )

    def add_arguments(self, parser):
        parser.add_argument("--products", type=int, default=2000)
        parser.add_argument("--firms", type=int, default=1000)
        parser.add_argument(
            "--remove", action="store_true", dest="drop", help="Delete generated records."
        )

    def handle(self, *args, products: int, firms: int, drop: bool = False, **options):
        if drop:
            self.stdout.write(f"Removed {remove()} generated products.")
            return
        if products < 1 or firms < 1 or firms > products:
            raise CommandError(
                "Cần ít nhất 1 doanh nghiệp và không nhiều doanh nghiệp hơn sản phẩm."
            )
        made = generate(products=products, firms=firms)
        self.stdout.write(
            self.style.SUCCESS(
                f"Generated {made['products']} products of {made['firms']} firms "
                f"({made['recognitions']} recognitions)."
            )
        )
