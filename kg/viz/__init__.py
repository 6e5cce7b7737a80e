"""Interactive graph pages: one offline HTML file per view, with filters, a date slider and evidence.

    from kg import open_store
    from kg.viz import select_view
    with open_store() as store:
        view = select_view(store, dyad=("AZE", "RUS"))
    view.write("aze-rus.html")     # or just `view` in a Jupyter cell

pyvis and jinja2 are imported only when a page is rendered.
"""

from __future__ import annotations

from kg.viz.view import View, ViewEdge, ViewNode, ViewQuery, select_view

__all__ = ["View", "ViewEdge", "ViewNode", "ViewQuery", "select_view"]
