"""The conversation: from what the person said (slots) to a registry query, service facts as the
assistant says them, the national crisis lines, and the multi-turn conversation evaluation."""
