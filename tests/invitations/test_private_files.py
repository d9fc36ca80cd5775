"""Private files: the applications' uploads and the form-set zips (they hold personal links)
live outside MEDIA_ROOT with modes 0600/0700, have no /media/ address, and the views serving
them check the permission before the lookup, so a refused user cannot tell an existing record
from a missing one."""

from __future__ import annotations

import re
import stat

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse

from outreach.invitations.models import (
    Application,
    ApplicationFile,
    FormSet,
    FormSetBatch,
)
from outreach.invitations.storage import check_private_roots
from tests.factories.users import staff_user

from .applying import form_data, good_files, make_target, stored_files

pytestmark = pytest.mark.django_db


def same_page(content: bytes) -> str:
    """The page without its masked CSRF tokens, which differ on every response."""
    return re.sub(r"[A-Za-z0-9]{64}", "TOKEN", content.decode())


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def form_sets_root(settings, tmp_path):
    root = tmp_path / "form-sets"
    settings.FORM_SETS_ROOT = root
    return root


@pytest.fixture
def application(client, link) -> Application:
    url = reverse("invitations:apply_personal", args=[link.token])
    assert client.post(url, {**form_data(), **good_files()}).status_code == 302
    return Application.objects.get(firm=link.firm)


def test_application_files_are_private_files(client, application, private_root, settings):
    files = stored_files(private_root)
    assert len(files) == 3
    for path in files:
        assert mode(path) == 0o600
        assert not path.resolve().is_relative_to(settings.MEDIA_ROOT.resolve())
    folders = {path.parent for path in files} | {path.parent.parent for path in files}
    assert folders and all(mode(folder) == 0o700 for folder in folders | {private_root})
    item = ApplicationFile.objects.first()
    assert client.get(f"/media/{item.file.name}").status_code == 404


def test_form_sets_are_private_files(client, open_campaign, form_sets_root, settings):
    firm = make_target(open_campaign)
    form_set = FormSet(firm=firm)
    form_set.file.save("bo-phieu.zip", ContentFile(b"PK\x05\x06" + b"\x00" * 18), save=False)
    form_set.save()
    path = form_sets_root / form_set.file.name
    assert path.is_file() and mode(path) == 0o600
    assert not path.resolve().is_relative_to(settings.MEDIA_ROOT.resolve())
    folders = [folder for folder in path.parents if folder.is_relative_to(form_sets_root)]
    assert all(mode(folder) == 0o700 for folder in folders)
    assert mode(form_sets_root) == 0o700
    with pytest.raises(ValueError):
        form_set.file.url  # noqa: B018
    assert client.get(f"/media/{form_set.file.name}").status_code == 404
    # The staff download is the only way in.
    officer = staff_user("canbo.tep", "Cán bộ vận động")
    client.force_login(officer)
    download = client.get(reverse("form_sets:firm_download", args=[firm.pk]))
    assert download.status_code == 200 and "private" in download["Cache-Control"]


def test_a_private_folder_inside_the_media_folder_stops_the_start(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.FORM_SETS_ROOT = tmp_path / "private" / "form-sets"
    settings.APPLICATIONS_ROOT = tmp_path / "private" / "applications"
    assert check_private_roots() == []
    settings.FORM_SETS_ROOT = tmp_path / "media" / "invitations" / "sets"
    assert [error.id for error in check_private_roots()] == ["invitations.E001"]


@pytest.mark.parametrize("group", ["Biên tập viên", "Kiểm duyệt viên"])
def test_refusals_do_not_tell_an_existing_record_from_a_missing_one(
    client, application, form_sets_root, group
):
    firm = application.firm
    form_set = FormSet(firm=firm)
    form_set.file.save("bo-phieu.zip", ContentFile(b"PK"), save=False)
    form_set.save()
    batch = FormSetBatch.objects.create(campaign=firm.campaign, status=FormSetBatch.Status.DONE)
    batch.file.save("tat-ca.zip", ContentFile(b"PK"))
    item = ApplicationFile.objects.filter(version__application=application).first()
    existing = {
        ("get", "applications:detail"): application.pk,
        ("get", "applications:link"): application.pk,
        ("post", "applications:link"): application.pk,
        ("post", "applications:checklist"): application.pk,
        ("post", "applications:missing"): application.pk,
        ("get", "applications:file"): item.pk,
        ("get", "form_sets:firm"): firm.pk,
        ("get", "form_sets:firm_download"): firm.pk,
        ("post", "form_sets:firm_generate"): firm.pk,
        ("post", "form_sets:firm_revoke_link"): firm.pk,
        ("get", "form_sets:batch_download"): batch.pk,
    }
    client.force_login(staff_user("khong.quyen", group))
    for (method, name), pk in existing.items():
        call = getattr(client, method)
        found = call(reverse(name, args=[pk]))
        missing = call(reverse(name, args=[pk + 100_000]))
        assert found.status_code == missing.status_code == 403, name
        assert same_page(found.content) == same_page(missing.content), name
