"""Time stage: when.

A TIMEX3 tagger anchored to the publication date, and the link from each event to the expression
that dates it.
"""
