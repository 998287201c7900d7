"""Messages of the reading budget, the strategy's limits, id checks and a damaged store (issue 13).

Keys are "error.<key>" for the key each Message gives in the library.
"""

TEXT: dict[str, dict[str, str]] = {
    # The reading budget: what one file may cost.
    "error.readers.read_too_long": {
        "en": "reading the workbook took longer than {limit} seconds, the most Goalpost spends on one file; it was "
        "stopped. Export a shorter period or fewer columns, or save it as CSV",
        "nb": "lesingen av Excel-filen tok lenger tid enn {limit} sekunder, det meste Goalpost bruker på én fil, så "
        "den ble stoppet. Eksporter en kortere periode eller færre kolonner, eller lagre den som CSV",
        "sv": "läsningen av Excel-filen tog längre tid än {limit} sekunder, det mesta Goalpost lägger på en fil, så "
        "den stoppades. Exportera en kortare period eller färre kolumner, eller spara den som CSV",
        "da": "læsningen af Excel-filen tog længere tid end {limit} sekunder, det meste Goalpost bruger på én fil, "
        "så den blev stoppet. Eksporter en kortere periode eller færre kolonner, eller gem den som CSV",
    },
    "error.readers.in_sheet": {
        "en": " (sheet “{sheet}”)",
        "nb": " (arket «{sheet}»)",
        "sv": " (bladet ”{sheet}”)",
        "da": " (arket »{sheet}«)",
    },
    "error.readers.too_many_cells": {
        "en": "the workbook{where} holds more than {limit} cells (rows × columns, blank cells included), the most "
        "Goalpost reads from one workbook; export a shorter period or fewer columns, or save it as CSV",
        "nb": "Excel-filen{where} har mer enn {limit} celler (rader × kolonner, tomme celler medregnet), det meste "
        "Goalpost leser fra én Excel-fil; eksporter en kortere periode eller færre kolonner, eller lagre den som CSV",
        "sv": "Excel-filen{where} har fler än {limit} celler (rader × kolumner, tomma celler medräknade), det mesta "
        "Goalpost läser från en Excel-fil; exportera en kortare period eller färre kolumner, eller spara den som "
        "CSV",
        "da": "Excel-filen{where} har mere end {limit} celler (rækker × kolonner, tomme celler medregnet), det meste "
        "Goalpost læser fra én Excel-fil; eksporter en kortere periode eller færre kolonner, eller gem den som CSV",
    },
    "error.readers.damaged_xls": {
        "en": "the workbook is damaged or not a .xls file; open it in Excel and save it again as .xlsx",
        "nb": "Excel-filen er skadet eller ikke en .xls-fil; åpne den i Excel og lagre den på nytt som .xlsx",
        "sv": "Excel-filen är skadad eller ingen .xls-fil; öppna den i Excel och spara den igen som .xlsx",
        "da": "Excel-filen er beskadiget eller ikke en .xls-fil; åbn den i Excel, og gem den igen som .xlsx",
    },
    "error.readers.workbook_parts": {
        "en": "the workbook holds {count} parts, more than the {limit} Goalpost reads (it looks like a zip bomb); it "
        "was refused. Save the sheet again from Excel, or export it as CSV",
        "nb": "Excel-filen har {count} deler, flere enn de {limit} Goalpost leser (den ser ut som en zip-bombe), så "
        "den ble avvist. Lagre arket på nytt fra Excel, eller eksporter det som CSV",
        "sv": "Excel-filen har {count} delar, fler än de {limit} som Goalpost läser (den ser ut som en zip-bomb), så "
        "den avvisades. Spara bladet igen från Excel, eller exportera det som CSV",
        "da": "Excel-filen har {count} dele, flere end de {limit}, Goalpost læser (den ligner en zip-bombe), så den "
        "blev afvist. Gem arket igen fra Excel, eller eksporter det som CSV",
    },
    "error.readers.workbook_expands": {
        "en": "the workbook would expand to {size} MB, more than the {limit} MB Goalpost reads from one workbook; "
        "it was refused. Export a shorter period or fewer columns, or save it as CSV",
        "nb": "Excel-filen ville pakket seg ut til {size} MB, mer enn de {limit} MB Goalpost leser fra én Excel-fil, "
        "så den ble avvist. Eksporter en kortere periode eller færre kolonner, eller lagre den som CSV",
        "sv": "Excel-filen skulle packas upp till {size} MB, mer än de {limit} MB som Goalpost läser från en "
        "Excel-fil, så den avvisades. Exportera en kortare period eller färre kolumner, eller spara den som CSV",
        "da": "Excel-filen ville pakke sig ud til {size} MB, mere end de {limit} MB, Goalpost læser fra én "
        "Excel-fil, så den blev afvist. Eksporter en kortere periode eller færre kolonner, eller gem den som CSV",
    },
    "error.readers.zip_ratio": {
        "en": "a part of the workbook would expand more than {limit} times its packed size, which no real workbook "
        "does (it looks like a zip bomb); it was refused. Save the sheet again from Excel, or export it as CSV",
        "nb": "en del av Excel-filen ville pakket seg ut til mer enn {limit} ganger sin pakkede størrelse, noe ingen "
        "ekte Excel-fil gjør (den ser ut som en zip-bombe), så den ble avvist. Lagre arket på nytt fra Excel, "
        "eller eksporter det som CSV",
        "sv": "en del av Excel-filen skulle packas upp till mer än {limit} gånger sin packade storlek, vilket ingen "
        "riktig Excel-fil gör (den ser ut som en zip-bomb), så den avvisades. Spara bladet igen från Excel, eller "
        "exportera det som CSV",
        "da": "en del af Excel-filen ville pakke sig ud til mere end {limit} gange sin pakkede størrelse, hvilket "
        "ingen rigtig Excel-fil gør (den ligner en zip-bombe), så den blev afvist. Gem arket igen fra Excel, "
        "eller eksporter det som CSV",
    },
    "error.readers.workbook_elements": {
        "en": "the workbook holds more than {limit} XML elements in its sheets or in its shared texts and styles, "
        "the most Goalpost reads from one workbook; it was refused. Export a shorter period or fewer columns, or "
        "save it as CSV",
        "nb": "Excel-filen har mer enn {limit} XML-elementer i arkene eller i de delte tekstene og stilene, det "
        "meste Goalpost leser fra én Excel-fil, så den ble avvist. Eksporter en kortere periode eller færre "
        "kolonner, eller lagre den som CSV",
        "sv": "Excel-filen har fler än {limit} XML-element i bladen eller i de delade texterna och formaten, det "
        "mesta Goalpost läser från en Excel-fil, så den avvisades. Exportera en kortare period eller färre "
        "kolumner, eller spara den som CSV",
        "da": "Excel-filen har mere end {limit} XML-elementer i arkene eller i de delte tekster og typografier, det "
        "meste Goalpost læser fra én Excel-fil, så den blev afvist. Eksporter en kortere periode eller færre "
        "kolonner, eller gem den som CSV",
    },
}
