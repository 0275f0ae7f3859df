"""The workbench's HTTP side: a FastAPI app with the JSON API and the web pages."""

from accord.api.app import create_app

__all__ = ["create_app"]
