"""Write linkedin_followers_old.xls, a LinkedIn followers workbook in the old binary format.

xlrd only reads, so this one sample was written with xlwt 1.3.0 in a throwaway environment:
`python -m venv /tmp/xlwt && /tmp/xlwt/bin/pip install xlwt==1.3.0 && /tmp/xlwt/bin/python make_xls_sample.py`.
Goalpost itself never needs xlwt. Expected values: Jan 2+1 = 3 new followers, Feb 4.
"""

import datetime as dt
import json
from pathlib import Path

import xlwt

HERE = Path(__file__).resolve().parent
book = xlwt.Workbook()
sheet = book.add_sheet("New followers")
dates = xlwt.easyxf(num_format_str="MM/DD/YYYY")
for column, text in enumerate(
    ["Date", "Sponsored followers", "Organic followers", "Auto-invited followers", "Total followers"]
):
    sheet.write(0, column, text)
for row, (day, sponsored, organic, invited) in enumerate(
    [(dt.date(2025, 1, 30), 0, 2, 0), (dt.date(2025, 1, 31), 1, 0, 0), (dt.date(2025, 2, 1), 1, 2, 1)],
    start=1,
):
    sheet.write(row, 0, day, dates)
    for column, value in enumerate((sponsored, organic, invited, sponsored + organic + invited), start=1):
        sheet.write(row, column, value)
book.add_sheet("Location").write(0, 0, "Location")
book.save(str(HERE / "linkedin_followers_old.xls"))
expected = {
    "preset": "linkedin_followers",
    "read": {},
    "months": [
        {
            "month": "2025-01",
            "channel": "linkedin",
            "audience": "all",
            "metric": "followers_gained",
            "value": 3,
        },
        {
            "month": "2025-02",
            "channel": "linkedin",
            "audience": "all",
            "metric": "followers_gained",
            "value": 4,
        },
    ],
    "notes_contain": ["new followers per day"],
}
(HERE / "linkedin_followers_old.xls.expected.json").write_text(
    json.dumps(expected, indent=2) + "\n", encoding="utf-8"
)
