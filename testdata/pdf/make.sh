#!/usr/bin/env bash
# testdata/pdf/make.sh: rebuilds the PDF fixtures from their PostScript
# sources with Ghostscript (apt-get install ghostscript; made with 10.0.0).
# The PDFs are committed: tests never run this.
#   text-policy.pdf  a one-page English policy with a text layer (Helvetica,
#                    embedded by Ghostscript with its widths, as real PDFs are)
#   word-positioned.pdf  a short notice whose words are placed one by one, with
#                    no space characters, as many PDF producers write text
#   scanned.pdf      one page holding only an image, no text: what a scanner
#                    without OCR produces
set -euo pipefail
cd "$(dirname "$0")"
# Fixed dates (Ghostscript reads SOURCE_DATE_EPOCH): the same bytes every run.
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1767225600}
for f in text-policy scanned word-positioned; do
	ps2pdf -dPDFSETTINGS=/prepress -dCompatibilityLevel=1.5 "$f.ps" "$f.pdf"
done
ls -l ./*.pdf
