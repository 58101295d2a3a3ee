"""Math rendered when feedback is written: LaTeX to MathML, so a feedback page needs no MathJax and no network.

The markdown of a notebook is rendered by nbconvert's own parser (``MarkdownWithMath``), whose renderer
gets each piece of math it finds (``$...$``, ``$$...$$``, ``\\begin{...}``) as TeX: :class:`MathMLRenderer`
turns it into MathML with `latex2mathml <https://pypi.org/project/latex2mathml/>`_, which browsers
draw natively (Chromium 109+, Firefox, Safari). Math it cannot convert is shown as its TeX source.

Students write some of this math (written answers), and latex2mathml copies ``\\text{...}`` and
``\\href`` into its output as they are: :func:`tex_to_mathml` parses its output and keeps only
MathML elements and presentation attributes (no script, no link, no style), with every text escaped.
"""

from __future__ import annotations

import string
import xml.etree.ElementTree as ET
from html import escape, unescape

from nbconvert.filters.markdown_mistune import IPythonRenderer

MATHML_NS = "http://www.w3.org/1998/Math/MathML"

# MathML presentation elements (MathML Core and a few older ones latex2mathml writes)
ELEMENTS = frozenset(
    "math mrow mi mn mo ms mtext mspace msub msup msubsup mfrac msqrt mroot munder mover munderover "
    "mtable mtr mtd mlabeledtr mstyle mpadded mphantom menclose merror mfenced mmultiscripts mprescripts none "
    "semantics annotation".split()
)
ATTRIBUTES = frozenset(
    "display displaystyle scriptlevel mathvariant mathsize mathcolor mathbackground stretchy fence separator "
    "lspace rspace minsize maxsize symmetric largeop movablelimits accent accentunder form linethickness "
    "width height depth voffset columnalign rowalign columnspacing rowspacing columnlines rowlines frame "
    "framespacing notation open close separators columnspan rowspan align encoding".split()
)


def _alphabet(capital: int, small: int | None = None, digit: int | None = None, **exceptions: str) -> dict[int, str]:
    """A ``str.translate`` table from ASCII letters (and digits) to a Unicode mathematical alphabet."""
    table = {ord(c): chr(capital + i) for i, c in enumerate(string.ascii_uppercase)}
    if small is not None:
        table.update({ord(c): chr(small + i) for i, c in enumerate(string.ascii_lowercase)})
    if digit is not None:
        table.update({ord(c): chr(digit + i) for i, c in enumerate(string.digits)})
    table.update({ord(k): v for k, v in exceptions.items()})
    return table


# MathML Core (Chromium) ignores mathvariant but "normal": \mathbf and friends become the Unicode letters.
MATH_ALPHABETS = {
    "bold": _alphabet(0x1D400, 0x1D41A, 0x1D7CE),
    "bold-italic": _alphabet(0x1D468, 0x1D482),
    "sans-serif": _alphabet(0x1D5A0, 0x1D5BA, 0x1D7E2),
    "double-struck": _alphabet(0x1D538, None, 0x1D7D8, C="ℂ", H="ℍ", N="ℕ", P="ℙ", Q="ℚ", R="ℝ", Z="ℤ"),
}


def _clean(element: ET.Element) -> ET.Element | None:
    """A copy of a MathML element with only allowed elements and attributes (None: drop it)."""
    tag = element.tag.rsplit("}", 1)[-1]
    if tag not in ELEMENTS:
        return None
    out = ET.Element(tag, {k: v for k, v in element.attrib.items() if k in ATTRIBUTES})
    out.text = element.text
    alphabet = MATH_ALPHABETS.get(out.get("mathvariant", ""))
    if alphabet is not None and out.text and not len(element):
        out.text = out.text.translate(alphabet)
        out.set("mathvariant", "normal")
    for child in element:
        cleaned = _clean(child)
        if cleaned is not None:
            cleaned.tail = child.tail
            out.append(cleaned)
    return out


def tex_to_mathml(tex: str, display: bool = False) -> str | None:
    """``<math>`` for a piece of TeX, sanitised (see the module's docstring); None if it cannot be converted."""
    from latex2mathml.converter import convert

    try:
        root = ET.fromstring(convert(tex, display="block" if display else "inline"))
    except Exception:  # latex2mathml raises many types on TeX it does not know; ET on what it copied as is
        return None
    cleaned = _clean(root)
    if cleaned is None:
        return None
    cleaned.set("xmlns", MATHML_NS)
    cleaned.set("display", "block" if display else "inline")
    return ET.tostring(cleaned, encoding="unicode", short_empty_elements=False)


def render_math(tex: str, display: bool, source: str) -> str:
    """HTML for one piece of math: MathML, or its TeX ``source`` (escaped) when it cannot be converted.

    ``tex`` is markdown text, in which an ``&`` may be written ``&amp;`` (student answers are sanitised HTML
    in ``autograded/``): entities are decoded first, as a browser does before MathJax reads the text.
    """
    mathml = tex_to_mathml(unescape(tex).strip(), display)
    if mathml is not None:
        return mathml
    return f"<code class='tex-source'>{escape(source)}</code>"


class MathMLRenderer(IPythonRenderer):
    """nbconvert's markdown renderer, with math as MathML instead of TeX left for MathJax."""

    def block_math(self, body: str) -> str:
        return render_math(body, True, f"$${body}$$")

    def inline_math(self, body: str) -> str:
        return render_math(body, False, f"${body}$")

    def latex_environment(self, name: str, body: str) -> str:
        tex = f"\\begin{{{name}}}{body}\\end{{{name}}}"
        return render_math(tex, True, tex)
