#!/usr/bin/python3
"""Known answers for core/quality/rouge: an independent ROUGE implementation (the algorithm of Google's
rouge-score package without stemming: lowercase, non-alphanumeric characters separate tokens, clipped
n-gram overlap, LCS for ROUGE-L, F = 2PR/(P+R)) over pairs.json; writes known_answers.json.
Run with Debian's /usr/bin/python3 after changing pairs.json."""
import collections
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def tokenize(text):
    out, token = [], []
    for ch in text.lower():
        if ch.isalnum():
            token.append(ch)
        elif token:
            out.append("".join(token))
            token = []
    if token:
        out.append("".join(token))
    return out


def prf(overlap, cand, ref):
    if cand == 0 or ref == 0:
        return {"precision": 0.0, "recall": 0.0, "f1": 0.0}
    p, r = overlap / cand, overlap / ref
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r > 0 else 0.0}


def ngram(c, r, n):
    cg = collections.Counter(tuple(c[i:i + n]) for i in range(len(c) - n + 1))
    rg = collections.Counter(tuple(r[i:i + n]) for i in range(len(r) - n + 1))
    overlap = sum(min(v, rg[k]) for k, v in cg.items())
    return prf(overlap, sum(cg.values()), sum(rg.values()))


def lcs(a, b):
    table = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            table[i][j] = table[i - 1][j - 1] + 1 if a[i - 1] == b[j - 1] else max(table[i - 1][j], table[i][j - 1])
    return table[len(a)][len(b)]


def main():
    with open(os.path.join(HERE, "pairs.json"), encoding="utf-8") as f:
        pairs = json.load(f)
    out = []
    for p in pairs:
        c, r = tokenize(p["candidate"]), tokenize(p["reference"])
        out.append({"name": p["name"], "candidate": p["candidate"], "reference": p["reference"], "tokens": c,
                    "rouge1": ngram(c, r, 1), "rouge2": ngram(c, r, 2), "rougeL": prf(lcs(c, r), len(c), len(r))})
    with open(os.path.join(HERE, "known_answers.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    main()
