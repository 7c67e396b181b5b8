"""E: encoding and markup damage -- mojibake, HTML entities and tags, invisible characters."""
