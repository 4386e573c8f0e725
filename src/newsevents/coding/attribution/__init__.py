"""Attribution stage: according to whom and how sure.

Reported-by chains, quotes, cues, modality, corroboration and confidence.
"""
