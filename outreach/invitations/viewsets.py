"""Admin screens of the invitation forms."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import CreateView, EditView, SnippetViewSet

from .models import FormTemplate


class UploaderMixin:
    def save_instance(self):
        self.form.instance.updated_by = self.request.user
        return super().save_instance()


class FormTemplateCreateView(UploaderMixin, CreateView):
    pass


class FormTemplateEditView(UploaderMixin, EditView):
    pass


class FormTemplateViewSet(SnippetViewSet):
    model = FormTemplate
    icon = "doc-full"
    menu_label = _("Invitation form templates")
    add_view_class = FormTemplateCreateView
    edit_view_class = FormTemplateEditView
    list_display = ["title", "kind", "sort_order", "is_active", "updated_at"]
    list_filter = ["is_active"]
    create_template_name = "admin/create_with_heading.html"
    edit_template_name = "admin/edit_with_heading.html"
