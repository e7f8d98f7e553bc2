"""dcc.Download: data from dcc.send_string / dcc.send_bytes is saved as a file."""

from pathlib import Path


def download(app, button):
    with app.expect_download() as info:
        app.click(button)
    app.settle()
    return info.value


def test_download_text_and_bytes(app_page):
    app = app_page("dcc_download")
    csv = download(app, "#csv")
    assert csv.suggested_filename == "cities.csv"
    assert Path(csv.path()).read_text(encoding="utf-8") == "city,population\nMontréal,1.8\nclicks,1\n"

    again = download(app, "#csv")
    assert Path(again.path()).read_text(encoding="utf-8").endswith("clicks,2\n")

    raw = download(app, "#bytes")
    assert raw.suggested_filename == "all-bytes.bin"
    assert Path(raw.path()).read_bytes() == bytes(range(256))
