// Command nativebench times the native engine on one policy file, for
// wasm/bench.sh to set beside the WebAssembly figures:
//
//	nativebench [-warm M] FILE
//
// It builds an engine (analyzer.New), analyses FILE once (cold: the first
// analysis in a fresh process, which also loads the language models lingua
// caches per process), then M more times (warm), and prints one JSON object
// in milliseconds: {"file","bytes","new_ms","cold_ms","warm_ms"} (warm_ms is
// the median). bench.sh runs it in a fresh process for each sample.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"slices"
	"time"

	"github.com/policylens/policylens/analyzer"
)

type result struct {
	File   string  `json:"file"`
	Bytes  int     `json:"bytes"`
	NewMS  float64 `json:"new_ms"`
	ColdMS float64 `json:"cold_ms"`
	WarmMS float64 `json:"warm_ms"`
}

func main() {
	warm := flag.Int("warm", 5, "warm analyses after the first")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: nativebench [-warm M] FILE")
		os.Exit(2)
	}
	r, err := bench(flag.Arg(0), *warm)
	if err == nil {
		err = json.NewEncoder(os.Stdout).Encode(r)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "nativebench:", err)
		os.Exit(1)
	}
}

func bench(file string, warm int) (result, error) {
	raw, err := os.ReadFile(file)
	if err != nil {
		return result{}, err
	}
	ctx := context.Background()
	t := time.Now()
	e, err := analyzer.New()
	if err != nil {
		return result{}, fmt.Errorf("new engine: %w", err)
	}
	r := result{File: file, Bytes: len(raw), NewMS: ms(time.Since(t))}
	t = time.Now()
	if _, err := e.Analyze(ctx, raw, analyzer.Options{}); err != nil {
		return result{}, fmt.Errorf("%s: %w", file, err)
	}
	r.ColdMS = ms(time.Since(t))
	var warms []float64
	for range warm {
		t = time.Now()
		if _, err := e.Analyze(ctx, raw, analyzer.Options{}); err != nil {
			return result{}, fmt.Errorf("%s: %w", file, err)
		}
		warms = append(warms, ms(time.Since(t)))
	}
	r.WarmMS = median(warms)
	return r, nil
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Sorted(slices.Values(xs))
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}
