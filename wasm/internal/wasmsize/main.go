// Command wasmsize prints what each part of a Go WebAssembly binary costs:
// the code of each module (function bodies, attributed by the names in the
// wasm "name" section, so build without -ldflags=-s), the data the program
// embeds (files given on the command line, e.g. the language models), and
// the rest of the data segment (strings, type and runtime tables).
//
//	wasmsize ENGINE.wasm [EMBEDDED-FILE...]
//
// Sizes are raw and gzip -9 of each part compressed alone, a guide to what
// the part adds to the compressed engine (parts compress slightly better
// together). wasm/size-steps.sh prints this table after its own.
package main

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "wasmsize:", err)
		os.Exit(1)
	}
}

// part is one row of the table.
type part struct {
	name string
	data bytes.Buffer
}

func run(args []string) error {
	if len(args) < 1 {
		return errors.New("usage: wasmsize ENGINE.wasm [EMBEDDED-FILE...]")
	}
	b, err := os.ReadFile(args[0])
	if err != nil {
		return err
	}
	secs, err := sections(b)
	if err != nil {
		return err
	}
	imported := countFuncImports(secs[2])
	names := funcNames(secs)
	if len(names) == 0 {
		return errors.New("no function names: build without -ldflags=-s")
	}
	parts := map[string]*part{}
	add := func(name string, p []byte) {
		if parts[name] == nil {
			parts[name] = &part{name: name}
		}
		parts[name].data.Write(p)
	}
	code := secs[10]
	n, k := binary.Uvarint(code)
	code = code[k:]
	for i := 0; i < int(n); i++ {
		size, k := binary.Uvarint(code)
		body := code[k : k+int(size)]
		code = code[k+int(size):]
		add("code: "+module(names[imported+i]), body)
	}
	data := secs[11]
	for _, f := range args[1:] {
		fb, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		label := "data: " + filepath.ToSlash(f)
		if filepath.Ext(f) == ".lcm" { // one row for lingua's models
			label = "data: " + filepath.ToSlash(filepath.Dir(filepath.Dir(f))) + " (lingua models)"
		}
		if i := bytes.Index(data, fb); i >= 0 {
			data = append(data[:i:i], data[i+len(fb):]...)
		} else {
			label += " (not found in the data segment)"
		}
		add(label, fb)
	}
	add("data: the rest (strings, type and runtime tables)", data)
	var rows []*part
	for _, p := range parts {
		rows = append(rows, p)
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].data.Len() > rows[j].data.Len() })
	fmt.Println("| part | raw KB | gzip -9 KB alone |")
	fmt.Println("|---|--:|--:|")
	var other part
	other.name = "code: other modules"
	for _, p := range rows {
		if p.data.Len() < 40_000 && strings.HasPrefix(p.name, "code: ") {
			other.data.Write(p.data.Bytes())
			continue
		}
		fmt.Printf("| %s | %.0f | %.0f |\n", p.name, float64(p.data.Len())/1e3, float64(gz(p.data.Bytes()))/1e3)
	}
	fmt.Printf("| %s | %.0f | %.0f |\n", other.name, float64(other.data.Len())/1e3, float64(gz(other.data.Bytes()))/1e3)
	fmt.Printf("| whole engine | %.0f | %.0f |\n", float64(len(b))/1e3, float64(gz(b))/1e3)
	return nil
}

// module groups a Go symbol name ("github.com_x_y_pkg.Func",
// "runtime.mallocgc") by module or standard library area.
func module(sym string) string {
	for _, d := range []string{"github.com_", "golang.org_x_", "google.golang.org_", "gopkg.in_", "gonum.org_"} {
		if strings.HasPrefix(sym, d) {
			parts := strings.SplitN(strings.TrimPrefix(sym, d), "_", 3)
			if d == "gopkg.in_" {
				return "gopkg.in/" + strings.SplitN(parts[0], ".", 2)[0]
			}
			if len(parts) >= 2 {
				name := strings.SplitN(parts[1], ".", 2)[0]
				if parts[0] == "policylens" && len(parts) == 3 {
					// github.com/policylens/policylens/analyzer/<pkg>
					return "PolicyLens (analyzer, wasm bridge)"
				}
				return strings.ReplaceAll(strings.TrimSuffix(d, "_"), "_", "/") + "/" + parts[0] + "/" + name
			}
		}
	}
	pkg := sym
	if i := strings.IndexAny(pkg, "."); i >= 0 {
		pkg = pkg[:i]
	}
	switch {
	case pkg == "main":
		return "PolicyLens (analyzer, wasm bridge)"
	case strings.HasPrefix(pkg, "runtime") || strings.HasPrefix(pkg, "internal_") || pkg == "sync" || strings.HasPrefix(pkg, "sync_") ||
		pkg == "syscall" || strings.HasPrefix(pkg, "syscall_") || pkg == "type" || strings.HasPrefix(pkg, "go_"):
		return "Go runtime, syscall/js, internal"
	case pkg == "regexp" || strings.HasPrefix(pkg, "regexp_"):
		return "std: regexp"
	case pkg == "reflect" || strings.HasPrefix(pkg, "encoding_") || pkg == "fmt":
		return "std: reflect, encoding/*, fmt"
	case pkg == "math_big":
		return "std: math/big (decimal, lingua)"
	default:
		return "std: other"
	}
}

// sections returns the payload of each standard section by id, and of the
// custom "name" section under id 0.
func sections(b []byte) (map[int][]byte, error) {
	if len(b) < 8 || string(b[:4]) != "\x00asm" {
		return nil, errors.New("not a wasm binary")
	}
	out := map[int][]byte{}
	for b = b[8:]; len(b) > 0; {
		id := int(b[0])
		size, k := binary.Uvarint(b[1:])
		if k <= 0 || uint64(len(b)-1-k) < size {
			return nil, errors.New("bad section header")
		}
		payload := b[1+k : 1+k+int(size)]
		b = b[1+k+int(size):]
		if id == 0 {
			l, k := binary.Uvarint(payload)
			if string(payload[k:k+int(l)]) == "name" {
				out[0] = payload[k+int(l):]
			}
			continue
		}
		out[id] = payload
	}
	return out, nil
}

// countFuncImports counts the imported functions, which come first in the
// function index space.
func countFuncImports(imp []byte) int {
	n, k := binary.Uvarint(imp)
	imp = imp[k:]
	funcs := 0
	for i := 0; i < int(n); i++ {
		for j := 0; j < 2; j++ { // module, field
			l, k := binary.Uvarint(imp)
			imp = imp[k+int(l):]
		}
		kind := imp[0]
		imp = imp[1:]
		switch kind {
		case 0: // func: type index
			_, k := binary.Uvarint(imp)
			imp = imp[k:]
			funcs++
		case 1: // table: elemtype, limits
			imp = imp[1:]
			imp = limits(imp)
		case 2: // memory: limits
			imp = limits(imp)
		case 3: // global: type, mutability
			imp = imp[2:]
		}
	}
	return funcs
}

func limits(b []byte) []byte {
	flag := b[0]
	_, k := binary.Uvarint(b[1:])
	b = b[1+k:]
	if flag&1 != 0 {
		_, k = binary.Uvarint(b)
		b = b[k:]
	}
	return b
}

// funcNames reads the function names subsection (1) of the name section.
func funcNames(secs map[int][]byte) map[int]string {
	names := map[int]string{}
	b := secs[0]
	for len(b) > 0 {
		id := b[0]
		size, k := binary.Uvarint(b[1:])
		sub := b[1+k : 1+k+int(size)]
		b = b[1+k+int(size):]
		if id != 1 {
			continue
		}
		n, k := binary.Uvarint(sub)
		sub = sub[k:]
		for i := 0; i < int(n); i++ {
			idx, k := binary.Uvarint(sub)
			sub = sub[k:]
			l, k := binary.Uvarint(sub)
			names[int(idx)] = string(sub[k : k+int(l)])
			sub = sub[k+int(l):]
		}
	}
	return names
}

func gz(b []byte) int {
	var buf bytes.Buffer
	w, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	w.Write(b)
	w.Close()
	return buf.Len()
}
