"""Data in and out of Goalpost: file readers and platform presets, Google Sheets, the store; it never imports Streamlit, Plotly or views."""
