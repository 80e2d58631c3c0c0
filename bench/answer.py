#!/usr/bin/env python3
"""Answers every item of an instrument with random values and prints the submission JSON.

usage: bench/answer.py INSTRUMENT_JSON_FILE [SEED]
"""
import json
import random
import sys

instrument = json.load(open(sys.argv[1]))
random.seed(int(sys.argv[2]) if len(sys.argv) > 2 else 7)
low, high = instrument["scale"]["min"], instrument["scale"]["max"]
print(json.dumps({"instrument": instrument["id"],
                  "answers": [{"item": i["id"], "value": random.randint(low, high)} for i in instrument["items"]]}))
