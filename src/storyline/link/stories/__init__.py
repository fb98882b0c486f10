"""Group reports into stories and topics, and tell how each story develops."""
