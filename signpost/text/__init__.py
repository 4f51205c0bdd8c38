"""Text handling shared by every part of signpost (see folding.py)."""
