"""Draw a reproducible sample of coded events for reading by hand.

    python bench/sample_events.py --seed 314 --n 50 coded.jsonl

`coded.jsonl` is `annals code` output. Each sampled event is printed with its document id, its
sentence (cut from the record's text by the sentence's byte offsets), its type, CAMEO code,
trigger, source and target actor codes with the text they were read from, and its modality, so
a reader can mark it right or wrong in type, source and target.

The hand check of issue 5 coded the politics stories of ../shared/corpus/bbc-news.jsonl with
`--date 2005-01-15` (the corpus has no dates; its stories are from 2004-2005).
"""

import argparse
import json
import random


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("coded", help="annals code output (JSON Lines)")
    ap.add_argument("--seed", type=int, default=314)
    ap.add_argument("--n", type=int, default=50)
    args = ap.parse_args()

    events = []
    with open(args.coded, encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            text = doc["text"].encode("utf-8")
            actors = {a["id"]: a["code"] for a in doc["actors"]}
            for e in doc["events"]:
                s = doc["sentences"][e["sentence"]]
                sentence = text[s["start"] : s["end"]].decode("utf-8", "replace")
                events.append((doc["id"], sentence, e, actors))
    print(f"{len(events)} events in {args.coded}; sample of {min(args.n, len(events))}, seed {args.seed}")
    for i, (doc_id, sentence, e, actors) in enumerate(random.Random(args.seed).sample(events, min(args.n, len(events))), 1):
        args_text = lambda xs: ", ".join(f"{actors[x['actor']]}({x['text']})" for x in xs) or "-"
        print(f"#{i} {doc_id} | {sentence}")
        print(
            f"   -> {e['type']} {e['cameo']} trigger={e['trigger']['text']!r} | source {args_text(e['source'])}"
            f" | target {args_text(e['target'])} | {e['modality']}"
        )


if __name__ == "__main__":
    main()
