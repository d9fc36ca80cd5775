"""Page types of the public portal and the snippets they list."""

from .contact import ContactFormField, ContactOfficial, ContactPage
from .documents import DocumentLibraryPage, LegalDocument
from .events import EventIndexPage, EventPage
from .home import HomePage
from .news import ArticleCategory, ArticlePage, ArticlePageTag, NewsIndexPage, RelatedArticle
from .standard import StandardPage

__all__ = [
    "ArticleCategory",
    "ArticlePage",
    "ArticlePageTag",
    "ContactFormField",
    "ContactOfficial",
    "ContactPage",
    "DocumentLibraryPage",
    "EventIndexPage",
    "EventPage",
    "HomePage",
    "LegalDocument",
    "NewsIndexPage",
    "RelatedArticle",
    "StandardPage",
]
