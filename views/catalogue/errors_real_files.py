"""Messages from reading real exports (issue #10): sections, error rows, placeholders, presets for web and search.

Keys are "error.<key>" for the key each Message gives in the library (connectors/readers/).
"""

TEXT: dict[str, dict[str, str]] = {
    "error.readers.note_sections": {
        "en": "The file holds {count} sections ({titles}); each was read on its own, under the channel its title "
        "names.",
        "nb": "Filen har {count} deler ({titles}); hver del ble lest for seg, under kanalen tittelen nevner.",
        "sv": "Filen har {count} delar ({titles}); varje del lästes för sig, under kanalen som rubriken nämner.",
        "da": "Filen har {count} afsnit ({titles}); hvert afsnit blev læst for sig, under den kanal, titlen nævner.",
    },
    "error.readers.note_dates_year_from_upload_day": {
        "en": "The dates have no year; read them as {years}, so that the newest date falls on or before the "
        "upload day ({today}). If that is wrong, choose the year when uploading (or put it in the file name).",
        "nb": "Datoene mangler årstall; de ble lest som {years}, slik at den nyeste datoen faller på eller før "
        "opplastingsdagen ({today}). Er det feil, velg året ved opplasting (eller skriv det i filnavnet).",
        "sv": "Datumen saknar årtal; de lästes som {years}, så att det senaste datumet infaller på eller före "
        "uppladdningsdagen ({today}). Stämmer det inte, välj året vid uppladdningen (eller skriv det i filnamnet).",
        "da": "Datoerne mangler årstal; de blev læst som {years}, så den nyeste dato falder på eller før "
        "uploaddagen ({today}). Er det forkert, så vælg året ved upload (eller skriv det i filnavnet).",
    },
    "error.readers.note_placeholders": {
        "en": "{count} cells of the column “{column}” say “{word}”: read as empty (no value), not as zero.",
        "nb": "{count} celler i kolonnen «{column}» sier «{word}»: lest som tomme (ingen verdi), ikke som null.",
        "sv": "{count} celler i kolumnen ”{column}” säger ”{word}”: lästa som tomma (inget värde), inte som noll.",
        "da": "{count} celler i kolonnen »{column}« siger »{word}«: læst som tomme (ingen værdi), ikke som nul.",
    },
    "error.readers.note_net_negative": {
        "en": "{metric} is reported net of removals (deleted comments, unlikes): {count} days are negative, "
        "the first {value} in row {row}; stored as they are.",
        "nb": "{metric} rapporteres netto etter fjerninger (slettede kommentarer, fjernede liker): {count} dager "
        "er negative, den første {value} i rad {row}; lagret som de er.",
        "sv": "{metric} rapporteras netto efter borttagningar (raderade kommentarer, borttagna gillamarkeringar): "
        "{count} dagar är negativa, den första {value} på rad {row}; sparade som de är.",
        "da": "{metric} opgøres netto efter fjernelser (slettede kommentarer, fjernede likes): {count} dage er "
        "negative, den første {value} i række {row}; gemt, som de er.",
    },
}
