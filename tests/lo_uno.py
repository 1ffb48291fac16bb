"""Drive LibreOffice through its UNO API: run by the SYSTEM python3 (Debian python3-uno).

    /usr/bin/python3 tests/lo_uno.py job.json result.json

job.json: {"files": [{"path": …, "refresh": bool, "pdf": path or null,
"changes": null | "accept" | "reject"}, …]}. For every file, LibreOffice (headless, a private
profile, one process for the whole job) opens the DOCX, counts its tracked changes, optionally
accepts or rejects all of them (Edit > Track Changes > Accept All / Reject All), optionally
updates all fields (as Tools > Update > Fields does), optionally exports a PDF, and reports
every body paragraph (list label as LibreOffice computes it, text, style) and every reference
field in document order (bookmark and the text LibreOffice shows). Only what this
script prints is used by the tests; it never changes the input file.
"""

import contextlib
import json
import os
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def start():
    profile = tempfile.mkdtemp(prefix="pm-lo-")
    pipe = f"pmtest{os.getpid()}"
    proc = subprocess.Popen(
        ["soffice", "--headless", "--invisible", "--norestore", "--nologo", "--nodefault",
         f"-env:UserInstallation=file://{profile}",
         f"--accept=pipe,name={pipe};urp;StarOffice.ComponentContext"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.time() + 60
    while True:
        try:
            ctx = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
            break
        except Exception:
            if time.time() > deadline or proc.poll() is not None:
                raise
            time.sleep(0.2)
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    CONTEXT.append(ctx)
    return proc, desktop


CONTEXT = []


def count_changes(doc):
    n = 0
    en = doc.getRedlines().createEnumeration()
    while en.hasMoreElements():
        en.nextElement()
        n += 1
    return n


def all_changes(doc, what):
    """Accept or reject every tracked change, as the Edit menu does."""
    ctx = CONTEXT[0]
    helper = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.DispatchHelper",
                                                          ctx)
    command = ".uno:AcceptAllTrackedChanges" if what == "accept" else \
        ".uno:RejectAllTrackedChanges"
    helper.executeDispatch(doc.getCurrentController().getFrame(), command, "", 0, ())


def _paragraphs(text):
    """The paragraphs of a text in reading order; a table's cells row by row (the
    versietabel), each cell's paragraphs in turn."""
    en = text.createEnumeration()
    while en.hasMoreElements():
        el = en.nextElement()
        if el.supportsService("com.sun.star.text.TextTable"):
            for row in range(el.getRows().getCount()):
                for col in range(el.getColumns().getCount()):
                    yield from _paragraphs(el.getCellByPosition(col, row).getText())
        elif el.supportsService("com.sun.star.text.Paragraph"):
            yield el


def read(doc):
    paragraphs, refs = [], []
    for par in _paragraphs(doc.getText()):
        paragraphs.append({"label": par.getPropertyValue("ListLabelString"),
                           "text": par.getString(),
                           "style": par.getPropertyValue("ParaStyleName")})
        portions = par.createEnumeration()
        while portions.hasMoreElements():
            portion = portions.nextElement()
            if portion.getPropertyValue("TextPortionType") != "TextField":
                continue
            fld = portion.getPropertyValue("TextField")
            if fld.supportsService("com.sun.star.text.TextField.GetReference"):
                refs.append({"bookmark": fld.getPropertyValue("SourceName"),
                             "shown": fld.getPresentation(False),
                             "paragraph": len(paragraphs) - 1})
    return {"paragraphs": paragraphs, "refs": refs}


def main():
    with open(sys.argv[1], encoding="utf-8") as fh:
        job = json.load(fh)
    proc, desktop = start()
    results = []
    try:
        for item in job["files"]:
            url = uno.systemPathToFileUrl(os.path.abspath(item["path"]))
            doc = desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True),))
            try:
                changes = count_changes(doc)
                if item.get("changes"):
                    all_changes(doc, item["changes"])
                if item.get("refresh"):
                    doc.getTextFields().refresh()
                if item.get("pdf"):
                    doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(item["pdf"])),
                                   (prop("FilterName", "writer_pdf_Export"),))
                result = read(doc)
                result["changes"] = changes
                result["changes_left"] = count_changes(doc)
                results.append(result)
            finally:
                doc.close(True)
    finally:
        with contextlib.suppress(Exception):
            desktop.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
    with open(sys.argv[2], "w", encoding="utf-8") as fh:
        json.dump(results, fh, ensure_ascii=False)


if __name__ == "__main__":
    main()
