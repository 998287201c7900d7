"""Data in and out of Goalpost: file readers and platform presets, Google Sheets, the store."""
