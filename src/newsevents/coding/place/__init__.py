"""Place stage: where.

An offline GeoNames gazetteer, toponym finding and resolution, and the event's own place.
"""
