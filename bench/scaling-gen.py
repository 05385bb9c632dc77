#!/usr/bin/env python3
"""Rules files for bench/scaling.sh, made from the bundled rules (needs PyYAML).

    bench/scaling-gen.py OUT_DIR

writes OUT_DIR/copies-N.yaml (the bundled rules with N-1 renamed copies of every question and rule:
N times the questions, rules and bytes), OUT_DIR/many-N.yaml (N more one-line rules over one question,
half of them contradicting the other half), OUT_DIR/layer-K.yaml (K-th layer over the previous, each
adding a renamed copy), and OUT_DIR/wide-W.yaml (one multi-choice question of W options).
"""
import copy
import os
import sys

import yaml

here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
out = sys.argv[1] if len(sys.argv) > 1 else sys.exit(__doc__)
os.makedirs(out, exist_ok=True)
with open(os.path.join(here, "rules", "rust.yaml"), encoding="utf-8") as f:
    base = yaml.safe_load(f)


def renamed_condition(condition, suffix):
    if isinstance(condition, dict):
        return {(key if key in ("all", "any", "not") else key + suffix): renamed_condition(value, suffix)
                for key, value in condition.items()}
    if isinstance(condition, list):
        return [renamed_condition(part, suffix) for part in condition]
    return condition


def copy_of(suffix):
    questions = []
    for question in base["questions"]:
        q = copy.deepcopy(question)
        q["id"] += suffix
        q.pop("fixed", None)
        questions.append(q)
    rules = []
    for rule in base["rules"]:
        r = copy.deepcopy(rule)
        r["id"] += suffix
        r["when"] = renamed_condition(r["when"], suffix)
        rules.append(r)
    return questions, rules


def dump(name, document):
    with open(os.path.join(out, name), "w", encoding="utf-8") as f:
        yaml.safe_dump(document, f, sort_keys=False, allow_unicode=True, width=200)


for n in (1, 2, 5, 10):
    document = copy.deepcopy(base)
    for k in range(1, n):
        questions, rules = copy_of("-c%d" % k)
        document["questions"] += questions
        document["rules"] += rules
    dump("copies-%d.yaml" % n, document)

previous = base["id"]
for k in range(1, 9):
    questions, rules = copy_of("-l%d" % k)
    layer_id = "layer-%d" % k
    dump(layer_id + ".yaml", {"schema": 1, "id": layer_id, "version": "1", "title": "Layer %d" % k,
                               "extends": previous, "questions": questions, "rules": rules})
    previous = layer_id

for n in (1000, 2000, 4000):
    document = copy.deepcopy(base)
    claim = base["rules"][0]["claims"][0]
    values = ["critical", "important", "unimportant"]
    document["rules"] += [{"id": "many-%d" % k, "when": {"latency": values[k % 3]}, "score": 1 if k % 2 else -1,
                           "text": "Rule %d." % k, "claims": [claim]} for k in range(n)]
    dump("many-%d.yaml" % n, document)

for width in (16, 24, 32, 64, 256):
    document = copy.deepcopy(base)
    options = [{"value": "o%d" % i, "label": "Option %d" % i} for i in range(width)]
    document["questions"].append({"id": "wide", "type": "multi", "prompt": "Which?", "help": "Many options.",
                                  "options": options})
    document["rules"].append({"id": "wide-last", "when": {"wide": "o%d" % (width - 1)}, "score": 1,
                              "text": "The last option.", "claims": [base["rules"][0]["claims"][0]]})
    dump("wide-%d.yaml" % width, document)
