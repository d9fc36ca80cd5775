"""An article scheduled in the past goes live through the real path: Django-Q schedule → worker."""

import datetime
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection
from django.utils import timezone
from django_q.models import Schedule
from wagtail.models import Page, Site

from cms.pages.models import ArticlePage, HomePage, NewsIndexPage

ROOT = Path(__file__).resolve().parents[2]
WAIT_SECONDS = 120


def database_url() -> str:
    settings_dict = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{settings_dict['NAME']}"
    user = settings_dict.get("USER") or ""
    password = f":{settings_dict['PASSWORD']}" if settings_dict.get("PASSWORD") else ""
    host = settings_dict.get("HOST") or "127.0.0.1"
    port = settings_dict.get("PORT") or 5432
    return f"postgres://{user}{password}@{host}:{port}/{settings_dict['NAME']}"


@pytest.mark.slow
@pytest.mark.django_db(transaction=True)
def test_scheduled_article_goes_live_through_the_worker(client, tmp_path, live_demo):
    root = Page.objects.get(depth=1)
    home = root.add_child(instance=HomePage(title="Trang lịch", slug="trang-lich", hero_title="X"))
    home.save_revision().publish()
    site = Site.objects.get(is_default_site=True)
    site.root_page = home
    site.save()
    news = home.add_child(instance=NewsIndexPage(title="Tin tức", slug="tin-tuc"))
    news.save_revision().publish()
    go_live = timezone.now() - datetime.timedelta(minutes=1)
    article = ArticlePage(
        title="Bài đăng theo lịch",
        slug="bai-theo-lich",
        summary="Tóm tắt",
        body="[]",
        live=False,
        go_live_at=go_live,
    )
    news.add_child(instance=article)
    article.save_revision(approved_go_live_at=go_live)
    assert not Page.objects.get(pk=article.pk).live

    call_command("sync_schedules", stdout=open(os.devnull, "w"))  # noqa: SIM115
    assert Schedule.objects.filter(name="publish-scheduled-pages").count() == 1
    Schedule.objects.filter(name="publish-scheduled-pages").update(next_run=timezone.now())
    listing = client.get(news.url, HTTP_HOST="localhost")
    assert listing.status_code == 200
    assert "Bài đăng theo lịch" not in listing.content.decode()

    env = {
        **os.environ,
        "DATABASE_URL": database_url(),
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
    }
    log = (tmp_path / "worker.log").open("w")
    worker = subprocess.Popen(
        [sys.executable, "manage.py", "qcluster"], cwd=ROOT, env=env, stdout=log, stderr=log
    )
    try:
        deadline = time.monotonic() + WAIT_SECONDS
        while time.monotonic() < deadline:
            if Page.objects.get(pk=article.pk).live:
                break
            time.sleep(1)
    finally:
        worker.terminate()
        try:
            worker.wait(timeout=20)
        except subprocess.TimeoutExpired:
            worker.kill()
        log.close()
    assert Page.objects.get(pk=article.pk).live, (tmp_path / "worker.log").read_text()[-3000:]
    # The worker's publication invalidated the page cache the web process filled.
    listing = client.get(news.url, HTTP_HOST="localhost")
    assert listing.status_code == 200
    assert "Bài đăng theo lịch" in listing.content.decode()
