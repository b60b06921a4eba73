#!/usr/bin/env python3
"""Developer tool: fills translations/invitedesk_en.ts (English is the source language) so that every
entry is finished: the translation is the source text, and %n strings get English singular/plural
forms from the "(s)" convention ("%n invitation(s)" -> "%n invitation" / "%n invitations")."""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else "translations/invitedesk_en.ts"
tree = ET.parse(path)
for message in tree.getroot().iter("message"):
    source = message.findtext("source") or ""
    translation = message.find("translation")
    if message.get("numerus") == "yes":
        for child in list(translation):
            translation.remove(child)
        singular = re.sub(r"\((s|es)\)", "", source)
        plural = re.sub(r"\((s|es)\)", r"\1", source)
        for form in (singular, plural):
            ET.SubElement(translation, "numerusform").text = form
        translation.text = None
    else:
        translation.text = source
    translation.attrib.pop("type", None)
tree.write(path, encoding="utf-8", xml_declaration=True)
