"""UI helpers shared by the pages: the cached model loader, the sidebar, session memory."""
