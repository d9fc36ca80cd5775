"""`manage.py fake_channels` serves both fakes; the portal pointed at them sends over HTTP."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bots.channels.base import Message
from bots.channels.registry import get_channel

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.django_db


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_fake_channels_serves_telegram_and_zalo(settings):
    telegram_port, zalo_port = free_port(), free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "manage.py",
            "fake_channels",
            "--telegram-port",
            str(telegram_port),
            "--zalo-port",
            str(zalo_port),
            "--chat",
            "777",
            "--seconds",
            "60",
        ],
        cwd=ROOT,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings.test"},
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        variables = {}
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and "ZALO_OA_SECRET_KEY" not in variables:
            line = process.stdout.readline()
            match = re.match(r"\s+([A-Z_]+)=(\S+)", line)
            if match:
                variables[match.group(1)] = match.group(2)
        assert variables["TELEGRAM_API_URL"] == f"http://127.0.0.1:{telegram_port}"
        assert variables["ZALO_OPENAPI_URL"] == f"http://127.0.0.1:{zalo_port}"
        settings.TELEGRAM_API_URL = variables["TELEGRAM_API_URL"]
        settings.TELEGRAM_BOT_TOKEN = variables["TELEGRAM_BOT_TOKEN"]
        result = get_channel("telegram").send(Message(recipient="777", text="Xin chào"))
        assert result.channel == "telegram"
        assert result.provider_message_id
    finally:
        process.terminate()
        process.wait(timeout=20)
