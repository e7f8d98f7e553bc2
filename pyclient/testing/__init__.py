"""pyclient.testing: test a Dash app two ways with the same helpers (a pytest plugin).

- `HeadlessApp(path)`: the app driven through the scheduler in plain CPython — no build, no
  browser; each click costs what its callbacks cost.
- `BrowserApp`: the app built, served and opened in Chromium through Playwright.

The plugin (registered as `pytest11`, see plugin.py) gives the fixtures `pyclient_headless`,
`pyclient_browser` and `pyclient_app` (both ways, one parameter). Never shipped to a site.
"""

from .headless import HeadlessApp, HeadlessUnsupported

__all__ = ["HeadlessApp", "HeadlessUnsupported"]
