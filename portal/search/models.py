"""One row per searchable thing per language, with its text folded for diacritic-free matching."""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchEntry(models.Model):
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.CharField(max_length=64)
    translation_group = models.CharField(
        max_length=64,
        help_text="Shared by the language versions of one thing (sitemap alternates).",
    )
    language = models.CharField(_("language"), max_length=8)
    kind = models.CharField(_("kind"), max_length=32)
    url = models.CharField(_("address"), max_length=500)
    title = models.TextField(_("title"))
    summary = models.TextField(_("summary"), blank=True)
    body = models.TextField(_("body"), blank=True)
    folded_title = models.TextField()
    folded_text = models.TextField(help_text="Folded title, summary and body, space-joined.")
    date = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "language"], name="unique_search_entry"
            )
        ]
        indexes = [models.Index(fields=["language", "kind"])]

    def __str__(self) -> str:
        return f"{self.title} ({self.language})"
