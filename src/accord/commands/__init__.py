"""Command groups of the `accord` command line, registered on the app in `accord.cli`."""
