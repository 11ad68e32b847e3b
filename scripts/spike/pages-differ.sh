#!/bin/bash
# Spike (stop 23): which pages of two PDFs differ, by text (pdftotext -layout) and by render (pdftoppm -r 30 -gray).
#   scripts/spike/pages-differ.sh before.pdf after.pdf
A=$1; B=$2
na=$(pdfinfo "$A" | awk '/^Pages/{print $2}'); nb=$(pdfinfo "$B" | awk '/^Pages/{print $2}')
echo "pages $na / $nb"
t=""; r=""
for ((i = 1; i <= na; i++)); do
  cmp -s <(pdftotext -layout -f $i -l $i "$A" -) <(pdftotext -layout -f $i -l $i "$B" -) || t="$t $i"
  cmp -s <(pdftoppm -r 30 -gray -f $i -l $i "$A") <(pdftoppm -r 30 -gray -f $i -l $i "$B") || r="$r $i"
done
echo "text differs:$t"; echo "render differs:$r"
