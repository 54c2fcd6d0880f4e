/** The text `scan --help` prints. */
export const USAGE = `Usage: npm run --silent scan -- [--json] [--lang xx] INPUT...

Finds figures about North Korean troops in Russia's war against Ukraine in each INPUT.

INPUT
  file.txt        plain text, decoded as UTF-8
  file.html/.htm  HTML; the visible text of its blocks is read (scripts, styles,
                  hidden and form content skipped), blocks joined by a blank line
  http(s)://...   fetched; the Content-Type decides HTML or text
  -               standard input (HTML if it starts like an HTML document)
  Any other file is read as text, or as HTML if it starts like an HTML document.

Options
  --json          print JSON Lines, one object per readable INPUT, in the order given:
                  {"file": "<INPUT as given>", "lang": "en", "figures": [Figure, ...]}
  --lang xx       language of every INPUT: en, uk, ru, de or ko (default: detected,
                  using <html lang> as a hint for HTML)
  -h, --help      print this help

Offsets (start, end) are UTF-16 code unit offsets:
  text  into the file as decoded from UTF-8, unchanged: a byte order mark is kept as
        the character U+FEFF at offset 0, line endings are kept (the same string as
        Node's fs.readFileSync(file, 'utf8')), so text.slice(start, end) === figure.text
  HTML  into the extracted text: each block's text (whitespace collapsed, <br> as
        "\\n", a table row one block with "\\t" between cells) joined with "\\n\\n"
        between blocks

An INPUT that cannot be read (missing file, bad URL, network or HTTP error, binary
content type) prints no line; stderr names it and the reason, and the other INPUTs
are still scanned.

Exit status: 0 when every INPUT was read, 2 when an INPUT could not be read or the
arguments are wrong, 1 on an internal error.
`;
