import pytest

from storyline.errors import RejectCode, Rejected
from storyline.ingest.html import read_html

PARAGRAPH = (
    "Mike Pence arrived in Tokyo on Wednesday for talks with Prime Minister Shinzo Abe about "
    "North Korea and its missile program, officials said on the record."
)
PAGE = f"""<html lang="en"><head><title>Pence in Tokyo | Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2018-02-07T09:00:00+09:00"></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/w">World</a></li></ul></nav>
<article><h1>Pence in Tokyo</h1><p>print PRINT</p><p>{PARAGRAPH}</p>
<h2>Background of the visit</h2>
<p>The trip is part of a six-day tour that will take him to the Winter Olympics in South
Korea, where he may meet North Korean officials, the White House said on Tuesday.</p>
<ul><li>Ambassador</li><li>Ukraine</li><li>Trending</li></ul>
</article><footer>© 2018 Example News. All rights reserved.</footer></body></html>"""


def test_article_blocks_and_metadata() -> None:
    page = read_html(PAGE)
    assert page.published == "2018-02-07"
    assert page.title and page.title.startswith("Pence in Tokyo")
    kinds = [(b.kind, b.text) for b in page.blocks]
    assert ("heading", "Background of the visit") in kinds
    assert ("paragraph", PARAGRAPH) in kinds
    texts = " ".join(b.text for b in page.blocks)
    for furniture in ("print PRINT", "Ambassador", "All rights reserved", "Home"):
        assert furniture not in texts


@pytest.mark.parametrize(
    "html",
    ["<html><body><nav>Home | World</nav></body></html>", "<html><head></head></html>", "<<<>>>"],
)
def test_page_without_article_is_rejected(html: str) -> None:
    with pytest.raises(Rejected) as info:
        read_html(html)
    assert info.value.code is RejectCode.NO_ARTICLE
