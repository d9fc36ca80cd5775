"""The catalogue's records (snippets kept by staff) and the areas they are located in."""

from .areas import FormerDistrict, Ward, load_areas
from .pages import CatalogueIndexPage
from .printing import CataloguePrint
from .records import (
    Enterprise,
    Product,
    ProductImage,
    ProductSpecification,
    Recognition,
    Round,
    Sector,
)

__all__ = [
    "CatalogueIndexPage",
    "CataloguePrint",
    "Enterprise",
    "FormerDistrict",
    "Product",
    "ProductImage",
    "ProductSpecification",
    "Recognition",
    "Round",
    "Sector",
    "Ward",
    "load_areas",
]
