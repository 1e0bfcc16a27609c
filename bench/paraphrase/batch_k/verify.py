"""Check batch k from the written files: relations hold (consistent) or fail (inconsistent) under the
scorer's loose and strict readings; each broken text differs from its original in one figure only."""
import re, sys, difflib
from pathlib import Path
sys.path.insert(0, "/work/shared/bench"); sys.dont_write_bytecode = True
import score
bad = 0; n_rel = 0; n_files = 0
for folder in (Path(__file__).resolve().parent.parent / "k-tune", Path(__file__).resolve().parent.parent / "k-holdout"):
    for txt in sorted(folder.glob("*.txt")):
        n_files += 1
        text = txt.read_text(encoding="utf-8")
        rels = score.load_relations(text, txt.with_suffix(".yaml"))
        for r in rels:
            n_rel += 1
            for loose in (True, False):
                ok = r.holds(text, loose)
                if ok != (r.verdict == "consistent"):
                    bad += 1; print("RELATION", txt.name, r.id, r.verdict, "loose" if loose else "strict", ok)
        if txt.stem.endswith("-broken"):
            orig = (folder / (txt.stem[:-7] + ".txt")).read_text(encoding="utf-8")
            sm = difflib.SequenceMatcher(None, orig, text, autojunk=False)
            ops = [o for o in sm.get_opcodes() if o[0] != "equal"]
            # widen each change to the whole number token around it
            tok = re.compile(r"[\d.,]+")
            def token_at(s, i, j):
                a, b = i, j
                while a > 0 and (s[a-1].isdigit() or s[a-1] in ".,"): a -= 1
                while b < len(s) and (s[b].isdigit() or s[b] in ".,"): b += 1
                return s[a:b].strip(".,")
            olds = {token_at(orig, o[1], o[2]) for o in ops}
            news = {token_at(text, o[3], o[4]) for o in ops}
            if len(olds) != 1 or len(news) != 1 or not all(re.fullmatch(r"\d[\d.,]*", x) for x in olds | news):
                bad += 1; print("DIFF", txt.name, olds, news)
            if not any(r.verdict == "inconsistent" for r in rels):
                bad += 1; print("NO INCONSISTENT", txt.name)
        elif not txt.stem.startswith("decoy") and not all(r.verdict == "consistent" for r in rels):
            bad += 1; print("NOT CONSISTENT", txt.name)
        elif txt.stem.startswith("decoy") and rels:
            bad += 1; print("DECOY WITH RELATIONS", txt.name)
print(f"files {n_files}, relations {n_rel}, problems {bad}")
