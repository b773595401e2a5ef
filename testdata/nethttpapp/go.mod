module example.com/nethttpapp

go 1.26
