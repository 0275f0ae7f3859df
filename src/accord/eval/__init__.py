"""Evaluation against gold benchmarks: readers of their formats and scorers."""
