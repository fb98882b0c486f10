"""Time expressions (TIMEX3) as calendar values: rules written by us (see `grammar`)."""
