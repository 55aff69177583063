#!/usr/bin/env python3
"""Run the `vibe` module tests and the python/ scripts under vibepy (the Linux host).

tests/vibe/*.py: each script's output must equal its hand-written .exp (its stdin is the
.stdin beside it, if any); a script with a .png beside it is run with `--fb-png` and the framebuffer must match that golden image
pixel for pixel. tests/vibe/scripts.txt: one python/ script per line with the arguments
of its bounded (non-interactive) mode; its output must equal
tests/vibe/scripts/<name>.exp (followed by `[exit STATUS]`). Everything runs from the
repository root. In an .exp line, `<any>` matches any text; a line `<any lines>`, any
number of lines.

Usage: run.py [--vibepy PATH] [--regen-png]   (--regen-png rewrites the golden PNGs)
"""
import argparse, os, re, struct, subprocess, sys, tempfile, zlib

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HERE = os.path.join(ROOT, 'tests', 'vibe')
TIMEOUT = 60


def png_pixels(path):
    """(width, height, rows of RGB bytes) of an 8-bit RGB, non-interlaced PNG."""
    data = open(path, 'rb').read()
    assert data[:8] == b'\x89PNG\r\n\x1a\n', f'{path}: not a PNG'
    pos, idat, header = 8, b'', None
    while pos < len(data):
        length, kind = struct.unpack('>I4s', data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b'IHDR':
            header = struct.unpack('>IIBBBBB', body)
        elif kind == b'IDAT':
            idat += body
        pos += 12 + length
    width, height, depth, color, _, _, interlace = header
    assert (depth, color, interlace) == (8, 2, 0), f'{path}: only 8-bit RGB is supported'
    raw, stride, rows, prev = zlib.decompress(idat), width * 3, [], bytearray(width * 3)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - 3] if i >= 3 else 0
            b, c = prev[i], prev[i - 3] if i >= 3 else 0
            if kind == 1:
                line[i] = (line[i] + a) & 255
            elif kind == 2:
                line[i] = (line[i] + b) & 255
            elif kind == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return width, height, rows


def run(vibepy, argv, png=None, stdin=b''):
    cmd = [vibepy] + (['--fb-png', png] if png else []) + argv
    p = subprocess.run(cmd, cwd=ROOT, input=stdin, capture_output=True, timeout=TIMEOUT)
    return p.returncode, p.stdout.decode('utf-8', 'replace') + p.stderr.decode('utf-8', 'replace')


def matches(got, want):
    """Equal, where `<any>` in an expected line stands for any text in that line and a
    line that is just `<any lines>` for any number of lines, none included
    (machine-dependent output such as free memory or the process list)."""
    if '<any' not in want:
        return got == want
    pattern = ''
    for line in want.splitlines(keepends=True):
        if line.rstrip('\n') == '<any lines>':
            pattern += '(?:[^\n]*\n)*'
        else:
            pattern += '[^\n]*'.join(re.escape(part) for part in line.split('<any>'))
    return re.fullmatch(pattern, got) is not None


def check_output(name, got, exp_path):
    want = open(exp_path, encoding='utf-8').read()
    if matches(got, want):
        return True
    print(f'FAIL {name}: output differs from {os.path.relpath(exp_path, ROOT)}')
    for i, (g, w) in enumerate(zip(got.splitlines() + [''] * 999, want.splitlines() + [''] * 999)):
        if g != w:
            print(f'  line {i + 1}: got {g!r}\n  line {i + 1}: exp {w!r}')
            break
    return False


def runall_outputs(text):
    """{label: output} from tests/vibe/scripts/runall.py's output (LF line ends), each
    output in the form of its tests/vibe/scripts/LABEL.exp; None if `=== end` is missing."""
    if not text.endswith('=== end\n'):
        return None
    outputs, label = {}, None
    for line in text[:-len('=== end\n')].splitlines(keepends=True):
        if line.startswith('=== '):
            label = line[4:].strip()
            outputs[label] = ''
        elif label is not None:
            outputs[label] += line
    return outputs


def script_labels():
    """The labels of tests/vibe/scripts.txt, in order."""
    labels = []
    for line in open(os.path.join(HERE, 'scripts.txt'), encoding='utf-8'):
        words = line.split()
        if words and not words[0].startswith('#'):
            labels.append(words[0])
    return labels


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--vibepy', default=os.path.join(ROOT, 'target', 'release', 'vibepy'))
    ap.add_argument('--regen-png', action='store_true')
    opts = ap.parse_args()
    vibepy = os.path.abspath(opts.vibepy)
    passed = failed = 0
    tmp = tempfile.mkdtemp(prefix='vibe-test-')
    for name in sorted(os.listdir(HERE)):
        if not name.endswith('.py') or name == 'run.py':
            continue
        script = os.path.join('tests', 'vibe', name)
        golden = os.path.join(HERE, name[:-3] + '.png')
        png = os.path.join(tmp, name[:-3] + '.png') if os.path.exists(golden) or opts.regen_png and name.startswith('draw') else None
        stdin_path = os.path.join(HERE, name[:-3] + '.stdin')
        stdin = open(stdin_path, 'rb').read() if os.path.exists(stdin_path) else b''
        status, out = run(vibepy, [script], png, stdin)
        ok = check_output(name, out, os.path.join(HERE, name[:-3] + '.exp'))
        if png:
            if opts.regen_png:
                os.replace(png, golden)
                print(f'wrote {os.path.relpath(golden, ROOT)}')
            elif png_pixels(png) != png_pixels(golden):
                print(f'FAIL {name}: framebuffer differs from {os.path.relpath(golden, ROOT)} (got {png})')
                ok = False
        passed, failed = passed + ok, failed + (not ok)
    for line in open(os.path.join(HERE, 'scripts.txt'), encoding='utf-8'):
        line = line.strip()
        if not line or line.startswith('#'):
            continue
        words = line.split()
        label = words[0]
        status, out = run(vibepy, words[1:])
        out += f'[exit {status}]\n'
        ok = check_output(label, out, os.path.join(HERE, 'scripts', label + '.exp'))
        passed, failed = passed + ok, failed + (not ok)
    print(f'vibe tests: {passed} passed, {failed} failed')
    sys.exit(1 if failed else 0)


if __name__ == '__main__':
    main()
