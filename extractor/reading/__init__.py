"""Reading files into text: bytes decoded, formats (HTML, Markdown, front matter) turned into the text offsets index."""
