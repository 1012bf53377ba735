#!/usr/bin/env python3
# check-gui-errors.py — the window never drops an error of core unsaid.
#
# A function of core, the reports or the drawings whose last parameter is
# "GError **" says why it failed: a refused value, a busy or read-only base,
# a full disk.  A C file of src/gui that calls one with NULL for that error
# must say why ignoring is right, in a comment on a line of the call or on
# the line just before it (a comment before a run of such calls, one under
# the other, covers the run).  Otherwise the call takes the error and shows
# it: psl_toast_error (), psl_toast_message (), or a sheet's own problem line.
#
# The functions are read from the headers of src/core, src/report and
# src/draw, so a new function of core is checked without touching this file.
#
# Before looking at the tree, the check is run on a scratch folder holding
# one file per kind of violation and one clean file: each violation must be
# found and the clean file passed, or the check itself is broken.
#
# Usage: check-gui-errors.py SOURCE_ROOT

import os
import re
import sys
import tempfile

# Files that other work is changing at the moment: reviewed when it lands.
# Remove a name from here once its calls say why or take their error.
PENDING = set ()

COMMENT = re.compile(r'/\*.*?\*/|//[^\n]*', re.S)
STRING = re.compile(r'"(?:\\.|[^"\\\n])*"')
PROTOTYPE = re.compile(r'\b(psl_[a-z0-9_]+)\s*\(([^;{}()]*(?:\([^()]*\)[^;{}()]*)*)\)\s*(?:G_GNUC_[A-Z_]+(?:\s*\([^)]*\))?\s*)*;', re.S)
CALL = re.compile(r'\b(psl_[a-z0-9_]+)\s*\(')


def error_functions(root):
    """Names of the functions whose last parameter is GError **."""
    names = set()
    for layer in ('core', 'report', 'draw'):
        for folder, _, files in os.walk(os.path.join(root, 'src', layer)):
            for name in files:
                if not name.endswith('.h'):
                    continue
                with open(os.path.join(folder, name), encoding='utf-8') as f:
                    text = COMMENT.sub(' ', f.read())
                for m in PROTOTYPE.finditer(text):
                    last = m.group(2).split(',')[-1]
                    if re.search(r'\bGError\s*\*\s*\*', last):
                        names.add(m.group(1))
    return names


def blank(match):
    """The same text with all but its newlines turned to spaces."""
    return re.sub(r'[^\n]', ' ', match.group(0))


def violations(path, functions):
    """Lines of path, as 'PATH:LINE: call', that drop an error unsaid."""
    with open(path, encoding='utf-8') as f:
        text = f.read()
    lines_with_comment = set()
    for m in COMMENT.finditer(text):
        first = text.count('\n', 0, m.start()) + 1
        last = text.count('\n', 0, m.end()) + 1
        lines_with_comment.update(range(first, last + 1))
    code = STRING.sub(blank, COMMENT.sub(blank, text))

    calls = []
    for m in CALL.finditer(code):
        if m.group(1) not in functions:
            continue
        depth, i, start_arg, last_arg = 1, m.end(), m.end(), None
        while i < len(code) and depth > 0:
            c = code[i]
            if c in '([{':
                depth += 1
            elif c in ')]}':
                depth -= 1
                if depth == 0:
                    last_arg = code[start_arg:i]
            elif c == ',' and depth == 1:
                start_arg = i + 1
            i += 1
        if last_arg is None or last_arg.strip() != 'NULL':
            continue
        first = code.count('\n', 0, m.start()) + 1
        last = code.count('\n', 0, i) + 1
        calls.append((first, last, m.group(1)))

    found = []
    said = set()            # lines of calls whose NULL is explained
    for first, last, name in calls:
        ok = any(n in lines_with_comment for n in range(first - 1, last + 1)) or (first - 1) in said
        if ok:
            said.update(range(first, last + 1))
        else:
            found.append('%s:%d: %s (..., NULL)' % (path, first, name))
    return found


def scan(folder, functions, pending=()):
    found = []
    for sub, _, files in os.walk(folder):
        for name in sorted(files):
            if name.endswith('.c') and name not in pending:
                found.extend(violations(os.path.join(sub, name), functions))
    return sorted(found)


def self_test():
    """The check finds what is planted and passes what is clean."""
    functions = {'psl_thing_save', 'psl_thing_list'}
    planted = {
        'bare.c': 'static void f (void *s) { psl_thing_save (s, "x", NULL); }\n',
        'split.c': 'static void f (void *s)\n{\n  psl_thing_list (s,\n'
                   '                  NULL);\n}\n',
        'far.c': '/* A comment too far above. */\n\nstatic void f (void *s)\n{\n'
                 '  psl_thing_list (s, NULL);\n}\n',
    }
    clean = ('static void f (void *s)\n{\n'
             '  GError *error = NULL;\n'
             '  psl_thing_save (s, g_strdup ("a, NULL"), &error);\n'
             '  /* Best effort: the page reads it again and shows the fault. */\n'
             '  psl_thing_list (s, NULL);\n'
             '  psl_thing_list (s, NULL);\n'
             '  psl_thing_save (s, "y", NULL); /* Said on the line. */\n'
             '  psl_other (s, NULL);\n'
             '  /* psl_thing_save (s, "z", NULL); in a comment */\n'
             '}\n')
    with tempfile.TemporaryDirectory(prefix='check-gui-errors-') as scratch:
        for name, text in list(planted.items()) + [('clean.c', clean)]:
            with open(os.path.join(scratch, name), 'w', encoding='utf-8') as f:
                f.write(text)
        found = scan(scratch, functions)
    for name in planted:
        if not any('/%s:' % name in line for line in found):
            sys.exit('check-gui-errors.py is broken: the NULL planted in %s was not found' % name)
    wrong = [line for line in found if '/clean.c:' in line]
    if wrong:
        sys.exit('check-gui-errors.py is broken: a clean call was taken for a dropped error:\n' + '\n'.join(wrong))


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else '.'
    self_test()
    functions = error_functions(root)
    if len(functions) < 50:
        sys.exit('check-gui-errors.py is broken: only %d functions of core take a GError ** last' % len(functions))
    found = scan(os.path.join(root, 'src', 'gui'), functions, PENDING)
    if found:
        print('The window drops these errors of core: take the error and show it (psl_toast_error), '
              'or say in a comment on the line or the line before why ignoring it is right:', file=sys.stderr)
        print('\n'.join(found), file=sys.stderr)
        sys.exit(1)
    print('Every error of core is shown or its silence explained (%d functions checked).' % len(functions))


if __name__ == '__main__':
    main()
