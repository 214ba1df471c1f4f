"""Check an Odoo install log for problems caused by one add-on.

A log record is reported when its level is WARNING or higher and
  * its logger is the add-on's (odoo.addons.MODULE or a child), or
  * its text, traceback included, names the add-on or one of the models it
    defines (for example "The model training.action has no access rules"), or
  * its level is ERROR or CRITICAL, whatever the logger, because a clean
    install on a fresh database should log no error at all.
Exits 1 and prints the reported records when there is any, or when the file
contains no Odoo log record at all; exits 0 otherwise.
Standard library only, so that it runs without Odoo.
"""

import argparse
import pathlib
import re
import sys

# Odoo's log format (odoo/netsvc.py):
# "%(asctime)s %(pid)s %(levelname)s %(dbname)s %(name)s: %(message)s"
RECORD_RE = re.compile(
    r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} \d+ (?P<level>[A-Z]+) (?P<dbname>\S+) (?P<logger>[^\s:]+): "
)
# A model name assigned in Python: _name = "training.action"
MODEL_NAME_RE = re.compile(r"""^\s*_name\s*=\s*["']([\w.]+)["']""", re.MULTILINE)
WARNING_LEVELS = {"WARNING", "ERROR", "CRITICAL"}
ERROR_LEVELS = {"ERROR", "CRITICAL"}


def read_records(lines):
    """Group log lines into records: a record line plus the lines that follow
    it without a record header (tracebacks, multi-line messages)."""
    records = []
    for line in lines:
        match = RECORD_RE.match(line)
        if match:
            records.append({"level": match["level"], "logger": match["logger"], "lines": [line]})
        elif records:
            records[-1]["lines"].append(line)
    return records


def model_names(addon_dir):
    """Return the model names that the add-on's Python files define with _name."""
    names = set()
    for path in pathlib.Path(addon_dir).rglob("*.py"):
        names.update(MODEL_NAME_RE.findall(path.read_text(encoding="utf-8", errors="replace")))
    return names


def mention_pattern(module, models):
    """Build a regex that matches the module name or a model name as a whole word."""
    words = sorted({module, *models}, key=len, reverse=True)
    alternatives = "|".join(re.escape(word) for word in words)
    return re.compile(rf"(?<![\w.])(?:{alternatives})(?![\w])")


def find_problems(records, module, mentions):
    problems = []
    own_logger = f"odoo.addons.{module}"
    for record in records:
        level = record["level"]
        if level not in WARNING_LEVELS:
            continue
        logger = record["logger"]
        is_own_logger = logger == own_logger or logger.startswith(own_logger + ".")
        if is_own_logger or level in ERROR_LEVELS or mentions.search("".join(record["lines"])):
            problems.append(record)
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--module", required=True, help="technical name of the add-on")
    parser.add_argument("--addon-dir", required=True, help="folder of the add-on, searched for model names")
    parser.add_argument("log", help="Odoo log file written at log level info or lower")
    args = parser.parse_args()

    with open(args.log, encoding="utf-8", errors="replace") as handle:
        records = read_records(handle)
    mentions = mention_pattern(args.module, model_names(args.addon_dir))
    problems = find_problems(records, args.module, mentions)

    if not records:
        print(f"{args.log}: no Odoo log record found; is this an Odoo log at level info?")
        return 1

    if not problems:
        print(f"{args.log}: no warning or error about {args.module} in {len(records)} log records.")
        return 0
    print(f"{args.log}: {len(problems)} warning/error records about {args.module}:")
    for record in problems:
        sys.stdout.write("".join(record["lines"]))
    return 1


if __name__ == "__main__":
    sys.exit(main())
