"""The default templates, interface strings and assets, shipped in the package as
`generator.templates` (see pyproject.toml); a project's own templates/ overrides them."""
