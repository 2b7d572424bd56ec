#!/usr/bin/python3
"""Validates result files against resources/schema/inferdeck-result.schema.json (python3-jsonschema).

Usage: validate_schema.py SCHEMA FILE...   exit 0 when every file is valid, 1 otherwise.
"""
import json
import sys

import jsonschema


def main():
    schema = json.load(open(sys.argv[1]))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    bad = 0
    for path in sys.argv[2:]:
        errors = sorted(validator.iter_errors(json.load(open(path))), key=lambda e: list(e.path))
        for e in errors[:5]:
            print(f"{path}: {'/'.join(map(str, e.path))}: {e.message}")
        bad += bool(errors)
        print(f"{path}: {'INVALID' if errors else 'valid'}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
