"""Renderers of the document model: DOCX (python-docx) and PDF (HTML + CSS via WeasyPrint)."""
