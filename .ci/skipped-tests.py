#!/usr/bin/env python3
"""Prints one line naming what the test run skipped and why, from the TRX reports `dotnet test` wrote."""
import collections, glob, sys
import xml.etree.ElementTree as ET

ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
reasons = collections.Counter()
for path in glob.glob("tests/*/TestResults/*.trx"):
    for result in ET.parse(path).getroot().iterfind(".//t:UnitTestResult", ns):
        if result.get("outcome") == "NotExecuted":
            message = result.find("t:Output/t:ErrorInfo/t:Message", ns)
            reasons[(message.text or "no reason given").strip() if message is not None else "no reason given"] += 1
total = sum(reasons.values())
if total == 0:
    print("skipped: none")
else:
    print(f"skipped: {total} tests: " + "; ".join(f"{n} x {reason}" for reason, n in reasons.most_common()))
sys.exit(0)
