"""Renderers of the document model: DOCX (python-docx), PDF (Typst) and the web page (HTML)."""
