"""The recruitment menu group, and the consent log's append-only permission policy."""

from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from .models import ConsentRecord
from .viewsets import AppendOnlyPolicy, RecruitmentGroup

register_permission_policy(ConsentRecord, AppendOnlyPolicy(ConsentRecord))
register_snippet(RecruitmentGroup)
