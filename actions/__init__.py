"""Custom actions: thin adapters that read slots, call the registry and the catalogs, and send."""
