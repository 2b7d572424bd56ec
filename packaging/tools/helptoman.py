#!/usr/bin/python3
"""Turns a program's --help text into a man page, so the page and the program never disagree.
    helptoman.py NAME SECTION VERSION SUMMARY < help.txt > NAME.SECTION
The help text's "Usage:" line becomes SYNOPSIS; a "Commands:" or "Options:" block becomes a section
with one tagged paragraph per entry; everything else is kept as text."""
import datetime
import os
import re
import sys


def esc(text):
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return "\\&" + text if text.startswith((".", "'")) else text


def main():
    name, section, version, summary = sys.argv[1:5]
    lines = sys.stdin.read().rstrip("\n").split("\n")
    # SOURCE_DATE_EPOCH keeps packages reproducible
    when = datetime.datetime.utcfromtimestamp(int(os.environ.get("SOURCE_DATE_EPOCH", "0")) or
                                              datetime.datetime.utcnow().timestamp())
    out = [f'.TH {name.upper()} {section} "{when:%Y-%m-%d}" "{name} {version}" "User Commands"',
           ".SH NAME", f"{esc(name)} \\- {esc(summary)}"]
    block = None
    entry = None
    for raw in lines:
        line = raw.rstrip()
        m = re.match(r"^Usage:\s*(.*)$", line)
        if m:
            out += [".SH SYNOPSIS", ".B " + esc(m.group(1))]
            block = "text"
            continue
        m = re.match(r"^([A-Z][A-Za-z ]+):\s*$", line)
        if m:
            title = m.group(1).upper()
            out.append(".SH " + esc("OPTIONS" if title == "OPTIONS" else title))
            block = "list"
            continue
        if not line.strip():
            out.append(".PP" if block == "text" else "")
            entry = None
            if block == "list":
                block = "text"
            continue
        if block == "list":
            # "  name args    description" or a continuation indented under the description
            m = re.match(r"^\s{1,4}(\S.*?)(?:\s{2,}(\S.*))?$", line)
            if m and not line.startswith(" " * 6):
                out += [".TP", ".B " + esc(m.group(1))]
                if m.group(2):
                    out.append(esc(m.group(2)))
                entry = True
                continue
            out.append(esc(line.strip()))
            continue
        out.append(esc(line.strip()))
    out += [".SH SEE ALSO", "inferdeck(1), inferdeck\\-cli(1)"]
    sys.stdout.write("\n".join(l for l in out if l is not None) + "\n")


main()
