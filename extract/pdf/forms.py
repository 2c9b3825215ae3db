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
