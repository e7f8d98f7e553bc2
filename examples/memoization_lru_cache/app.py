# The memoization snippet of the "Advanced Callbacks" page, made into an app: slow_function is
# cached with functools.lru_cache (functools32 is its Python 2 backport), and the page shows how
# many times it really ran and how many answers came from the cache.
import functools
import time

from dash import Dash, dcc, html, Input, Output, callback
from dash.exceptions import PreventUpdate

app = Dash(__name__)


@functools.lru_cache(maxsize=32)
def slow_function(input):
    time.sleep(1)  # the page sleeps 10 s; 1 s is enough to feel the difference
    return f'Input was {input}'


app.layout = html.Div([
    html.P('Type a word and press Enter. The first time a word is seen takes a second; '
           'after that the answer comes from the cache.'),
    dcc.Input(id='memo-input', type='text', debounce=True),
    html.Div(id='memo-output'),
    html.Div('Real computations: 0, answered from the cache: 0', id='memo-stats'),
])


@callback(
    Output('memo-output', 'children'),
    Output('memo-stats', 'children'),
    Input('memo-input', 'value'),
)
def show_result(value):
    if not value:
        raise PreventUpdate
    result = slow_function(value)
    info = slow_function.cache_info()
    return result, f'Real computations: {info.misses}, answered from the cache: {info.hits}'


if __name__ == '__main__':
    app.run(debug=True)
