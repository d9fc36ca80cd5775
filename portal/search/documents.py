"""Legal documents in the site search: one entry per language, linked to that language's library."""

from __future__ import annotations

from datetime import datetime

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from cms.pages.models import DocumentLibraryPage, LegalDocument
from portal.text import normalize

from .sources import EntryData, SearchSource


class LegalDocumentSource(SearchSource):
    model = LegalDocument
    kinds = {"document": _("Legal documents")}

    def entries(self, obj) -> list[EntryData]:
        entries = []
        for language, _name in settings.LANGUAGES:
            library = (
                DocumentLibraryPage.objects.live()
                .public()
                .filter(locale__language_code=language)
                .first()
            )
            if library is None:
                continue
            with translation.override(language):
                title = f"{obj.number}: {obj.display_title}"
                summary = obj.display_summary
                url = library.get_url() + library.reverse_subpage("document_detail", args=[obj.pk])
            entries.append(
                EntryData(
                    language=language,
                    kind="document",
                    url=url,
                    title=normalize(title),
                    summary=normalize(summary),
                    body=normalize(f"{obj.issuer} {obj.issuer_en} {obj.signer}"),
                    date=datetime.combine(obj.issue_date, datetime.min.time()),
                )
            )
        return entries
