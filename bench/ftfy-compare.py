# Python's ftfy on the cases bench/mojibake.ts generates, for comparison:
# the same correct lines (must stay) and misread lines (must come back).
#
#   npx tsx bench/mojibake.ts --stride 10 --export /tmp/cases.json
#   python3 bench/ftfy-compare.py /tmp/cases.json
#
# ftfy is not a dependency of this project: install it where you run this
# (pip install ftfy). fix_encoding is the step that compares to fixMojibake().
import json
import sys
import time

import ftfy

cases = json.load(open(sys.argv[1], encoding='utf-8'))
negatives = {}
for name, text in cases['negatives']:
    checked, changed = negatives.get(name, (0, 0))
    negatives[name] = (checked + 1, changed + (ftfy.fix_encoding(text) != text))
print(f'ftfy {ftfy.__version__}, fix_encoding()\n')
print('| lines | checked | changed |\n|---|---:|---:|')
for name, (checked, changed) in negatives.items():
    print(f'| {name} | {checked} | {changed} |')

shapes = ['once', 'twice', 'one word', 'lossy: replaced', 'lossy: question', 'lossy: dropped', 'strict: replaced', 'strict: question', 'strict: dropped', 'flattened', 'collapsed', 'mixed']
table = {}
for reading, shape, damaged, expected in cases['positives']:
    accepted = expected.split('\u0000')
    total, repaired = table.setdefault(reading, {}).get(shape, (0, 0))
    table[reading][shape] = (total + 1, repaired + (ftfy.fix_encoding(damaged) in accepted))
print(f'\n| reading | {" | ".join(shapes)} |\n|---|{"|".join("---:" for _ in shapes)}|')
for reading, row in table.items():
    cells = [f'{100 * row[s][1] / row[s][0]:.2f}% ({row[s][0]})' if s in row else '—' for s in shapes]
    print(f'| {reading} | {" | ".join(cells)} |')

lines = [text for name, text in cases['negatives'] if name == 'as written']
size = sum(len(line.encode('utf-8')) + 1 for line in lines)
for name, fix in [('fix_encoding', ftfy.fix_encoding), ('fix_text', ftfy.fix_text)]:
    best = float('inf')
    for _ in range(3):
        start = time.perf_counter()
        for line in lines:
            fix(line)
        best = min(best, time.perf_counter() - start)
    print(f'\n{name}, line by line, on the correct lines: {size / 1e6 / best:.1f} MB/s')
