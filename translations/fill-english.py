#!/usr/bin/env python3
"""Developer tool: finishes the entries of translations/invitedesk_en.ts (English is the source language)
that lupdate left unfinished: the translation is the source text, and %n strings get English singular/plural
forms from the "(s)" convention ("%n invitation(s)" -> "%n invitation" / "%n invitations"). Finished entries,
such as hand-written singulars, are left as they are, and so is the rest of the file's text."""
import re
import sys

path = sys.argv[1] if len(sys.argv) > 1 else "translations/invitedesk_en.ts"
text = open(path, encoding="utf-8").read()


def finish(match):
    message = match.group(0)
    if 'type="unfinished"' not in message:
        return message
    source = re.search(r"<source>(.*?)</source>", message, re.S).group(1)
    indent = re.search(r"\n(\s*)<translation", message).group(1)
    if 'numerus="yes"' in message:
        singular = re.sub(r"\((s|es)\)", "", source)
        plural = re.sub(r"\((s|es)\)", r"\1", source)
        forms = "".join(f"\n{indent}    <numerusform>{form}</numerusform>" for form in (singular, plural))
        translation = f"<translation>{forms}\n{indent}</translation>"
    else:
        translation = f"<translation>{source}</translation>"
    return re.sub(r"<translation[^>]*?(/>|>.*?</translation>)", lambda _: translation, message, count=1, flags=re.S)


text = re.sub(r"<message[^>]*>.*?</message>", finish, text, flags=re.S)
open(path, "w", encoding="utf-8").write(text)
