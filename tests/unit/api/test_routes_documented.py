"""Every JSON route (all of the OpenAPI schema) is in the README's route table."""

from __future__ import annotations

from pathlib import Path

from accord.api import create_app
from accord.settings import Settings

README = (Path(__file__).resolve().parents[3] / "README.md").read_text("utf-8")


def test_every_api_route_is_documented(tmp_path: Path) -> None:
    app = create_app(Settings.from_environment({"ACCORD_HOME": str(tmp_path)}))
    routes = [
        (method.upper(), path)
        for path, operations in app.openapi()["paths"].items()
        for method in operations
    ]
    assert len(routes) >= 12
    for method, path in routes:
        assert f"{method} {path}" in README, f"{method} {path}"
