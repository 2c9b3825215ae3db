"""A PDF form whose values sit in its fields, not in its pages.

A fillable form (AcroForm) prints its labels and grid as page content, but what was
typed in (项目名称, the amounts, every 指标值) lives in the fields, shown through each
field's appearance.  A text layer reader sees only the page content: the form reads
as blank.  Such a PDF is read from a copy whose fields are flattened into the pages,
as printing it would; pdfium does the flattening, from the appearances the producer
wrote.
"""
from __future__ import annotations

import io


def flattened(path: str) -> bytes | None:
    """The PDF with its filled fields printed into its pages, or None when it has none
    (or cannot be opened here: the reader then says why in its own words)."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    try:
        pdf = pdfium.PdfDocument(path)
    except Exception:  # noqa: BLE001 - damaged or locked: the normal reading reports it
        return None
    try:
        if pdf.get_formtype() == raw.FORMTYPE_NONE:
            return None
        pdf.init_forms()  # the fields' appearances as the form environment sets them up
        changed = False
        for index in range(len(pdf)):
            page = pdf[index]
            try:
                changed |= raw.FPDFPage_Flatten(page, raw.FLAT_PRINT) == raw.FLATTEN_SUCCESS
            finally:
                page.close()
        if not changed:
            return None
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()
    finally:
        pdf.close()


def field_values(path: str) -> list[str]:
    """The text fields' values as filled in (the latest revision of an updated file)."""
    try:
        import pypdf

        fields = pypdf.PdfReader(path).get_fields() or {}
    except Exception:  # noqa: BLE001 - the flattened reading stands as it is
        return []
    return [v for f in fields.values() if isinstance(v := f.get("/V"), str) and v.strip()]


def restore_lost_characters(blocks: list, values: list[str]) -> None:
    """Put back what pdfium's generated appearances could not print.

    A form that asks the viewer to draw its fields (NeedAppearances, no appearance
    streams) is printed by pdfium with the form's font, and a character that font's
    encoding cannot reach is left out: ``≥18万平方米`` prints ``18万平方米``. A cell or line
    that reads exactly as a field's value without characters printed nowhere in the
    pages is that value."""
    from jixiao.extract.blocks import Line, Table

    texts = [b.text for b in blocks if isinstance(b, Line)]
    texts += [c.text for b in blocks if isinstance(b, Table) for row in b.rows for c in row if c is not None]
    printed = set("".join(texts))
    lossy = {}
    for value in values:
        shown = "".join(ch for ch in value if ch in printed or ch.isspace()).strip()
        if shown and shown != value.strip():
            lossy.setdefault(shown, value.strip())
    if not lossy:
        return
    for b in blocks:
        if isinstance(b, Line) and b.text.strip() in lossy:
            b.text = lossy[b.text.strip()]
        elif isinstance(b, Table):
            for row in b.rows:
                for c in row:
                    if c is not None and c.text.strip() in lossy:
                        c.text = lossy[c.text.strip()]
                        if c.parts and len(c.parts) == 1:
                            c.parts = (c.text,)
