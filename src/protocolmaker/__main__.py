from protocolmaker.cli import main

main()
