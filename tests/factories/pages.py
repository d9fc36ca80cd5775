"""What the portal's pages list: legal documents and article categories."""

from __future__ import annotations

from datetime import date

import factory
from factory.django import DjangoModelFactory

from cms.pages.models import ArticleCategory, LegalDocument


class LegalDocumentFactory(DjangoModelFactory):
    class Meta:
        model = LegalDocument

    doc_type = "quyet-dinh"
    number = factory.Sequence(lambda n: f"{n}/QĐ-TN")
    title = factory.Sequence(lambda n: f"Quyết định thử nghiệm {n}")
    issuer = "UBND thành phố Hà Nội"
    issue_date = date(2097, 1, 2)


class ArticleCategoryFactory(DjangoModelFactory):
    class Meta:
        model = ArticleCategory

    name = factory.Sequence(lambda n: f"Chuyên mục thử nghiệm {n}")
    slug = factory.Sequence(lambda n: f"chuyen-muc-thu-nghiem-{n}")
