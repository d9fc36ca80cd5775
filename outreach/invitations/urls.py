from django.urls import path
from django.utils.translation import pgettext_lazy

from .views import blank_set_download

app_name = "invitations"

urlpatterns = [
    path(
        pgettext_lazy("URL", "invitation-forms/blank-set.zip"),
        blank_set_download,
        name="blank_set",
    ),
]
