"""The FastAPI application factory: settings and the store are given or read from the
environment when the app starts, never at import."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse

from accord import __version__
from accord.api import canonical, catalogue, events, exports, graph, review
from accord.settings import Settings
from accord.store import Store


def create_app(settings: Settings | None = None, store: Store | None = None) -> FastAPI:
    """The workbench app. With `store`, the caller owns it (tests); otherwise the app opens
    the settings' database on start-up and closes it on shutdown."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        owned = store is None
        app.state.store = store or Store.open(app.state.settings.database_url)
        try:
            yield
        finally:
            if owned:
                app.state.store.close()

    app = FastAPI(
        title="Accord",
        version=__version__,
        description="Events, actors and the evidence behind them, extracted from news and "
        "communiqués about security and defence.",
        lifespan=lifespan,
        docs_url=None,  # served below from the vendored Swagger UI, never from a CDN
        redoc_url=None,
    )
    app.state.settings = settings or Settings.from_environment()
    app.include_router(events.router)
    app.include_router(canonical.router)
    app.include_router(graph.router)
    app.include_router(catalogue.router)
    app.include_router(review.router)
    app.include_router(exports.router)
    from accord.web.pages import mount_web  # not at the top: the pages import accord.api

    mount_web(app)

    @app.get("/docs", include_in_schema=False)
    def api_docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=app.openapi_url or "/openapi.json",
            title="Accord API",
            swagger_js_url="/static/vendor/swagger-ui/swagger-ui-bundle.js",
            swagger_css_url="/static/vendor/swagger-ui/swagger-ui.css",
            swagger_favicon_url="data:,",
        )

    return app
