"""The report page: findings table, three accessible SVG charts, and tables with the same numbers as stats.py."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import markdown
import pytest
from playbook import stats
from playbook.check import Report
from playbook.corpus import Corpus
from playbook.findings import Finding, Severity
from playbook.promotion import is_promotional
from playbook.site.report import file_page, report_markdown

from tests.conftest import REPO
from tests.rules.harness import PLANS, TODAY, post

SVG = "{http://www.w3.org/2000/svg}"
CHART_IDS = ("chart-guideline-mix", "chart-posts-per-week", "chart-longest-gaps", "chart-ratings-per-month")
# The Markdown extensions mkdocs.yml turns on: the page must survive them intact.
EXTENSIONS = ["admonition", "attr_list", "md_in_html", "tables", "toc", "pymdownx.details", "pymdownx.superfences"]


def report_of(posts=(), findings=()) -> Report:
    return Report(Corpus(Path("."), PLANS, tuple(posts), (), ()), TODAY, tuple(findings))


def figures(page: str) -> dict[str, ET.Element]:
    """Every chart figure of the page, parsed, by id."""
    found = {}
    for block in re.findall(r'<figure class="pb-chart".*?</figure>', page, re.DOTALL):
        element = ET.fromstring(block)
        found[element.get("id")] = element
    return found


def table_of(figure: ET.Element) -> tuple[list[str], dict[str, list[str]]]:
    """(column headers, {row header: cells}) of the table inside a chart figure."""
    table = figure.find(".//details//table")
    columns = ["".join(th.itertext()) for th in table.find("thead").iter("th")]
    rows = {}
    for tr in table.find("tbody").iter("tr"):
        header = tr.find("th")
        rows["".join(header.itertext())] = ["".join(td.itertext()) for td in tr.findall("td")]
    return columns, rows


# --------------------------------------------------------------------------- the sample practice


@pytest.fixture(scope="module")
def sample_page(sample_report) -> str:
    return report_markdown(sample_report)


def test_page_has_front_matter_summary_and_three_charts_with_headings(sample_page):
    assert sample_page.startswith("---\ntitle: Report\n---\n")
    assert "No findings — every check passes." in sample_page
    headings = re.findall(r"^## (.+)$", sample_page, re.MULTILINE)
    assert headings == ["Findings", "Guideline mix per month", "Posts per week per channel", "Longest gap per channel", "Reviews"]
    assert sample_page.count('<svg class="pb-chart-svg"') == 4  # the three plan charts and the review log's ratings


@pytest.mark.parametrize("chart_id", CHART_IDS)
def test_each_chart_is_a_named_image_with_caption_and_table(sample_page, chart_id):
    figure = figures(sample_page)[chart_id]
    svg = figure.find(f".//{SVG}svg")
    assert svg.get("role") == "img"
    title, desc = svg.find(f"{SVG}title"), svg.find(f"{SVG}desc")
    assert title.text and desc.text
    assert svg.get("aria-labelledby") == f"{title.get('id')} {desc.get('id')}"
    assert len(svg.findall(f".//{SVG}title")) == 1  # no per-shape titles competing with the name
    assert svg.get("viewBox") and float(svg.get("width")) > 100
    assert "".join(figure.find("figcaption").itertext()).strip()
    details = figure.find("details")
    assert details.find("summary").text == "Show the numbers as a table"
    table = details.find(".//table")
    assert table.find("caption").text and table.find("thead") is not None
    assert all(th.get("scope") == "col" for th in table.find("thead").iter("th"))
    assert table.find("tbody").findall("tr"), "the sample has numbers to show"


def test_ids_are_derived_from_chart_names_and_unique(sample_page):
    ids = re.findall(r'\bid="([^"]+)"', sample_page)
    assert len(ids) == len(set(ids))
    assert all(i.startswith((*CHART_IDS, "reviews-")) for i in ids)
    for ref in re.findall(r"url\(#([^)]+)\)", sample_page):
        assert ref in ids


def test_text_and_lines_use_current_colour_and_classes_not_fixed_colours(sample_page):
    svgs = "".join(re.findall(r"<svg.*?</svg>", sample_page, re.DOTALL))
    assert not re.search(r'(fill|stroke|style)="(?!url\(#)', svgs), "colours belong in report.css"
    css = (REPO / "hooks/playbook_glue/theme/assets/stylesheets/report.css").read_text(encoding="utf-8")
    assert "fill: currentColor" in css and '[data-md-color-scheme="slate"]' in css


def test_markdown_keeps_the_charts_intact(sample_page):
    body = sample_page.split("---\n", 2)[2]
    html = markdown.markdown(body, extensions=EXTENSIONS)
    assert html.count('role="img"') == 4
    assert html.count("<details") == 4 and html.count("<table") == 6  # four charts' tables, open reviews, response times
    assert "<p><svg" not in html and "<p><figure" not in html


def test_output_is_deterministic(sample_report):
    report = sample_report
    assert report_markdown(report) == report_markdown(report)


# --------------------------------------------------------------------------- numbers match stats.py


def _corpus():
    posts = []
    guidelines = ["expert", "community", "personality", "personality", "expert", "negatives", "consistency", "community"]
    for day, guideline in zip(range(1, 25, 3), guidelines):
        posts.append(post(guideline=guideline, channels=("facebook", "instagram") if day % 2 else ("facebook",), publish=f"2027-02-{day:02d} 10:00"))
    posts.append(post("Book now for 20% off a sports massage!", guideline="personality", channels=("instagram",), publish="2027-03-09 12:00"))
    posts.append(post(guideline="expert", channels=("facebook",), publish="2027-03-01 09:00"))
    posts.append(post(guideline="expert", channels=("facebook",), publish="2027-03-02 09:00", status="cancelled"))
    return posts


def test_mix_table_matches_stats():
    posts = _corpus()
    columns, rows = table_of(figures(report_markdown(report_of(posts)))["chart-guideline-mix"])
    assert columns[:2] == ["Month", "Planned posts"]
    assert "Expert, target at least 25%" in columns and "Promotional (any guideline), target at most 20%" in columns
    months = stats.months(PLANS, posts, is_promotional=is_promotional)
    assert list(rows) == [m.label for m in months] == ["February 2027", "March 2027"]
    for month in months:
        cells = dict(zip(columns[1:], rows[month.label]))
        assert cells["Planned posts"] == str(month.total)
        assert cells["Expert, target at least 25%"] == f"{month.count('expert')} ({stats.percent(month.share('expert'))})"
        assert cells["Community, target at least 15%"] == f"{month.count('community')} ({stats.percent(month.share('community'))})"
        assert cells["Negatives"] == f"{month.count('negatives')} ({stats.percent(month.share('negatives'))})"
        promos = cells["Promotional (any guideline), target at most 20%"]
        assert promos == f"{len(month.promotional)} ({stats.percent(month.promotional_share)})"
    assert rows["March 2027"][0] == "2"  # the cancelled post does not count
    assert rows["March 2027"][-1] == "1 (50%)"


def test_weekly_table_matches_stats():
    posts = _corpus()
    columns, rows = table_of(figures(report_markdown(report_of(posts)))["chart-posts-per-week"])
    assert columns == ["Week", "Facebook (target 3 a week)", "Instagram (target 2 a week)"]
    weekly = stats.weekly_counts(PLANS, posts, ["facebook", "instagram"])
    labels = [label.split(" ")[0] for label in rows]
    assert labels == [w.label for w in weekly["facebook"]]
    for (label, cells), fb, ig in zip(rows.items(), weekly["facebook"], weekly["instagram"]):
        assert cells == [str(fb.count), str(ig.count)], label
    assert sum(int(cells[0]) for cells in rows.values()) == 9  # eight in February, one in March (one cancelled)


def test_gap_table_matches_stats():
    posts = _corpus()
    columns, rows = table_of(figures(report_markdown(report_of(posts)))["chart-longest-gaps"])
    assert columns == ["Channel", "Longest gap (days)", "From", "To", "Maximum (days)", "Verdict"]
    longest = stats.longest_gaps(PLANS, posts)
    for channel, label, limit in (("facebook", "Facebook", 4), ("instagram", "Instagram", 5)):
        gap = longest[channel]
        verdict = "over the maximum" if gap.days > limit else "within the maximum"
        assert rows[label] == [str(gap.days), gap.start.isoformat(), gap.end.isoformat(), str(limit), verdict]
    assert rows["Instagram"][0] == "18"  # 19 February to 9 March
    figure = figures(report_markdown(report_of(posts)))["chart-longest-gaps"]
    assert "Instagram (18 days, maximum 5)" in figure.find(f".//{SVG}desc").text


def test_an_empty_plan_still_renders_three_charts():
    page = report_markdown(report_of())
    found = figures(page)
    assert set(found) == set(CHART_IDS) - {"chart-ratings-per-month"}  # no review log, no review section
    for figure in found.values():
        assert "No planned posts yet." in "".join(figure.itertext())


# --------------------------------------------------------------------------- findings table

FINDINGS = (
    Finding("content/posts/2027/01/04-x.md", 7, "CON001", "facebook has no post for 6 days", Severity.WARNING, hint="plan a post"),
    Finding("plans/series.yml", 2, "CON003", "No post fills the Wellness Wednesday slot", Severity.WARNING),
    Finding("content/posts/2027/01/04-x.md", 12, "PHI001", "Remove <script>alert('x')</script> & the visit date", Severity.ERROR),
    Finding("content/responses/thanks.md", 0, "NEG001", "Say sorry first", Severity.INFO),
    Finding("content/posts/2027/01/04-x.md", 9, "COM005", "January 2027: 1 of 10 posts", Severity.WARNING),
)


@pytest.fixture(scope="module")
def findings_page() -> str:
    return report_markdown(report_of(findings=FINDINGS))


def _findings_rows(page: str) -> list[str]:
    table = re.search(r'<table class="pb-report-findings">.*?</table>', page, re.DOTALL).group(0)
    return re.findall(r"<tr>\n(.*?)</tr>", table, re.DOTALL)


def test_summary_counts_by_severity(findings_page):
    assert "**5 findings: 1 error, 3 warnings, 1 info.**" in findings_page
    assert "No findings" not in findings_page


def _groups(page: str) -> list[str]:
    return re.findall(r'<tbody class="pb-report-item.*?</tbody>', page, re.DOTALL)


def test_findings_are_grouped_by_file_under_the_name_people_know_it_by():
    item = post(title="Icy sidewalks", publish="2027-01-04 09:00")
    later = post(title="Later post", publish="2027-02-04 09:00")
    findings = (
        Finding(later.path, 3, "CON001", "A gap", Severity.WARNING),
        Finding(item.path, 7, "CON001", "facebook has no post for 6 days", Severity.WARNING),
        Finding(item.path, 12, "PHI001", "Remove the visit date", Severity.ERROR),
        Finding("plans/series.yml", 2, "CON003", "No post fills the slot", Severity.WARNING),
    )
    page = report_markdown(Report(Corpus(Path("."), PLANS, (item, later), (), ()), TODAY, findings))
    groups = _groups(page)
    heads = [re.sub(r"<[^>]+>", "", re.search(r'<tr class="pb-report-item-head">(.*?)</tr>', g, re.DOTALL).group(1)) for g in groups]
    assert heads == ["Icy sidewalks · goes out Mon 4 Jan 2027", "Later post · goes out Thu 4 Feb 2027", "plans/series.yml · practice settings"]
    assert "content/posts" not in page  # titles and dates, not repository paths
    codes = re.findall(r"<code>(\w+)</code>", groups[0])
    assert codes == ["PHI001", "CON001"]  # errors first inside a group


def test_rows_grouped_by_file_worst_first(findings_page):
    codes = [re.findall(r"<code>(\w+)</code>", group) for group in _groups(findings_page)]
    assert codes == [["PHI001", "CON001", "COM005"], ["CON003"], ["NEG001"]]  # worst first, then by line


def test_rule_codes_link_to_rule_pages_and_files_to_their_pages(findings_page):
    post_group, plans_group, reply_group = _groups(findings_page)
    assert '<a href="../rules/phi001/"><code>PHI001</code></a>' in post_group
    assert '<a href="../rules/con003/"><code>CON003</code></a>' in plans_group
    assert '<a href="../posts/2027/01/04-x/">content/posts/2027/01/04-x.md</a>' in post_group  # not in the corpus: its path is its name
    assert '<a href="../responses/thanks/">content/responses/thanks.md</a>' in reply_group
    assert ">plans/series.yml <span" in plans_group, "a plans file has no page: plain text"
    assert '<td class="pb-num">2</td>' in plans_group and '<td class="pb-num"></td>' in reply_group
    assert "Hint: plan a post" in post_group


def test_links_are_relative_to_the_page_they_sit_on():
    page = report_markdown(report_of(findings=FINDINGS[:1]), src_uri="checks/report.md")
    assert 'href="../../rules/con001/"' in page and 'href="../../posts/2027/01/04-x/"' in page


@pytest.mark.parametrize(
    "path, page",
    [
        ("content/posts/2027/01/04-x.md", "posts/2027/01/04-x.md"),
        ("content/index.md", "index.md"),
        ("plans/series.yml", ""),
        ("content/media/photo.jpg", ""),
        ("mkdocs.yml", ""),
    ],
)
def test_file_page(path, page):
    assert file_page(path) == page


def test_text_from_content_is_escaped(findings_page):
    assert "<script>" not in findings_page
    assert "Remove &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; the visit date" in findings_page
    html = markdown.markdown(findings_page.split("---\n", 2)[2], extensions=EXTENSIONS)
    assert "<script>" not in html
    assert '<table class="pb-report-findings">' in html and "<p><table" not in html


def test_findings_page_is_deterministic():
    assert report_markdown(report_of(findings=FINDINGS)) == report_markdown(report_of(findings=tuple(reversed(FINDINGS))))


# --------------------------------------------------------------------------- plain words, readable marks


def test_captions_speak_plainly(sample_page):
    for figure in figures(sample_page).values():
        words = "".join(figure.find("figcaption").itertext()) + "".join(figure.find(".//details//caption").itertext())
        for jargon in ("per_week", "max_gap_days", "ISO", "cadence.yml", "mix:"):
            assert jargon not in words, (figure.get("id"), jargon)


def test_weekly_target_is_drawn_behind_the_bars(sample_page):
    svg = figures(sample_page)["chart-posts-per-week"].find(f".//{SVG}svg")
    order = [el.get("class", "") for el in svg]
    first_bar = next(i for i, c in enumerate(order) if "pb-chart-bar--weekly" in c)
    targets = [i for i, c in enumerate(order) if "pb-chart-target--dashed" in c and i > 2]  # past the legend's sample line
    assert targets and targets[0] < first_bar


def test_gap_label_sits_at_the_end_of_its_bar():
    posts = _corpus()
    svg = figures(report_markdown(report_of(posts)))["chart-longest-gaps"].find(f".//{SVG}svg")
    bars = [el for el in svg if el.tag == f"{SVG}rect" and "pb-chart-bar" in el.get("class", "").split()]
    labels = [el for el in svg if el.tag == f"{SVG}text" and "pb-chart-end-label" in el.get("class", "")]
    assert len(bars) == len(labels) >= 2
    for bar, label in zip(bars, labels):
        end = float(bar.get("x")) + float(bar.get("width"))
        assert 0 < float(label.get("x")) - end <= 8, (label.text, end)
