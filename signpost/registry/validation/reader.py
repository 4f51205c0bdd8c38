"""A YAML reader that keeps line numbers, so every problem in a registry file can name its line.

Each mapping read is a ``LineMapping`` that knows the line it starts on and the line of each of
its keys; a key written twice in one mapping is reported rather than silently overwritten.
"""
from __future__ import annotations

from typing import Any, Optional

import yaml


class LineMapping(dict):
    """A YAML mapping that remembers the lines it and its keys were written on."""

    line: Optional[int] = None
    key_lines: dict


def read_yaml(text: str) -> tuple[Any, list[tuple[str, int]]]:
    """The document in ``text``, and the keys written twice in one mapping (key, line).

    Raises yaml.YAMLError when the text is not YAML.
    """
    loader = _LineLoader(text)
    try:
        return loader.get_single_data(), loader.duplicate_keys
    finally:
        loader.dispose()


def without_lines(value: Any) -> Any:
    """Plain dicts and lists as the parser's line-keeping mappings, with no lines to tell."""
    if isinstance(value, dict):
        mapping = LineMapping({key: without_lines(item) for key, item in value.items()})
        mapping.key_lines = {}
        return mapping
    if isinstance(value, list):
        return [without_lines(item) for item in value]
    return value


class _LineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # libyaml's parser when installed
    def __init__(self, stream: str):
        super().__init__(stream)
        self.duplicate_keys: list[tuple[str, int]] = []


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> LineMapping:
    mapping = LineMapping(loader.construct_mapping(node, deep=True))
    mapping.line = node.start_mark.line + 1
    mapping.key_lines = {}
    for key_node, _ in node.value:
        if isinstance(key_node, yaml.ScalarNode):
            if key_node.value in mapping.key_lines:
                loader.duplicate_keys.append((key_node.value, key_node.start_mark.line + 1))
            mapping.key_lines[key_node.value] = key_node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def line_of(mapping: Any, key: Any) -> Optional[int]:
    """The line ``key`` is written on in ``mapping`` (else the mapping's own), None for plain data."""
    if isinstance(mapping, LineMapping):
        return mapping.key_lines.get(key, mapping.line)
    return None
