// Command trim rewrites Go files of a dependency's build copy so that the
// WebAssembly engine links only what it uses. wasm/build.sh runs it on copies
// under build/ (never on the module cache, never on committed files):
//
//	trim funcs   -drop Name,Name FILE   delete top-level functions, then imports left unused
//	trim bindata -keep path,path FILE   drop go-bindata assets except the kept ones
//	trim replace -old TEXT -new TEXT FILE
//	                                    replace TEXT (exactly one occurrence), then imports left unused
//
// Both edit FILE in place and print what they removed. They fail if a name to
// drop or keep is not there, so a new version of a dependency cannot make the
// trimming silently do nothing.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"maps"
	"os"
	"path"
	"slices"
	"strconv"
	"strings"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "trim:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	if len(args) == 0 {
		return errors.New("usage: trim funcs -drop A,B FILE | trim bindata -keep P,Q FILE | trim replace -old TEXT -new TEXT FILE")
	}
	if args[0] == "replace" {
		return runReplace(args[1:])
	}
	fs := flag.NewFlagSet(args[0], flag.ContinueOnError)
	list := fs.String(map[string]string{"funcs": "drop", "bindata": "keep"}[args[0]], "", "comma-separated names")
	if err := fs.Parse(args[1:]); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return fmt.Errorf("%s: give one FILE", args[0])
	}
	file := fs.Arg(0)
	names := splitList(*list)
	src, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	var out []byte
	var report string
	switch args[0] {
	case "funcs":
		out, report, err = dropFuncs(file, src, names)
	case "bindata":
		out, report, err = keepAssets(file, src, names)
	default:
		return fmt.Errorf("unknown command %q", args[0])
	}
	if err != nil {
		return fmt.Errorf("%s %s: %w", args[0], file, err)
	}
	fmt.Printf("%s: %s (%d -> %d bytes)\n", file, report, len(src), len(out))
	return os.WriteFile(file, out, 0o644)
}

func splitList(s string) map[string]bool {
	m := map[string]bool{}
	for _, n := range strings.Split(s, ",") {
		if n = strings.TrimSpace(n); n != "" {
			m[n] = true
		}
	}
	return m
}

// dropFuncs deletes the named top-level functions (not methods) and the
// imports nothing uses any more.
func dropFuncs(name string, src []byte, drop map[string]bool) ([]byte, string, error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, name, src, parser.ParseComments)
	if err != nil {
		return nil, "", err
	}
	found := map[string]bool{}
	var kept []ast.Decl
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil && drop[fd.Name.Name] {
			found[fd.Name.Name] = true
			continue
		}
		kept = append(kept, d)
	}
	for n := range drop {
		if !found[n] {
			return nil, "", fmt.Errorf("no function %s", n)
		}
	}
	f.Decls = kept
	f.Comments = liveComments(f)
	gone := pruneImports(f)
	out, err := render(fset, f)
	return out, fmt.Sprintf("dropped funcs %s; unused imports %s", keys(drop), strings.Join(gone, ", ")), err
}

// keepAssets rewrites a go-bindata file so that only the kept assets are
// linked: the others leave the _bindata table and the _bintree directory, and
// their data and accessor functions are deleted.
func keepAssets(name string, src []byte, keep map[string]bool) ([]byte, string, error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, name, src, parser.ParseComments)
	if err != nil {
		return nil, "", err
	}
	table := findVar(f, "_bindata")
	if table == nil {
		return nil, "", errors.New("no _bindata table: not a go-bindata file?")
	}
	lit, ok := table.(*ast.CompositeLit)
	if !ok {
		return nil, "", errors.New("_bindata is not a map literal")
	}
	dropped := map[string]bool{} // accessor functions of the dropped assets
	var droppedNames []string
	found := map[string]bool{}
	var elts []ast.Expr
	for _, e := range lit.Elts {
		kv := e.(*ast.KeyValueExpr)
		key, err := strconv.Unquote(kv.Key.(*ast.BasicLit).Value)
		if err != nil {
			return nil, "", err
		}
		if keep[key] {
			found[key] = true
			elts = append(elts, e)
			continue
		}
		dropped[kv.Value.(*ast.Ident).Name] = true
		droppedNames = append(droppedNames, key)
	}
	for k := range keep {
		if !found[k] {
			return nil, "", fmt.Errorf("no asset %s", k)
		}
	}
	lit.Elts = elts
	if tree := findVar(f, "_bintree"); tree != nil {
		pruneTree(tree, dropped)
	}
	// Delete the data ([]byte var) and accessors of each dropped asset.
	var kept []ast.Decl
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			if d.Recv == nil && (dropped[d.Name.Name] || dropped[strings.TrimSuffix(d.Name.Name, "Bytes")]) {
				continue
			}
		case *ast.GenDecl:
			if d.Tok == token.VAR && len(d.Specs) == 1 {
				vs := d.Specs[0].(*ast.ValueSpec)
				if len(vs.Names) == 1 && dropped[strings.TrimPrefix(vs.Names[0].Name, "_")] {
					continue
				}
			}
		}
		kept = append(kept, d)
	}
	f.Decls = kept
	f.Comments = liveComments(f)
	pruneImports(f)
	out, err := render(fset, f)
	return out, fmt.Sprintf("kept assets %s; dropped %s", keys(keep), strings.Join(droppedNames, ", ")), err
}

// pruneTree removes, from every map literal under e, the entries whose value
// is a dropped accessor or a &bintree{accessor, ...} node of one.
func pruneTree(e ast.Expr, dropped map[string]bool) {
	ast.Inspect(e, func(n ast.Node) bool {
		cl, ok := n.(*ast.CompositeLit)
		if !ok {
			return true
		}
		if _, isMap := cl.Type.(*ast.MapType); !isMap {
			return true
		}
		var elts []ast.Expr
		for _, el := range cl.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok && leafOf(kv.Value, dropped) {
				continue
			}
			elts = append(elts, el)
		}
		cl.Elts = elts
		return true
	})
}

func leafOf(v ast.Expr, dropped map[string]bool) bool {
	if u, ok := v.(*ast.UnaryExpr); ok {
		v = u.X
	}
	if id, ok := v.(*ast.Ident); ok {
		return dropped[id.Name]
	}
	cl, ok := v.(*ast.CompositeLit)
	if !ok || len(cl.Elts) == 0 {
		return false
	}
	id, ok := cl.Elts[0].(*ast.Ident)
	return ok && dropped[id.Name]
}

// findVar returns the initial value of the package-level var name.
func findVar(f *ast.File, name string) ast.Expr {
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.VAR {
			continue
		}
		for _, s := range gd.Specs {
			vs := s.(*ast.ValueSpec)
			for i, n := range vs.Names {
				if n.Name == name && i < len(vs.Values) {
					return vs.Values[i]
				}
			}
		}
	}
	return nil
}

// pruneImports removes imports whose name no selector uses; it returns their
// paths.
func pruneImports(f *ast.File) []string {
	used := map[string]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok {
			if id, ok := sel.X.(*ast.Ident); ok {
				used[id.Name] = true
			}
		}
		return true
	})
	var gone []string
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.IMPORT {
			continue
		}
		var specs []ast.Spec
		for _, s := range gd.Specs {
			is := s.(*ast.ImportSpec)
			p, _ := strconv.Unquote(is.Path.Value)
			name := path.Base(p)
			if is.Name != nil {
				name = is.Name.Name
			}
			if name == "_" || name == "." || used[name] {
				specs = append(specs, s)
				continue
			}
			gone = append(gone, p)
		}
		gd.Specs = specs
	}
	var imports []*ast.ImportSpec
	for _, is := range f.Imports {
		p, _ := strconv.Unquote(is.Path.Value)
		if !slices.Contains(gone, p) {
			imports = append(imports, is)
		}
	}
	f.Imports = imports
	return gone
}

// liveComments keeps the file's comments that lie outside deleted
// declarations (the package doc, the kept declarations' docs).
func liveComments(f *ast.File) []*ast.CommentGroup {
	type span struct{ pos, end token.Pos }
	var spans []span
	spans = append(spans, span{f.Package, f.Name.End()})
	for _, d := range f.Decls {
		start := d.Pos()
		switch d := d.(type) {
		case *ast.FuncDecl:
			if d.Doc != nil {
				start = d.Doc.Pos()
			}
		case *ast.GenDecl:
			if d.Doc != nil {
				start = d.Doc.Pos()
			}
		}
		spans = append(spans, span{start, d.End()})
	}
	var out []*ast.CommentGroup
	for _, c := range f.Comments {
		if c.End() <= f.Package {
			out = append(out, c) // file header, package doc
			continue
		}
		for _, s := range spans {
			if c.Pos() >= s.pos && c.End() <= s.end {
				out = append(out, c)
				break
			}
		}
	}
	return out
}

func render(fset *token.FileSet, f *ast.File) ([]byte, error) {
	var buf bytes.Buffer
	if err := format.Node(&buf, fset, f); err != nil {
		return nil, fmt.Errorf("print: %w", err)
	}
	return buf.Bytes(), nil
}

func keys(m map[string]bool) string {
	if len(m) == 0 {
		return "(none)"
	}
	return strings.Join(slices.Sorted(maps.Keys(m)), ",") // sorted: a reproducible log
}

// runReplace is `trim replace -old TEXT -new TEXT FILE`: a textual edit for
// what dropping whole functions cannot do (a call inside a function kept),
// failing unless TEXT occurs exactly once, then the imports left unused go.
func runReplace(args []string) error {
	fs := flag.NewFlagSet("replace", flag.ContinueOnError)
	oldText := fs.String("old", "", "text to replace (must occur exactly once)")
	newText := fs.String("new", "", "replacement")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 || *oldText == "" {
		return errors.New("replace: give -old TEXT and one FILE")
	}
	file := fs.Arg(0)
	src, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	if n := bytes.Count(src, []byte(*oldText)); n != 1 {
		return fmt.Errorf("replace %s: %q occurs %d times, want 1", file, *oldText, n)
	}
	edited := bytes.Replace(src, []byte(*oldText), []byte(*newText), 1)
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, file, edited, parser.ParseComments)
	if err != nil {
		return fmt.Errorf("replace %s: %w", file, err)
	}
	gone := pruneImports(f)
	out, err := render(fset, f)
	if err != nil {
		return fmt.Errorf("replace %s: %w", file, err)
	}
	fmt.Printf("%s: replaced %d bytes; unused imports %s (%d -> %d bytes)\n", file, len(*oldText), strings.Join(gone, ", "), len(src), len(out))
	return os.WriteFile(file, out, 0o644)
}
