package analyzer

import (
	"errors"
	"fmt"
)

// Error is what the engine returns for input it cannot analyse. Code is
// stable and machine-readable (the popup picks its message from it); Message
// is a one-line explanation for a person.
type Error struct {
	Code    string `json:"code"`
	Message string `json:"message"`
	// Language names the detected language for "unsupported_language".
	Language string `json:"language,omitempty"`
}

// Error codes.
const (
	CodeEmpty  = "empty"
	CodeBinary = "binary"
	// CodeInvalidUTF8 is no longer returned: invalid bytes are decoded
	// (see package decode) and reported in the report's diagnostics. It
	// stays for clients that still name it.
	CodeInvalidUTF8 = "invalid_utf8"
	// CodeEncoding is an encoding name the engine does not know.
	CodeEncoding = "unknown_encoding"
	// CodeNoTextLayer is a PDF without text (a scanned document); the CLI
	// reads PDFs, the engine does not (see internal/pdftext).
	CodeNoTextLayer = "no_text_layer"
	// CodeBadPDF is a PDF the CLI cannot open (damaged or encrypted).
	CodeBadPDF    = "unreadable_pdf"
	CodeTooLarge  = "too_large"
	CodeNotPolicy = "not_policy"
	// CodeScriptRendered is a page with no text of its own but scripts: a
	// saved copy of a page that renders its text with JavaScript.
	CodeScriptRendered = "script_rendered"
	CodeUnsupported    = "unsupported_language"
	CodeCanceled       = "canceled"
	CodeInternal       = "internal"
)

// Sentinels for errors.Is; an *Error matches the sentinel with the same Code.
var (
	ErrEmpty          = &Error{Code: CodeEmpty}
	ErrBinary         = &Error{Code: CodeBinary}
	ErrInvalidUTF8    = &Error{Code: CodeInvalidUTF8}
	ErrEncoding       = &Error{Code: CodeEncoding}
	ErrNoTextLayer    = &Error{Code: CodeNoTextLayer}
	ErrBadPDF         = &Error{Code: CodeBadPDF}
	ErrTooLarge       = &Error{Code: CodeTooLarge}
	ErrNotPolicy      = &Error{Code: CodeNotPolicy}
	ErrScriptRendered = &Error{Code: CodeScriptRendered}
	ErrUnsupported    = &Error{Code: CodeUnsupported}
	ErrCanceled       = &Error{Code: CodeCanceled}
	ErrInternal       = &Error{Code: CodeInternal}
)

func (e *Error) Error() string {
	if e.Message == "" {
		return e.Code
	}
	return e.Message
}

// Is makes errors.Is(err, ErrEmpty) true for any *Error with code "empty".
func (e *Error) Is(target error) bool {
	var t *Error
	return errors.As(target, &t) && t.Code == e.Code
}

func newError(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// CodeOf returns the code of err if it is (or wraps) an *Error, else "internal".
func CodeOf(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return CodeInternal
}
