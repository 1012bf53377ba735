#!/usr/bin/python3
"""Prints every sheet of an XLSX file as tab-separated lines, each sheet
under "== name", numbers as Python writes them: what the tests compare
with what the program meant to write, read by another library."""
import sys

import openpyxl

book = openpyxl.load_workbook(sys.argv[1], read_only=True)
for sheet in book.worksheets:
    print("== " + sheet.title)
    for row in sheet.iter_rows(values_only=True):
        print("\t".join("" if v is None else repr(v) if isinstance(v, float) else str(v) for v in row))
