"""schema.org descriptions of products and firms, so search engines show them as such."""

from __future__ import annotations

from django.utils.translation import gettext as _

from .links import absolute


def organization_ld(enterprise, url: str) -> dict:
    data: dict = {
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": enterprise.display_name,
        "url": absolute(url),
    }
    if enterprise.name_en and enterprise.name_en != data["name"]:
        data["alternateName"] = enterprise.name_en
    if enterprise.tax_code:
        data["taxID"] = enterprise.tax_code
    if enterprise.website:
        data["sameAs"] = [enterprise.website]
    if enterprise.phone:
        data["telephone"] = enterprise.phone
    if enterprise.email:
        data["email"] = enterprise.email
    if enterprise.address or enterprise.ward_id:
        data["address"] = {
            "@type": "PostalAddress",
            "streetAddress": enterprise.address,
            "addressLocality": str(enterprise.ward) if enterprise.ward_id else "",
            "addressRegion": "Hà Nội",
            "addressCountry": "VN",
        }
    if enterprise.logo_id:
        data["logo"] = absolute(enterprise.logo.file.url)
    return data


def product_ld(product, url: str, enterprise_url: str) -> dict:
    data: dict = {
        "@context": "https://schema.org",
        "@type": "Product",
        "name": product.display_name,
        "url": absolute(url),
        "category": product.sector.display_name,
        "manufacturer": {
            "@type": "Organization",
            "name": product.enterprise.display_name,
            "url": absolute(enterprise_url),
        },
        "award": [
            _("Hà Nội key industrial product %(year)s") % {"year": r.round.year}
            + (" (TOP 10)" if r.top10 else "")
            for r in product.recognitions.all()
        ],
    }
    if product.display_description:
        data["description"] = product.display_description
    images = [absolute(item.image.file.url) for item in product.gallery.all()]
    if images:
        data["image"] = images
    specs = [
        {"@type": "PropertyValue", "name": spec.display_label, "value": spec.display_value}
        for spec in product.specifications.all()
    ]
    if specs:
        data["additionalProperty"] = specs
    return data
