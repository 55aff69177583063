#!/usr/bin/env python3
"""build/python.elf against VibeOS's loader contract (KAPI.md), read with pyelftools.

VibeOS copies the PT_LOAD segments to a 64 KiB aligned base, zeroes memsz beyond filesz,
applies the DT_RELA entries of type R_AARCH64_RELATIVE found through PT_DYNAMIC (anything
else is skipped with a warning and would leave a pointer unrelocated), and calls e_entry
with MMU and caches off (so every relocated word must be 8-byte aligned).

Usage: test_elf.py [ELF]   (default build/python.elf)
"""

import os
import sys

from elftools.elf.dynamic import DynamicSegment
from elftools.elf.elffile import ELFFile
from elftools.elf.relocation import RelocationSection

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
R_AARCH64_RELATIVE = 1027
# .bss counts against the ~64 MiB program area every program of a boot shares.
MAX_BSS = 64 * 1024
MAX_IMAGE = 8 * 1024 * 1024

CHECKS = []


def check(fn):
    CHECKS.append(fn)
    return fn


@check
def header(elf):
    h = elf.header
    assert elf.elfclass == 64 and elf.little_endian, "not ELF64 little-endian"
    assert h["e_machine"] == "EM_AARCH64", h["e_machine"]
    assert h["e_type"] in ("ET_DYN", "ET_EXEC"), h["e_type"]


@check
def entry_is_start_at_text_start(elf):
    start = elf.get_section_by_name(".symtab").get_symbol_by_name("_start")
    assert start, "no _start symbol"
    assert elf.header["e_entry"] == start[0]["st_value"], "e_entry is not _start"
    text = elf.get_section_by_name(".text")
    assert text["sh_addr"] == start[0]["st_value"], "_start is not first in .text"


def loads(elf):
    return [s for s in elf.iter_segments() if s["p_type"] == "PT_LOAD"]


@check
def program_headers(elf):
    kinds = [s["p_type"] for s in elf.iter_segments()]
    for forbidden in ("PT_INTERP", "PT_TLS"):
        assert forbidden not in kinds, f"{forbidden} present"
    assert kinds.count("PT_DYNAMIC") == 1, kinds
    segs = loads(elf)
    assert segs, "no PT_LOAD"
    assert segs[0]["p_vaddr"] == 0, "not linked at base 0"
    end = 0
    for s in segs:
        assert s["p_filesz"] <= s["p_memsz"], "filesz > memsz"
        assert s["p_vaddr"] >= end, "PT_LOAD segments overlap or are out of order"
        assert s["p_offset"] + s["p_filesz"] <= elf.stream.seek(0, 2), "segment past file end"
        end = s["p_vaddr"] + s["p_memsz"]
    assert end <= MAX_IMAGE, f"image of {end} bytes"
    bss = sum(s["p_memsz"] - s["p_filesz"] for s in segs)
    assert bss <= MAX_BSS, f".bss of {bss} bytes"
    dyn = next(s for s in elf.iter_segments() if s["p_type"] == "PT_DYNAMIC")
    assert any(s["p_vaddr"] <= dyn["p_vaddr"] and
               dyn["p_vaddr"] + dyn["p_memsz"] <= s["p_vaddr"] + s["p_filesz"]
               for s in segs), "PT_DYNAMIC is not loaded"


def dynamic_tags(elf):
    dyn = next(s for s in elf.iter_segments() if isinstance(s, DynamicSegment))
    return {t.entry.d_tag: t.entry.d_val for t in dyn.iter_tags()}


@check
def dynamic_section(elf):
    tags = dynamic_tags(elf)
    for needed in ("DT_RELA", "DT_RELASZ", "DT_RELAENT"):
        assert needed in tags, f"{needed} missing"
    assert tags["DT_RELAENT"] == 24
    for forbidden in ("DT_RELR", "DT_RELRSZ", "DT_JMPREL", "DT_PLTRELSZ", "DT_NEEDED",
                      "DT_INIT", "DT_FINI", "DT_INIT_ARRAY", "DT_FINI_ARRAY", "DT_TEXTREL"):
        assert forbidden not in tags, f"{forbidden} present: the loader ignores it"
    segs = loads(elf)
    rela, size = tags["DT_RELA"], tags["DT_RELASZ"]
    assert any(s["p_vaddr"] <= rela and rela + size <= s["p_vaddr"] + s["p_filesz"]
               for s in segs), "DT_RELA table is not in a loaded segment"


@check
def only_relative_relocations(elf):
    tags = dynamic_tags(elf)
    sections = [s for s in elf.iter_sections() if isinstance(s, RelocationSection)]
    # Every relocation section the image carries, and the DT_RELA table in particular.
    rela_sections = [s for s in sections if s["sh_flags"] & 2]  # SHF_ALLOC
    count = sum(s.num_relocations() for s in rela_sections)
    assert count * 24 == tags["DT_RELASZ"], "DT_RELASZ does not cover the RELA sections"
    writable = [s for s in loads(elf) if s["p_flags"] & 2]
    for sec in rela_sections:
        for r in sec.iter_relocations():
            kind = r["r_info_type"]
            assert kind == R_AARCH64_RELATIVE, f"relocation type {kind} at {r['r_offset']:#x}"
            off = r["r_offset"]
            assert off % 8 == 0, f"unaligned relocation at {off:#x} (alignment fault)"
            assert any(s["p_vaddr"] <= off and off + 8 <= s["p_vaddr"] + s["p_memsz"]
                       for s in writable), f"relocation at {off:#x} outside writable data"
            assert r["r_info_sym"] == 0, "symbol relocation"
    assert count > 0, "no relocations: is this really position independent?"


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build", "python.elf")
    passed = failed = 0
    with open(path, "rb") as f:
        elf = ELFFile(f)
        for fn in CHECKS:
            try:
                fn(elf)
                passed += 1
                print(f"PASS {fn.__name__}")
            except AssertionError as e:
                failed += 1
                print(f"FAIL {fn.__name__}: {e}")
    print(f"elf: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
