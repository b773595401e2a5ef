module example.com/golangciapp

go 1.26
