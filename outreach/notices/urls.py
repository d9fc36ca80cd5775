from django.urls import path
from django.utils.translation import pgettext_lazy

from .views.public import unsubscribe

app_name = "notices"

urlpatterns = [
    path(pgettext_lazy("URL", "notices/unsubscribe/<str:token>/"), unsubscribe, name="unsubscribe"),
]
