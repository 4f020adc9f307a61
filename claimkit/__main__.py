from claimkit._cli import main

raise SystemExit(main())
