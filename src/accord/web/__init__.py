"""Server-rendered pages of the workbench, with their templates and vendored assets."""
