//go:build js && wasm

package main

import (
	"context"
	"strings"

	"github.com/policylens/policylens/analyzer"
)

// rehearsals is how many times preload analyses rehearsalPolicy.
const rehearsals = 4

// rehearsalPolicy is a short made-up policy that preload analyses once the
// engine is built. Browsers run WebAssembly first as compiled by a quick
// baseline compiler and recompile the functions that turn out hot with their
// optimising one (V8's Liftoff and TurboFan): a first analysis right after
// start ran at half the speed of the next ones. After the rehearsals the
// first real analysis of the largest sample takes about what a warm one
// does (wasm/bench/node-sample.mjs with IDLE: ~270 ms without, ~130 ms with).
// The reports are thrown away; nothing is cached, so no result changes.
var rehearsalPolicy = strings.Repeat(`Privacy Policy

We collect your name, email address and IP address when you create an account, to provide and improve the service.
We may share your personal data with service providers and affiliates, and we do not sell your data.
We use cookies and similar technologies to measure traffic; you can refuse them in your browser settings.
You can ask us to access, correct or delete your data at any time by writing to privacy@example.com.
You may lodge a complaint with your data protection authority.
We keep your data for two years after your last login, then delete it.
Your data is stored in the European Union and may be transferred to the United States under standard contractual clauses.
This policy is governed by the laws of France. We may update this policy from time to time and will notify you by email.
Last updated: January 1, 2024.

`, 3)

// rehearse analyses rehearsalPolicy a few times, pausing between runs,
// unless a real call has run meanwhile (it warmed the code already).
func (b *bridge) rehearse(pause func()) {
	for i := 0; i < rehearsals && !b.served.Load(); i++ {
		_, _ = b.engine.Analyze(context.Background(), []byte(rehearsalPolicy), analyzer.Options{})
		pause()
	}
}
