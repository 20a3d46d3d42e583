module github.com/pemistahl/lingua-go

go 1.21

require (
	github.com/shopspring/decimal v1.3.1
	golang.org/x/exp v0.0.0-20221106115401-f9659909a136
)
