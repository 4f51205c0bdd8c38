"""Plug-ins that run inside the Rasa server (Python 3.10, Rasa 3.6): NLU components and the crisis policy.

Only the Rasa environment imports this package. The logic they call lives in signpost.safety,
signpost.understanding and signpost.text, which are plain Python so the product's own
environment tests them too.
"""

from signpost_rasa import action_responses

action_responses.install()
