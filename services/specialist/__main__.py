"""`python -m services.specialist` runs the lens named by MESH_LENS (as containers do)."""

import sys

from services.specialist.main import main

sys.exit(main())
