#!/usr/bin/env python3
"""Layers over the bundled rules for bench/check-scaling.sh (needs PyYAML).

    bench/check-scaling-gen.py OUT_DIR

writes, each a layer that extends the bundled rules (why-rust), seeded so every run gets the same files:
  random-N.yaml     N rules, each `all` over four random scale questions, scores +-1/+-2 (the issue's shape)
  same4-N.yaml      N rules, all over the same four questions (one big contradiction group)
  multi-N.yaml      N rules over the multi-choice team-languages and deployment plus a scale question
  anynot-N.yaml     N rules mixing `any` and `not` over three or four questions
  caps-N.yaml       N random rules, one in ten a cap (consider-rust or avoid-rust)
  questions-K.yaml  K new questions (scale, single and multi) and 10 rules over each, mixed with bundled ones
for N in 10, 50, 200, 1000 and K in 5, 20.
"""
import os
import random
import sys

import yaml

here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
out = sys.argv[1] if len(sys.argv) > 1 else sys.exit(__doc__)
os.makedirs(out, exist_ok=True)
with open(os.path.join(here, "rules", "rust.yaml"), encoding="utf-8") as f:
    base = yaml.safe_load(f)
questions = {q["id"]: q for q in base["questions"]}
scales = [q["id"] for q in base["questions"] if q.get("rust-favours")]
claim = base["rules"][0]["claims"][0]


def values(question_id):
    return [o["value"] for o in questions[question_id]["options"]]


def test(rng, question_id):
    """One answer test: one value, or (a third of the time) two."""
    options = values(question_id)
    return {question_id: rng.sample(options, 2) if len(options) > 2 and rng.random() < 0.33
            else rng.choice(options)}


def rule(k, when, rng, cap=None):
    r = {"id": "gen-%d" % k, "when": when, "score": rng.choice([-2, -1, 1, 2]), "text": "Rule %d." % k,
         "claims": [claim]}
    if cap:
        r["cap"] = {"at-most": cap}
    return r


def layer(name, rules, extra_questions=()):
    document = {"schema": 1, "id": name, "version": "1", "title": name, "extends": "why-rust"}
    if extra_questions:
        document["questions"] = list(extra_questions)
    document["rules"] = rules
    with open(os.path.join(out, name + ".yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(document, f, sort_keys=False, allow_unicode=True, width=200)


def shapes(n, rng):
    same4 = rng.sample(scales, 4)
    yield "random", [rule(k, {"all": [test(rng, q) for q in rng.sample(scales, 4)]}, rng) for k in range(n)]
    yield "same4", [rule(k, {"all": [test(rng, q) for q in same4]}, rng) for k in range(n)]
    yield "multi", [rule(k, {"all": [test(rng, "team-languages"), test(rng, "deployment"),
                                     test(rng, rng.choice(scales))]}, rng) for k in range(n)]
    anynot = []
    for k in range(n):
        qs = rng.sample(scales + ["team-languages", "deployment"], rng.choice([3, 4]))
        parts = [test(rng, q) for q in qs]
        parts[0] = {"not": parts[0]}
        anynot.append(rule(k, {"any": [{"all": parts[:2]}, {"all": parts[2:]}]}, rng))
    yield "anynot", anynot
    yield "caps", [rule(k, {"all": [test(rng, q) for q in rng.sample(scales, 4)]}, rng,
                        cap=rng.choice(["consider-rust", "avoid-rust"]) if k % 10 == 0 else None)
                   for k in range(n)]


for n in (10, 50, 200, 1000):
    for shape, rules in shapes(n, random.Random(17 * n)):
        layer("%s-%d" % (shape, n), rules)

for count in (5, 20):
    rng = random.Random(count)
    new = []
    for i in range(count):
        kind = i % 3
        q = {"id": "extra-%d" % i, "type": "multi" if kind == 2 else "single", "prompt": "Extra %d?" % i,
             "help": "Generated.", "options": [{"value": "v%d" % v, "label": "V%d" % v}
                                               for v in range(5 if kind == 2 else 3)]}
        if kind == 0:
            q["rust-favours"] = "last"
        new.append(q)
        questions[q["id"]] = q
    rules = []
    for i, q in enumerate(new):
        for _ in range(10):
            others = rng.sample(scales + [x["id"] for x in new if x is not q], 3)
            rules.append(rule(len(rules), {"all": [test(rng, q["id"])] + [test(rng, o) for o in others]}, rng))
    layer("questions-%d" % count, rules, new)
