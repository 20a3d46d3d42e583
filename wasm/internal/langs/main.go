// Command langs prints what analyzer/lang builds its language detector with,
// for wasm/build.sh to keep only those lingua models:
//
//	languages: en fr es de it pt nl pl
//	ngrams: 1 2 3
//
// languages are the lower-case ISO 639-1 codes (lingua's language-models
// directory names); ngrams are the n-gram orders the detector's mode reads
// (1 = unigrams ... 5 = fivegrams, build.sh maps them to file names).
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/policylens/policylens/analyzer/lang"
)

func main() {
	var codes []string
	for _, l := range lang.Languages() {
		codes = append(codes, strings.ToLower(l.IsoCode639_1().String()))
	}
	var orders []string
	for _, n := range lang.NgramOrders() {
		orders = append(orders, strconv.Itoa(n))
	}
	if _, err := fmt.Printf("languages: %s\nngrams: %s\n", strings.Join(codes, " "), strings.Join(orders, " ")); err != nil {
		os.Exit(1)
	}
}
