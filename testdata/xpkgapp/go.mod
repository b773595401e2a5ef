module example.com/xpkgapp

go 1.26
