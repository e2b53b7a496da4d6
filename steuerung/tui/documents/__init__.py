"""Dokumente: the outline of the workshop documentation and its Sections (issue 13)."""
