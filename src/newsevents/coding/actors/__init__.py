"""Actors stage: who acts.

Dictionaries of countries, roles, organisations and office-holders, and the coder that reads
actor phrases into CAMEO actor codes.
"""
