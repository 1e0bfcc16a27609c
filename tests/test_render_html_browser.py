"""The HTML report in a real browser: headless Chromium opens it, the findings
are in the rendered page, and a screenshot is taken (and checked for the red
of an inconsistent figure).

Skipped with a reason where Chromium is absent; under CI (CI=true) a missing
Chromium is a failure, because .ci/setup-extras installs it.
"""
from __future__ import annotations

import os
import shutil
import struct
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from _frozen import ROOT
from auditor.cli import main

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage")
RED = (0xC6, 0x28, 0x28)  # --red in render/html.py


def _browser() -> str:
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    if os.environ.get("CI"):
        pytest.fail("chromium is missing in CI: .ci/setup-extras should have installed it")
    pytest.skip("chromium not installed (Debian: apt-get install chromium); .ci/setup-extras installs it in CI")


@pytest.fixture
def report_html(tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(ROOT)
    target = tmp_path / "report.html"
    result = CliRunner().invoke(main, ["--format", "html", "-o", str(target),
                                       "fixtures/employment-bulletin-2021.txt", "fixtures/render/city-budget.md"])
    assert result.exit_code == 1, result.output
    return target


def _chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    profile = tmp_path / "profile"
    profile.mkdir(exist_ok=True)
    return subprocess.run([_browser(), *FLAGS, f"--user-data-dir={profile}", *args],
                          capture_output=True, text=True, timeout=120)


def test_chromium_opens_the_report_and_shows_the_findings(tmp_path, report_html):
    proc = _chromium(tmp_path, "--dump-dom", report_html.as_uri())
    assert proc.returncode == 0, proc.stderr[-2000:]
    dom = proc.stdout
    assert "<title>Report audit</title>" in dom
    assert dom.count('<article class="finding') >= 2  # one per relation, both documents
    assert 'class="finding inconsistent inconsistent"' in dom
    assert 'class="fig inconsistent" id="d1-F' in dom and ">484,000</a>" in dom
    assert "new urban jobs (2021): 484,000 here, but 795,000 elsewhere" in dom
    assert "[see table 2]" in dom  # report text as written


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    return struct.unpack(">II", data[16:24])


def test_chromium_screenshot_of_the_report(tmp_path, report_html):
    shot = Path(os.environ.get("AUDIT_SCREENSHOT_DIR", tmp_path)) / "html-report.png"
    shot.parent.mkdir(parents=True, exist_ok=True)
    proc = _chromium(tmp_path, f"--screenshot={shot}", "--window-size=1200,900", report_html.as_uri())
    assert proc.returncode == 0, proc.stderr[-2000:]
    data = shot.read_bytes()
    assert _png_size(data) == (1200, 900)
    image = pytest.importorskip("PIL.Image").open(shot).convert("RGB")
    raw = image.tobytes()
    pixels = zip(raw[0::3], raw[1::3], raw[2::3])
    reds = sum(1 for px in pixels if all(abs(a - b) < 24 for a, b in zip(px, RED)))
    assert reds > 200, "the inconsistent figures and the finding's border should show in red"
