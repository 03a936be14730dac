"""The /ui dashboard in headless Chromium: submit, watch progress, read highlighted review."""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path

import pytest
import uvicorn
from redis.asyncio import Redis
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from services.ingest.app import create_app
from services.ingest.settings import IngestSettings
from shared.health import EmbeddedServer
from tests.helpers import ROOT

ARTIFACTS = ROOT / "tests" / "artifacts"
DOC = "# Launch notes\n\nThe the launch is TOTALLY on track!!!\n\nWe recieve feedback daily.\n"


def _browser() -> webdriver.Chrome:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    if not (chromium and driver):
        pytest.fail("headless Chromium is required: apt-get install -y chromium chromium-driver")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1400,1100",
    ):
        options.add_argument(flag)  # fmt: skip
    return webdriver.Chrome(options=options, service=Service(executable_path=driver))


def _drive(url: str, shot: Path) -> dict[str, object]:
    browser = _browser()
    try:
        browser.get(url)
        browser.find_element(By.ID, "adminkey").send_keys("root")  # /v1/mesh is admin only
        browser.find_element(By.ID, "doc").send_keys(DOC)
        browser.find_element(By.ID, "submit").click()
        WebDriverWait(browser, 30).until(
            lambda b: b.find_element(By.ID, "state").get_attribute("data-done") == "1"
        )
        WebDriverWait(browser, 10).until(
            lambda b: len(b.find_elements(By.CSS_SELECTOR, "#mesh tbody tr")) > 5
        )
        marks = browser.find_elements(By.CSS_SELECTOR, "#text mark")
        result = {
            "lenses": {m.get_attribute("class") for m in marks},
            "marked": [m.text for m in marks],
            "scores": len(browser.find_elements(By.CSS_SELECTOR, "#scores tbody tr")),
            "progress": browser.find_element(By.ID, "progress").get_attribute("value"),
            "mesh": browser.find_element(By.ID, "mesh").text,
        }
        shot.parent.mkdir(parents=True, exist_ok=True)
        browser.save_screenshot(str(shot))
        return result
    finally:
        browser.quit()


async def test_dashboard_submits_and_shows_the_review_highlighted(
    pipeline: Redis, redis_url: str
) -> None:
    settings = IngestSettings(redis_url=redis_url, port=0, admin_key="root")
    server = EmbeddedServer(uvicorn.Config(create_app(settings), host="127.0.0.1", port=0,
                                           log_config=None))  # fmt: skip
    task = await server.start_in_background()
    shot = ARTIFACTS / "ui-review.png"
    try:
        result = await asyncio.to_thread(_drive, f"http://127.0.0.1:{server.port}/ui", shot)
    finally:
        server.should_exit = True
        await task
    assert result["scores"] == 4
    assert {"grammar", "tone"} <= result["lenses"]  # type: ignore[operator]
    assert "The the" in result["marked"]  # type: ignore[operator]
    assert "doc.review.tasks" in str(result["mesh"]) and "coordinator-group" in str(result["mesh"])
    assert shot.stat().st_size > 10_000
