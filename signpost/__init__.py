"""signpost: a multilingual, non-clinical signposting assistant for mental health support in England."""

__version__ = "0.1.0"
