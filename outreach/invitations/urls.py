from django.urls import path
from django.utils.translation import pgettext_lazy

from .applying import views as applying
from .formset_views import form_set_download
from .views import blank_set_download, personal_link

app_name = "invitations"

urlpatterns = [
    path(
        pgettext_lazy("URL", "invitation-forms/blank-set.zip"),
        blank_set_download,
        name="blank_set",
    ),
    path(pgettext_lazy("URL", "invitation/<str:token>/"), personal_link, name="personal"),
    path(pgettext_lazy("URL", "apply/"), applying.apply, name="apply"),
    path(
        pgettext_lazy("URL", "apply/received/<str:receipt>/"),
        applying.received,
        name="application_received",
    ),
    path(pgettext_lazy("URL", "apply/<str:token>/"), applying.apply, name="apply_personal"),
    path(
        pgettext_lazy("URL", "invitation/<str:token>/form-set.zip"),
        form_set_download,
        name="form_set",
    ),
]
