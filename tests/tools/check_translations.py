#!/usr/bin/python3
"""Fails when a translation is incomplete or stale: runs Qt's lupdate over the sources (core, ui, app/gui,
as the update_translations target does) into a copy of each .ts file, then reports every message that is
unfinished, obsolete or vanished, and every translation whose placeholders (%1..%9, %n) differ from its
source's, which would print a wrong or missing value, and every context that names no translating class:
lupdate files a string it cannot place under a made-up context (e.g. a helper class's own name), where
the program never looks it up, so it would stay English at run time.
    check_translations.py LUPDATE SOURCE_DIR TS_FILE...
    check_translations.py --list-unfinished LUPDATE SOURCE_DIR TS_FILE...   (one JSON line per message)"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

SOURCE_DIRS = ["core", "ui", "app/gui"]
PLACEHOLDER = re.compile(r"%(?:[1-9]|n|L[1-9])")


def refreshed(lupdate, source_dir, ts, tmp):
    copy = os.path.join(tmp, os.path.basename(ts))
    shutil.copyfile(ts, copy)
    dirs = [os.path.join(source_dir, d) for d in SOURCE_DIRS]
    subprocess.run([lupdate, "-silent", "-extensions", "cpp,h", "-locations", "none", *dirs, "-ts", copy],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return copy


def source_contexts(source_dir):
    """Names the program translates under: Q_DECLARE_TR_FUNCTIONS(X), translate("X", ...) and Q_OBJECT classes."""
    names = set()
    for d in SOURCE_DIRS:
        for root, _, files in os.walk(os.path.join(source_dir, d)):
            for f in files:
                if not f.endswith((".cpp", ".h")):
                    continue
                with open(os.path.join(root, f), encoding="utf-8") as fh:
                    text = fh.read()
                names.update(re.findall(r"Q_DECLARE_TR_FUNCTIONS\((\w+)\)", text))
                names.update(re.findall(r"translate\(\s*\"(\w+)\"", text))
                names.update(re.findall(r"class\s+(\w+)[^;{]*\{\s*Q_OBJECT", text))
    return names


def problems_of(path, known_contexts):
    out = []
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name")
        if name.split("::")[-1] not in known_contexts:
            out.append({"context": name, "source": ctx.findtext("message/source") or "",
                        "problem": "context names no translating class (lupdate misread the code around it)"})
        for m in ctx.iter("message"):
            src = m.findtext("source") or ""
            t = m.find("translation")
            kind = t.get("type") if t is not None else "unfinished"
            forms = [f.text or "" for f in t.findall("numerusform")] if t is not None and m.get("numerus") == "yes" \
                else [(t.text or "") if t is not None else ""]
            where = {"context": name, "source": src}
            if kind in ("obsolete", "vanished"):
                out.append(dict(where, problem=kind))
            elif kind == "unfinished" or any(not f for f in forms):
                out.append(dict(where, problem="unfinished"))
            else:
                want = sorted(set(PLACEHOLDER.findall(src)))
                for f in forms:
                    got = sorted(set(PLACEHOLDER.findall(f)))
                    if got != want and not (m.get("numerus") == "yes" and set(got) <= set(want)):
                        out.append(dict(where, problem=f"placeholders {got} differ from the source's {want}",
                                        translation=f))
    return out


def main():
    args = sys.argv[1:]
    listing = args and args[0] == "--list-unfinished"
    if listing:
        args = args[1:]
    lupdate, source_dir, *ts_files = args
    failed = False
    known = source_contexts(source_dir)
    with tempfile.TemporaryDirectory() as tmp:
        for ts in ts_files:
            probs = problems_of(refreshed(lupdate, source_dir, ts, tmp), known)
            if listing:
                for p in probs:
                    print(json.dumps(p, ensure_ascii=False))
                continue
            if probs:
                failed = True
                print(f"{ts}: {len(probs)} message(s) need work (refresh with: cmake --build build/release --target update_translations):")
                for p in probs[:15]:
                    print(f"  [{p['context']}] {p['problem']}: {p['source'][:100]!r}")
            else:
                print(f"{ts}: complete")
    sys.exit(1 if failed else 0)


main()
