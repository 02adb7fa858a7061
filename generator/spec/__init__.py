"""The intermediate spec: plain, typed data between the parser and the renderers."""
