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
    "error.readers.note_youtube_chart": {
        "en": "Chart data has one row per day and per video (or source): the rows of each day were added up.",
        "nb": "Diagramdata har én rad per dag og per video (eller kilde): radene for hver dag ble lagt sammen.",
        "sv": "Diagramdata har en rad per dag och per video (eller källa): raderna för varje dag lades ihop.",
        "da": "Diagramdata har én række pr. dag og pr. video (eller kilde): rækkerne for hver dag blev lagt sammen.",
    },
    "error.readers.note_ga4_dimension": {
        "en": "Each value is kept per “{column}” (as the audience), so a goal can count only visits from social "
        "media.",
        "nb": "Hver verdi er lagret per «{column}» (som målgruppe), så et mål kan telle bare besøk fra sosiale "
        "medier.",
        "sv": "Varje värde sparas per ”{column}” (som målgrupp), så att ett mål kan räkna bara besök från sociala "
        "medier.",
        "da": "Hver værdi gemmes pr. »{column}« (som målgruppe), så et mål kan tælle kun besøg fra sociale medier.",
    },
    "error.readers.note_ga4_ratios": {
        "en": "Not stored, because they are rates or averages and cannot be added up: {columns}.",
        "nb": "Ikke lagret, fordi de er rater eller gjennomsnitt og ikke kan legges sammen: {columns}.",
        "sv": "Inte sparade, eftersom de är andelar eller medelvärden och inte kan läggas ihop: {columns}.",
        "da": "Ikke gemt, fordi de er rater eller gennemsnit og ikke kan lægges sammen: {columns}.",
    },
    "error.readers.note_daily_unique": {
        "en": "Users are counted per day: a month's total adds up daily unique users, which is more than the "
        "month's unique users (GA4 shows that figure for the month as a whole).",
        "nb": "Brukere telles per dag: en måneds sum legger sammen daglige unike brukere, som er flere enn "
        "månedens unike brukere (GA4 viser det tallet for måneden som helhet).",
        "sv": "Användare räknas per dag: en månads summa lägger ihop dagliga unika användare, vilket är fler än "
        "månadens unika användare (GA4 visar den siffran för månaden som helhet).",
        "da": "Brugere tælles pr. dag: en måneds sum lægger daglige unikke brugere sammen, hvilket er flere end "
        "månedens unikke brugere (GA4 viser det tal for måneden som helhed).",
    },
    "error.readers.search_console_no_dates": {
        "en": "this is the {which} file of a Search Console export; it has no dates, so it cannot be counted per "
        "month. Upload Dates.csv from the same export instead",
        "nb": "dette er {which}-filen fra en Search Console-eksport; den har ingen datoer og kan ikke telles per "
        "måned. Last opp Dates.csv fra samme eksport i stedet",
        "sv": "det här är {which}-filen från en Search Console-export; den har inga datum och kan inte räknas per "
        "månad. Ladda upp Dates.csv från samma export i stället",
        "da": "dette er {which}-filen fra en Search Console-eksport; den har ingen datoer og kan ikke tælles pr. "
        "måned. Upload Dates.csv fra samme eksport i stedet",
    },
    "error.readers.meta_audience": {
        "en": "this is Meta's audience breakdown (“{title}”): who the followers are, with no dates. Goalpost reads "
        "the daily files of the same download (Follows.csv, Reach.csv, Visits.csv, ...) and the post export",
        "nb": "dette er Metas målgruppeoversikt («{title}»): hvem følgerne er, uten datoer. Goalpost leser de "
        "daglige filene fra samme nedlasting (Follows.csv, Reach.csv, Visits.csv, ...) og innleggseksporten",
        "sv": "det här är Metas målgruppsöversikt (”{title}”): vilka följarna är, utan datum. Goalpost läser de "
        "dagliga filerna från samma nedladdning (Follows.csv, Reach.csv, Visits.csv, ...) och inläggsexporten",
        "da": "dette er Metas målgruppeoversigt (»{title}«): hvem følgerne er, uden datoer. Goalpost læser de "
        "daglige filer fra samme download (Follows.csv, Reach.csv, Visits.csv, ...) og opslagseksporten",
    },
    "error.readers.tiktok_content": {
        "en": "this looks like TikTok's per-video list (Content.csv): one row per video with its lifetime totals, "
        "dated without a year. Goalpost reads the daily Overview.csv of the same download; upload that, or map "
        "the columns yourself",
        "nb": "dette ser ut som TikToks liste per video (Content.csv): én rad per video med totaler for hele "
        "levetiden, datert uten årstall. Goalpost leser den daglige Overview.csv fra samme nedlasting; last opp "
        "den, eller koble kolonnene selv",
        "sv": "det här ser ut som TikToks lista per video (Content.csv): en rad per video med totaler för hela "
        "livstiden, daterad utan årtal. Goalpost läser den dagliga Overview.csv från samma nedladdning; ladda upp "
        "den, eller koppla kolumnerna själv",
        "da": "dette ligner TikToks liste pr. video (Content.csv): én række pr. video med totaler for hele "
        "levetiden, dateret uden årstal. Goalpost læser den daglige Overview.csv fra samme download; upload den, "
        "eller sæt kolonnerne op selv",
    },
    "error.readers.youtube_no_dates": {
        "en": "this is YouTube Studio's Table data split by “{dimension}”, with no dates, so it cannot be counted "
        "per month. Upload Totals.csv (one row per day) or Chart data.csv from the same export instead",
        "nb": "dette er YouTube Studios tabelldata fordelt på «{dimension}», uten datoer, så den kan ikke telles "
        "per måned. Last opp Totals.csv (én rad per dag) eller Chart data.csv fra samme eksport i stedet",
        "sv": "det här är YouTube Studios tabelldata uppdelad på ”{dimension}”, utan datum, så den kan inte räknas "
        "per månad. Ladda upp Totals.csv (en rad per dag) eller Chart data.csv från samma export i stället",
        "da": "dette er YouTube Studios tabeldata fordelt på »{dimension}«, uden datoer, så den kan ikke tælles "
        "pr. måned. Upload Totals.csv (én række pr. dag) eller Chart data.csv fra samme eksport i stedet",
    },
    "error.readers.only_averages": {
        "en": "the file holds only {columns}: an average or a rate per day, which cannot be added up into a "
        "month. Export the counts it is made of instead (for YouTube: Views and Watch time)",
        "nb": "filen har bare {columns}: et gjennomsnitt eller en rate per dag, som ikke kan legges sammen til "
        "en måned. Eksporter tallene det er laget av i stedet (for YouTube: visninger og visningstid)",
        "sv": "filen har bara {columns}: ett medelvärde eller en andel per dag, som inte kan läggas ihop till en "
        "månad. Exportera de tal det består av i stället (för YouTube: visningar och visningstid)",
        "da": "filen har kun {columns}: et gennemsnit eller en rate pr. dag, som ikke kan lægges sammen til en "
        "måned. Eksporter de tal, det består af, i stedet (for YouTube: visninger og visningstid)",
    },
    "error.readers.note_meta_error_rows": {
        "en": "{count} rows skipped (rows {rows}): Meta wrote them without a post and without a date (“An error "
        "occurred while computing metadata”); their values are not in the file.",
        "nb": "{count} rader hoppet over (rad {rows}): Meta skrev dem uten innlegg og uten dato («An error "
        "occurred while computing metadata»); verdiene deres finnes ikke i filen.",
        "sv": "{count} rader hoppades över (rad {rows}): Meta skrev dem utan inlägg och utan datum (”An error "
        "occurred while computing metadata”); deras värden finns inte i filen.",
        "da": "{count} rækker sprunget over (række {rows}): Meta skrev dem uden opslag og uden dato (»An error "
        "occurred while computing metadata«); deres værdier findes ikke i filen.",
    },
    "error.readers.note_several_pages": {
        "en": "The file holds {count} Pages or accounts; each was kept apart, under its own channel: {channels}. "
        "Choose other channel names on the Data page if you like.",
        "nb": "Filen har {count} sider eller kontoer; hver ble holdt for seg, under sin egen kanal: {channels}. "
        "Velg andre kanalnavn på Data-siden om du vil.",
        "sv": "Filen har {count} sidor eller konton; vart och ett hölls isär, under en egen kanal: {channels}. "
        "Välj andra kanalnamn på sidan Data om du vill.",
        "da": "Filen har {count} sider eller konti; hver blev holdt for sig, under sin egen kanal: {channels}. "
        "Vælg andre kanalnavne på siden Data, hvis du vil.",
    },
    "error.readers.note_ratio_columns_skipped": {
        "en": "Not stored, because they are ratios or averages and adding them up over a month would be wrong: "
        "{columns}. Store the counts they are made of (for CTR: clicks and impressions).",
        "nb": "Ikke lagret, fordi de er forholdstall eller gjennomsnitt, og å legge dem sammen over en måned ville "
        "blitt feil: {columns}. Lagre tallene de er laget av (for CTR: klikk og visninger).",
        "sv": "Inte sparade, eftersom de är kvoter eller medelvärden och det vore fel att lägga ihop dem över en "
        "månad: {columns}. Spara de tal de består av (för CTR: klick och visningar).",
        "da": "Ikke gemt, fordi de er forholdstal eller gennemsnit, og det ville være forkert at lægge dem sammen "
        "over en måned: {columns}. Gem de tal, de består af (for CTR: klik og visninger).",
    },
    "error.readers.twin_columns_differ": {
        "en": "the columns “{first}” and “{second}” hold the same metric with different values; delete the wrong "
        "one so Goalpost knows which to read",
        "nb": "kolonnene «{first}» og «{second}» har samme måltall med ulike verdier; slett den gale, så Goalpost "
        "vet hvilken som skal leses",
        "sv": "kolumnerna ”{first}” och ”{second}” har samma mått med olika värden; ta bort den felaktiga så att "
        "Goalpost vet vilken som ska läsas",
        "da": "kolonnerne »{first}« og »{second}« har samme måletal med forskellige værdier; slet den forkerte, så "
        "Goalpost ved, hvilken der skal læses",
    },
    "error.readers.note_twin_columns": {
        "en": "“{first}” and “{second}” hold the same metric (Meta writes it in two languages): read as one, "
        "taking whichever cell holds a value.",
        "nb": "«{first}» og «{second}» har samme måltall (Meta skriver det på to språk): lest som ett, med den "
        "cellen som har en verdi.",
        "sv": "”{first}” och ”{second}” har samma mått (Meta skriver det på två språk): lästa som ett, med den cell "
        "som har ett värde.",
        "da": "»{first}« og »{second}« har samme måletal (Meta skriver det på to sprog): læst som ét, med den celle, "
        "der har en værdi.",
    },
    "error.readers.note_daily_reach": {
        "en": "Reach is counted per day: a month's total adds up each day's unique people, which is more than the "
        "month's unique reach (the platform shows that figure for the month as a whole).",
        "nb": "Rekkevidde telles per dag: en måneds sum legger sammen hver dags unike personer, som er flere enn "
        "månedens unike rekkevidde (plattformen viser det tallet for måneden som helhet).",
        "sv": "Räckvidd räknas per dag: en månads summa lägger ihop varje dags unika personer, vilket är fler än "
        "månadens unika räckvidd (plattformen visar den siffran för månaden som helhet).",
        "da": "Rækkevidde tælles pr. dag: en måneds sum lægger hver dags unikke personer sammen, hvilket er flere "
        "end månedens unikke rækkevidde (platformen viser det tal for måneden som helhed).",
    },
    "error.readers.note_videos_without_publish_time": {
        "en": "{count} videos have no publish time (rows {rows}; YouTube leaves it empty for some unlisted, private "
        "or removed videos): their values cannot be placed in a month and were left out.",
        "nb": "{count} videoer mangler publiseringstidspunkt (rad {rows}; YouTube lar det stå tomt for noen "
        "uoppførte, private eller fjernede videoer): verdiene kan ikke plasseres i en måned og ble utelatt.",
        "sv": "{count} videor saknar publiceringstid (rad {rows}; YouTube lämnar den tom för vissa olistade, privata "
        "eller borttagna videor): deras värden kan inte placeras i en månad och utelämnades.",
        "da": "{count} videoer mangler udgivelsestidspunkt (række {rows}; YouTube lader det stå tomt for nogle "
        "skjulte, private eller fjernede videoer): deres værdier kan ikke placeres i en måned og blev udeladt.",
    },
    "error.readers.note_columns_not_read": {
        "en": "Columns not stored (Goalpost has no metric for them yet; map the file to keep them): {columns}.",
        "nb": "Kolonner som ikke ble lagret (Goalpost har ikke noe måltall for dem ennå; koble kolonnene for å "
        "beholde dem): {columns}.",
        "sv": "Kolumner som inte sparades (Goalpost har inget mått för dem än; koppla kolumnerna för att behålla "
        "dem): {columns}.",
        "da": "Kolonner, der ikke blev gemt (Goalpost har endnu intet måletal for dem; sæt kolonnerne op for at "
        "beholde dem): {columns}.",
    },
}
