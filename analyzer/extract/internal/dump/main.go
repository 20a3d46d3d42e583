// Command dump prints the text analyzer/extract takes out of each file named
// on its command line (its blocks, chrome left out), one JSON line per file in order:
//
//	{"file":"a.html","format":"html","text":"..."}
//	{"file":"b.html","error":"extract html: extract: no text found"}
//
// make extract-bench (analyzer/extract/bench/bench.mjs) reads it to score the
// extractor beside Mozilla Readability; it is also the quickest way to see
// what the engine reads of a page.
package main

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/policylens/policylens/analyzer/extract"
)

type result struct {
	File   string `json:"file"`
	Format string `json:"format,omitempty"`
	Text   string `json:"text,omitempty"`
	Error  string `json:"error,omitempty"`
}

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "dump:", err)
		os.Exit(1)
	}
}

func run(files []string) error {
	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	for _, f := range files {
		r := result{File: f}
		raw, err := os.ReadFile(f)
		if err != nil {
			return fmt.Errorf("read %s: %w", f, err)
		}
		doc, err := extract.Extract(raw, extract.FormatAuto)
		if err != nil {
			r.Error = err.Error()
		} else {
			r.Format, r.Text = string(doc.Format), doc.BlocksText()
		}
		if err := enc.Encode(r); err != nil {
			return fmt.Errorf("write %s: %w", f, err)
		}
	}
	return nil
}
