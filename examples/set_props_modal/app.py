# Seed 002 "Setting Properties Directly". The seed uses dash_ag_grid and
# dash_bootstrap_components, which pyclient does not have; rebuilt with core components so it
# behaves the same:
# - the grid is an html.Table whose rows are selected by clicking them; a small callback turns
#   a row click into the selection, kept in dcc.Store(id="setprops-row-selection-popup") (the
#   grid's `selectedRows` becomes the Store's `data`);
# - the modal is an html.Div shown/hidden through `style` (dbc.Modal's `is_open`).
# open_modal itself is the seed's callback: no outputs, only set_props.
from dash import Dash, Input, Output, html, dcc, ctx, callback, set_props

app = Dash(__name__)

rowData = [
    {"make": "Toyota", "model": "Celica", "price": 35000},
    {"make": "Ford", "model": "Mondeo", "price": 32000},
    {"make": "Porsche", "model": "Boxster", "price": 72000},
]
columns = ["make", "model", "price"]

app.layout = html.Div(
    [
        html.Table(
            [
                html.Thead(html.Tr([html.Th(c.capitalize()) for c in columns])),
                html.Tbody(
                    [
                        html.Tr([html.Td(row[c]) for c in columns], id=f"setprops-row-{i}",
                                style={"cursor": "pointer"})
                        for i, row in enumerate(rowData)
                    ]
                ),
            ],
            id="setprops-row-selection-grid",
        ),
        dcc.Store(id="setprops-row-selection-popup"),
        html.Div(
            [
                html.H5("More information about selected row"),
                html.Div(id="setprops-row-selection-modal-content"),
                html.Button("Close", id="setprops-row-selection-modal-close", n_clicks=0),
            ],
            id="setprops-row-selection-modal",
            role="dialog",
            style={"display": "none"},
        ),
    ]
)


@callback(
    Output("setprops-row-selection-popup", "data"),
    Input("setprops-row-0", "n_clicks"),
    Input("setprops-row-1", "n_clicks"),
    Input("setprops-row-2", "n_clicks"),
    prevent_initial_call=True,
)
def select_row(*_):
    # "single" row selection: the clicked row is the selection
    return [rowData[int(ctx.triggered_id.rsplit("-", 1)[1])]]


@callback(
    Input("setprops-row-selection-popup", "data"),
    Input("setprops-row-selection-modal-close", "n_clicks"),
    prevent_initial_call=True,
)
def open_modal(selection, _):
    if ctx.triggered_id == "setprops-row-selection-modal-close":
        # Close the modal
        set_props("setprops-row-selection-modal", {'style': {"display": "none"}})
    elif ctx.triggered_id == "setprops-row-selection-popup" and selection:
        # Open the modal and display the selected row content
        content_to_display = "You selected " + ", ".join(
            [
                f"{s['make']} (model {s['model']} and price {s['price']})"
                for s in selection
            ]
        )
        set_props("setprops-row-selection-modal", {'style': {"display": "block"}})
        set_props("setprops-row-selection-modal-content", {'children': content_to_display})


if __name__ == "__main__":
    app.run(debug=True)
