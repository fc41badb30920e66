#!/usr/bin/env python3
"""Finishes chiso_en.ts: the sources are English, so each translation is its source text,
with the plural forms of "figure(s)" written out (one: figure, other: figures).
Run after translations/update.sh; Vietnamese is translated by hand (Qt Linguist)."""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else "translations/chiso_en.ts"
tree = ET.parse(path)
finished = 0
for message in tree.getroot().iter("message"):
    translation = message.find("translation")
    if translation.get("type") != "unfinished":
        continue
    source = message.find("source").text or ""
    del translation.attrib["type"]
    if message.get("numerus") == "yes":
        for form in list(translation):
            translation.remove(form)
        for plural in (False, True):
            form = ET.SubElement(translation, "numerusform")
            form.text = re.sub(r"\((e?s)\)", r"\1" if plural else "", source)
    else:
        translation.text = source
    finished += 1
tree.write(path, encoding="utf-8", xml_declaration=True)
with open(path, "r+", encoding="utf-8") as f:  # lupdate's own doctype line, so diffs stay small
    text = f.read().replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
    f.seek(0); f.write(text); f.truncate()
print(f"{path}: {finished} finished")
