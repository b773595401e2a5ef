module example.com/goplsapp

go 1.26
