# Seed 003 "Tutorial: Dash callbacks", "Chained callbacks": the count is computed once into a
# dcc.Store, and two display callbacks take the Store as their Input. The article shows the
# layout and callbacks in pieces; assembled here. Its import line (`from dash import ...,
# PreventUpdate`) fails on Dash 4.4.1 (PreventUpdate lives in dash.exceptions) and the app does
# not use it, so the imports are the ones the code needs.
from dash import Dash, html, dcc, callback, Input, Output, State

app = Dash(__name__)

# Declare the layout
app.layout = html.Div([
    dcc.Store(id='count_memory', data=0),  # Store component to save the count
    html.P('Count: 0', id='counter'),
    html.Progress(id="progress_bar", value=0, max=50),
    html.Br(),
    html.Button('Click +', id='btn_add', n_clicks=0),
    html.Button('Click -', id='btn_sub', n_clicks=0),
    html.Br(),
    html.Label('Multiplier:'),
    dcc.Slider(id='multiplier', min=1, max=5, value=1, step=1)
], style={"max-width": "300px"})


@app.callback(
    Output('count_memory', 'data'),  # Update the stored count
    Input('btn_add', 'n_clicks'),
    Input('btn_sub', 'n_clicks'),
    Input('multiplier', 'value'),
    State('count_memory', 'data')  # Access the current stored count
)
def update_store(n_clicks1, n_clicks2, multiplier, current_count):
    count = (n_clicks1 - n_clicks2) * multiplier
    return count

@app.callback(
    Output('counter', 'children'),
    Output('counter', 'style'),
    Input('count_memory', 'data')
)
def update_counter_display(count):
    content = f"Count: {count}"
    style = {'color': 'green'} if count >= 0 else {'color': 'red'}
    return content, style

@app.callback(
    Output('progress_bar', 'value'),
    Input('count_memory', 'data')
)
def update_pbar(count):
    return count


# Run the app
if __name__ == '__main__':
    app.run_server(debug=True)
