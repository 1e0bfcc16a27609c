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


# -- three widths: a desktop, a tablet, a phone -------------------------------------------

# Measures the laid-out page and writes what it found into the page around it, for
# --dump-dom. Added to a copy of the report only: the report itself carries no script.
PROBE = """<script>
window.addEventListener("load", () => {
  const doc = document.querySelector(".doc"), report = doc.querySelector(".report");
  const r = report.getBoundingClientRect(), f = doc.querySelector(".findings").getBoundingClientRect();
  const closed = [...document.querySelectorAll("details.collapsed")].filter(d => !d.open).length;
  const probe = window.parent.document.createElement("pre");
  probe.id = "probe";
  probe.textContent = JSON.stringify({
    viewport: window.innerWidth, scroll: document.documentElement.scrollWidth,
    report: Math.round(r.width), findings: Math.round(f.width),
    stacked: f.top >= r.bottom - 1, side: f.left >= r.right - 1, closed: closed,
  });
  window.parent.document.body.appendChild(probe);
});
</script>"""
MIN_WINDOW = 500  # headless Chromium draws no window narrower: a phone is an iframe in one


def _framed(tmp_path: Path, page: Path, width: int, probe: bool) -> Path:
    """The report in an iframe `width` pixels wide (its own viewport, so its media queries
    apply), in a page of its own origin (srcdoc) so that the probe can write to the parent."""
    from html import escape

    text = page.read_text(encoding="utf-8")
    if probe:
        text = text.replace("</body>", PROBE + "</body>")
    framed = tmp_path / f"framed-{width}.html"
    framed.write_text(f'<!DOCTYPE html><html><body style="margin:0;background:#000">'
                      f'<iframe srcdoc="{escape(text)}" style="width:{width}px;height:900px;border:0;display:block">'
                      f"</iframe></body></html>", encoding="utf-8")
    return framed


def _layout(tmp_path: Path, page: Path, width: int) -> dict:
    import json
    import re

    framed = _framed(tmp_path, page, width, probe=True)
    proc = _chromium(tmp_path, "--dump-dom", "--virtual-time-budget=3000",
                     f"--window-size={max(width, MIN_WINDOW)},900", framed.as_uri())
    assert proc.returncode == 0, proc.stderr[-2000:]
    found = re.search(r'<pre id="probe">(.*?)</pre>', proc.stdout, re.S)
    assert found, "the probe did not run"
    return json.loads(found.group(1).replace("&quot;", '"'))


@pytest.mark.parametrize("width", [1280, 768, 375])
def test_the_page_fits_the_width_without_a_sideways_scroll(tmp_path, report_html, width):
    layout = _layout(tmp_path, report_html, width)
    assert layout["viewport"] == width
    assert layout["scroll"] <= width, layout  # nothing wider than the screen
    assert layout["closed"] >= 1, layout  # the consistent findings start collapsed
    if width >= 1000:
        assert layout["side"] and not layout["stacked"], layout  # report and findings side by side
    else:
        assert layout["stacked"], layout  # one column: the report, then its findings
        assert layout["report"] >= width - 60 and layout["findings"] >= width - 60, layout


@pytest.mark.parametrize("width", [1280, 768, 375])
def test_screenshots_at_three_widths_show_the_inconsistent_figure(tmp_path, report_html, width):
    shot = Path(os.environ.get("AUDIT_SCREENSHOT_DIR", tmp_path)) / f"html-report-{width}.png"
    shot.parent.mkdir(parents=True, exist_ok=True)
    window = max(width, MIN_WINDOW)
    proc = _chromium(tmp_path, f"--screenshot={shot}", f"--window-size={window},900",
                     _framed(tmp_path, report_html, width, probe=False).as_uri())
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert _png_size(shot.read_bytes()) == (window, 900)
    image = pytest.importorskip("PIL.Image").open(shot).convert("RGB").crop((0, 0, width, 900))
    raw = image.tobytes()
    reds = sum(1 for px in zip(raw[0::3], raw[1::3], raw[2::3]) if all(abs(a - b) < 24 for a, b in zip(px, RED)))
    assert reds > 100, f"at {width} px the inconsistent figure should show in red in the first screen"
    # the page's right edge: its light background or a card's edge, never text running off the screen
    edge = [image.getpixel((width - 3, y)) for y in range(120, 900, 10)]
    assert sum(1 for px in edge if sum(px) < 200) < 5, f"dark pixels along the right edge at {width} px"


def test_several_files_get_an_index_and_counts_that_add_up(report_html):
    import re

    page = report_html.read_text(encoding="utf-8")
    assert '<nav class="index"><h2>Files</h2>' in page
    assert page.count('<li><a href="#d') == 2
    lines = re.findall(r'<span class="counts">(.*?)</span></li>', page)
    lines.append(re.search(r'<p class="summary-counts">(.*?) — ', page).group(1))
    for line in lines:
        numbers = [int(n) for n in re.findall(r"(\d+) (?:inconsistent|suppressed|undetermined|implied|consistent)",
                                              line)]
        total = int(re.search(r"= (\d+) relations? checked", line).group(1))
        assert sum(numbers) == total, line
