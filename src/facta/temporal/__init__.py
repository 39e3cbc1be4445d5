"""Time expressions: recognition and normalisation against the publication date (TimeML values).

>>> import datetime as dt
>>> [t.value for t in find_times("Police said on Friday that clashes began last week.",
...                              dt.date(2024, 3, 13)).timexes]
['2024-03-08', '2024-W10']
"""

from facta.temporal.calendar import Period
from facta.temporal.recognize import TimeAnalysis, Timex, find_times

__all__ = ["Period", "TimeAnalysis", "Timex", "find_times"]
