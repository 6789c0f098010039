import VeilCLI

Veil.main()
