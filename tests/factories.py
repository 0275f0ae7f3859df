"""Builders for test documents: PDFs with or without a text layer, feeds, HTML pages.
Every text here was written by the Accord team for the tests."""

from __future__ import annotations

import io

from pypdf import PageObject, PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

COMMUNIQUE_PAGES = (
    "Joint communique of the fictional Republic of Arvenia and the Kingdom of Belmora.",
    "The two delegations agreed on Tuesday to share intelligence on armed groups along the border.",
)


def _escape_pdf_text(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(
    pages: tuple[str | None, ...], *, password: str | None = None, title: str | None = None
) -> bytes:
    """A PDF whose pages carry the given text in Helvetica; a None page has only a drawn
    line and no text (like a scanned page with no text layer)."""
    writer = PdfWriter()
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
            NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
        }
    )
    for text in pages:
        page = PageObject.create_blank_page(width=612, height=792)
        stream = DecodedStreamObject()
        if text is None:
            stream.set_data(b"0 0 m 300 300 l S")
        else:
            stream.set_data(
                f"BT /F1 11 Tf 40 740 Td ({_escape_pdf_text(text)}) Tj ET".encode("latin-1")
            )
            page[NameObject("/Resources")] = DictionaryObject(
                {
                    NameObject("/Font"): DictionaryObject(
                        {NameObject("/F1"): writer._add_object(font)}
                    )
                }
            )
        page[NameObject("/Contents")] = writer._add_object(stream)
        writer.add_page(page)
    if title:
        writer.add_metadata({"/Title": title, "/CreationDate": "D:20240828120000Z"})
    if password is not None:
        writer.encrypt(
            user_password=password, owner_password=password + "-owner", algorithm="AES-128"
        )
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


ARTICLE_HTML = """<!DOCTYPE html>
<html lang="en">
<head>
<title>Arvenia and Belmora sign border security pact | Test Wire</title>
<meta property="og:title" content="Arvenia and Belmora sign border security pact">
<meta property="og:site_name" content="Test Wire">
<meta property="article:published_time" content="2024-08-28T09:30:00Z">
</head>
<body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/login">Log in</a></nav>
<article>
<h1>Arvenia and Belmora sign border security pact</h1>
<p>The defence chiefs of Arvenia and Belmora signed a memorandum of understanding on Wednesday
in the Belmoran capital, pledging joint patrols along their shared border.</p>
<p>Officials said the agreement would restore intelligence sharing that was suspended after
last year's crisis, and that a joint commission would meet again within three months.</p>
<p>An analyst in the capital called the deal the first real sign of a thaw between the two
neighbours since 2023.</p>
</article>
<footer>Copyright Test Wire. Cookies policy. Subscribe to our newsletter.</footer>
</body>
</html>
"""


def make_feed(entries: list[dict[str, str]], *, title: str = "Test Wire security desk") -> bytes:
    """An RSS 2.0 feed; each entry may have title, link, description, pubDate, guid."""
    items = []
    for entry in entries:
        parts = [
            f"<{tag}>{entry[tag]}</{tag}>"
            for tag in ("title", "link", "guid", "pubDate")
            if tag in entry
        ]
        if "description" in entry:
            parts.append(f"<description><![CDATA[{entry['description']}]]></description>")
        items.append("<item>" + "".join(parts) + "</item>")
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
        f"<title>{title}</title><link>https://wire.example/</link><language>en-gb</language>"
        + "".join(items)
        + "</channel></rss>"
    ).encode()
