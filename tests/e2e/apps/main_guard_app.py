# The build imports this file; its __main__ block is for `python app.py` only and must not run.
import sys

from dash import Dash, html

app = Dash(__name__)
app.layout = html.Div('main guard', id='main-guard')

if __name__ == '__main__':
    print('MAIN BLOCK RAN')
    app.run(debug=True)
    sys.exit(3)
