"""The site as a reporter uses it: `quotedb serve` on a real port, driven by headless Chromium.

Needs Debian's chromium and chromium-driver (.ci/run installs them). Without
them the test fails, with a message saying so: it is never skipped.
Screenshots go to the test's tmp_path; set QUOTEDB_SCREENSHOTS=docs to also
refresh the README's pictures.
"""
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import WebDriverWait

from builders import ROOT
from hostile import SCRIPT, hostile_copy

DB = "quotes"
CHROMIUM_FLAGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--no-first-run", "--window-size=1280,1100", "--lang=zh-CN")


def executable(name: str, fallback: str) -> str:
    path = shutil.which(name) or (fallback if Path(fallback).is_file() else None)
    if path is None:
        pytest.fail(f"{name} not found: install Debian's chromium and chromium-driver "
                    "(apt-get install chromium chromium-driver; .ci/run does it)", pytrace=False)
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def site(tmp_path_factory, seed_db):
    """`quotedb serve` on the seed database plus a hostile article; yields (base URL, hostile claim id)."""
    folder = tmp_path_factory.mktemp("site")
    path = folder / "quotes.db"
    hostile_id = hostile_copy(seed_db.path, path)
    port = free_port()
    log = open(folder / "serve.log", "wb")
    proc = subprocess.Popen([sys.executable, "-m", "extractor", "serve", "--db", str(path), "--host", "127.0.0.1",
                             "--port", str(port)], stdout=log, stderr=subprocess.STDOUT, cwd=ROOT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(f"{base}/-/versions.json", timeout=2).read()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    log.flush()
                    pytest.fail(f"quotedb serve did not start:\n{(folder / 'serve.log').read_text()}")
                time.sleep(0.2)
        yield base, hostile_id
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


@pytest.fixture(scope="module")
def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = executable("chromium", "/usr/bin/chromium")
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service(executable_path=executable(
        "chromedriver", "/usr/bin/chromedriver")))
    driver.set_page_load_timeout(20)
    try:
        yield driver
    finally:
        driver.quit()


def screenshot(driver, tmp_path, name):
    """Save a screenshot in the test's folder, and in $QUOTEDB_SCREENSHOTS when set (the README's docs/)."""
    path = tmp_path / name
    assert driver.save_screenshot(str(path)), f"could not save {path}"
    if os.environ.get("QUOTEDB_SCREENSHOTS"):
        target = ROOT / os.environ["QUOTEDB_SCREENSHOTS"]
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, target / name)
    return path


def wait(driver, condition, what, seconds=10):
    try:
        return WebDriverWait(driver, seconds).until(condition)
    except Exception as err:  # a clear step name and what the page said, not just a TimeoutException
        shown = driver.find_element(By.TAG_NAME, "body").text[:300] if driver.find_elements(By.TAG_NAME, "body") else ""
        pytest.fail(f"{what}: {type(err).__name__} at {driver.current_url}; the page shows: {shown!r}")


def assert_no_alert(driver):
    try:
        alert = driver.switch_to.alert
    except NoAlertPresentException:
        return
    text = alert.text
    alert.dismiss()
    pytest.fail(f"a script from an article ran: alert({text!r}) at {driver.current_url}")


def column_texts(driver, column):
    """The cells of one column of the rows table, once it is there (a loaded machine renders late)."""
    cells = f"table.rows-and-columns td.col-{column}"
    wait(driver, ec.presence_of_element_located((By.CSS_SELECTOR, cells)), f"the rows' {column} cells")
    return [td.text for td in driver.find_elements(By.CSS_SELECTOR, cells)]


def test_a_reporter_searches_picks_a_speaker_and_reads_the_claim_in_its_paragraph(site, browser, tmp_path):
    base, _ = site
    browser.get(f"{base}/{DB}/claims")
    box = wait(browser, ec.element_to_be_clickable((By.CSS_SELECTOR, "input#_search")), "the claims search box")
    box.send_keys("普京", Keys.ENTER)
    wait(browser, ec.url_contains("_search="), "searching for 普京")
    texts = column_texts(browser, "text")
    assert texts and all("普京" in t for t in texts), f"search 普京 showed {texts}"
    screenshot(browser, tmp_path, "claims.png")

    facet = wait(browser, ec.element_to_be_clickable(
        (By.XPATH, "//div[@data-column='speaker_id']//a[normalize-space()='李强']")), "the speaker facet 李强")
    facet.click()
    wait(browser, ec.url_contains("speaker_id="), "filtering by the speaker facet")
    speakers = column_texts(browser, "speaker_id")
    assert speakers and all("李强" in s for s in speakers), f"facet 李强 showed speakers {speakers}"
    assert all("普京" in t for t in column_texts(browser, "text")), "the facet dropped the search"

    link = browser.find_element(By.CSS_SELECTOR, "td.col-text a.claim-link")
    claim = link.text
    link.click()
    mark = wait(browser, ec.visibility_of_element_located((By.CSS_SELECTOR, "#claim-paragraph mark#claim-text")),
                "the highlighted claim on its page")
    paragraph = browser.find_element(By.ID, "claim-paragraph").text
    assert mark.text == claim and claim in paragraph and len(paragraph) > len(claim)
    facts = browser.find_element(By.CSS_SELECTOR, "dl.claim-facts").text
    for expected in ("李强", "2023-12-19", "央视", "法广"):
        assert expected in facts, f"{expected} missing from the claim's facts: {facts}"
    original = browser.find_element(By.ID, "original-url").get_attribute("href")
    assert original.startswith("https://www.rfi.fr/"), original
    assert mark.value_of_css_property("background-color") != "rgba(0, 0, 0, 0)", "the claim is not highlighted"
    screenshot(browser, tmp_path, "claim.png")


def test_a_claim_containing_a_script_tag_renders_as_text(site, browser):
    base, hostile_id = site
    browser.get(f"{base}/{DB}/claims?_search=script")
    assert_no_alert(browser)
    assert SCRIPT in column_texts(browser, "text"), "the claims table does not show the tag as text"

    browser.get(f"{base}/{DB}/claims/{hostile_id}")
    assert_no_alert(browser)
    mark = wait(browser, ec.presence_of_element_located((By.ID, "claim-text")), "the hostile claim's page")
    assert mark.text == SCRIPT
    ran = browser.execute_script(
        "return [...document.scripts].some(s => s.textContent.includes('alert(')) || !!document.querySelector('img[onerror]')")
    assert ran is False, "markup from the article reached the page's DOM"
