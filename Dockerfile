# Goalpost for a team in a container: `python cli.py serve` on port 8501, the store on the /data volume.
# Put a proxy with TLS in front (compose.yaml does, with Caddy). Written without a Docker daemon at hand:
# see docs/hosting.md ("6. Docker") for what was and was not tested.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    GOALPOST_STORE=/data/goalpost.sqlite3

# Debian's Chromium draws the reports (PDF, chart PNGs); Kaleido is told where it is and never downloads one.
ENV BROWSER_PATH=/usr/bin/chromium
RUN apt-get update \
    && apt-get install -y --no-install-recommends chromium fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*

RUN useradd --create-home --uid 10001 --shell /usr/sbin/nologin goalpost \
    && mkdir /data && chown goalpost:goalpost /data

WORKDIR /app
COPY requirements.txt .
# The runtime packages at their pinned versions; the test tools listed after them stay out of the image.
RUN sed -n '/^# Runtime/,/^# Tests and tooling/{/^[A-Za-z]/p}' requirements.txt > runtime.txt \
    && pip install -r runtime.txt -c requirements.txt \
    && rm runtime.txt

# The code belongs to root: the server reads it and writes only to /data.
COPY . .

USER goalpost
VOLUME ["/data"]
EXPOSE 8501
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["python", "-c", "import sys, urllib.request; sys.exit(urllib.request.urlopen('http://127.0.0.1:8501/_stcore/health', timeout=4).status != 200)"]
CMD ["python", "cli.py", "serve"]
