"""Events stage: what was done.

The lexicon of verb and noun patterns and the coder that matches them over the dependency parse.
"""
