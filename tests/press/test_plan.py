"""The year's communication plan: targets as ranges, never saved with min > max."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse

from outreach.press.models import CommunicationPlan, PlanTarget, TargetKind

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("truyenthong", "t@e.vn", "x"))
    return client


def form_data(year: int, targets: list[tuple[str, int, int]]) -> dict:
    data = {
        "year": year,
        "title": "Kế hoạch 60/KH-UBND",
        "notes": "",
        "targets-TOTAL_FORMS": len(targets),
        "targets-INITIAL_FORMS": 0,
        "targets-MIN_NUM_FORMS": 0,
        "targets-MAX_NUM_FORMS": 1000,
    }
    for index, (kind, minimum, maximum) in enumerate(targets):
        data.update(
            {
                f"targets-{index}-kind": kind,
                f"targets-{index}-minimum": minimum,
                f"targets-{index}-maximum": maximum,
                f"targets-{index}-ORDER": index + 1,
                f"targets-{index}-DELETE": "",
                f"targets-{index}-id": "",
            }
        )
    return data


def test_a_target_range_needs_min_within_max():
    plan = CommunicationPlan.objects.create(year=2030)
    target = PlanTarget(plan=plan, kind=TargetKind.TV_REPORT, minimum=5, maximum=3)
    with pytest.raises(ValidationError) as error:
        target.full_clean()
    assert "maximum" in error.value.message_dict
    with pytest.raises(IntegrityError), transaction.atomic():
        target.save()
    good = PlanTarget.objects.create(plan=plan, kind=TargetKind.TV_REPORT, minimum=3, maximum=5)
    assert good.range_label == "3–5"


def test_staff_plan_the_year_in_the_admin(staff_client):
    url = reverse("wagtailsnippets_press_communicationplan:add")
    assert staff_client.get(url).status_code == 200
    targets = [
        (TargetKind.TV_REPORT, 3, 5),
        (TargetKind.PRESS_ARTICLE, 10, 12),
        (TargetKind.PRESS_CONFERENCE, 1, 1),
        (TargetKind.FORM_SETS, 400, 400),
    ]
    response = staff_client.post(url, form_data(2031, targets))
    assert response.status_code == 302
    plan = CommunicationPlan.objects.get(year=2031)
    assert {t.kind: (t.minimum, t.maximum) for t in plan.targets.all()} == {
        kind: (low, high) for kind, low, high in targets
    }


def test_min_above_max_is_refused_with_nothing_saved(staff_client):
    url = reverse("wagtailsnippets_press_communicationplan:add")
    response = staff_client.post(
        url, form_data(2032, [(TargetKind.TV_REPORT, 3, 5), (TargetKind.ONLINE_ARTICLE, 12, 10)])
    )
    assert response.status_code == 200
    assert "không được nhỏ hơn" in response.content.decode()
    assert not CommunicationPlan.objects.filter(year=2032).exists()
    assert not PlanTarget.objects.filter(plan__year=2032).exists()
