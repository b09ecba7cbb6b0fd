"""Abstracts pasted from Word, as a CMS or a clipboard keeps them: Word's own markup (Office
tags such as <o:p>, class=, id=, mso-* style properties, conditional comments, <xml> blocks)
shows a reader nothing, so the description keeps none of it as text and the html-stripped
warning does not name it; what a reader could notice (a font, an indent) is still named."""

from __future__ import annotations

from importer import descriptions

# Word's 'Save as web page', its document properties and settings in <xml> blocks, one
# left outside its conditional comment as a CMS that strips comments leaves it.
SAVED_AS_WEB_PAGE = """<!--StartFragment--><!--[if gte mso 9]><xml>
 <o:DocumentProperties><o:Author>Jane Doe</o:Author></o:DocumentProperties>
</xml><![endif]--><xml><w:WordDocument><w:View>Normal</w:View><w:Zoom>0</w:Zoom>
<w:LatentStyles DefLockedState="false">Normal 0 false false</w:LatentStyles>
</w:WordDocument></xml>
<div class=WordSection1 id=ws1 data-ccp-props='{}'>
<p class=MsoNormal>Plain <span style='mso-spacerun:yes'>&nbsp;</span>text.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>In <st1:place w:st="on">Oslo</st1:place>.<o:p></o:p></p>
</div><!--EndFragment-->"""

# A clipboard paste: MsoNormal paragraphs, a bold Word marks mso-bidi-font-weight, and list
# paragraphs whose bullet and number Word writes as text in a Symbol or Times span.
CLIPBOARD_PASTE = """<p class=MsoNormal><b style='mso-bidi-font-weight:normal'>Abstract.</b> \
We study <span lang=EN-GB style='mso-ansi-language:EN-GB'>colour</span>.<o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'>\
<![if !supportLists]><span style='font-family:Symbol;mso-fareast-font-family:Symbol'>\
<span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; \
</span></span></span><![endif]>First point<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='mso-list:l0 level1 lfo1'><!--[if !supportLists]-->\
<span style='mso-list:Ignore'>2.<span>&nbsp;&nbsp; </span></span><!--[endif]-->\
Second point<o:p></o:p></p>"""


def test_a_saved_web_page_keeps_its_words_alone() -> None:
    """Its <xml> blocks' settings ('Normal 0 false false') were left as text in the app."""
    html, _ = descriptions.description_to_html(SAVED_AS_WEB_PAGE, "auto")
    assert html == (
        "<div>\n<p>Plain <span>&nbsp;</span>text.</p>\n<p>&nbsp;</p>\n<p>In Oslo.</p>\n</div>")


def test_a_clipboard_paste_warns_only_of_the_bullets_font_and_indent() -> None:
    assert descriptions.description_to_html(CLIPBOARD_PASTE, "auto") == (
        '<p><b>Abstract.</b> We study <span lang="EN-GB">colour</span>.</p>\n'
        "<p><span><span>·<span>&nbsp;&nbsp; </span></span></span>First point</p>\n"
        "<p><span>2.<span>&nbsp;&nbsp; </span></span>Second point</p>",
        ["style= on <p>", "style font-family on <span>", "style font on <span>"])


def test_a_saved_web_page_warns_of_nothing() -> None:
    """It was warned of as 'Guidebook does not allow comments, <xml>, class= on <div>, id=
    on <div>, data-ccp-props= on <div>, ...', on each of a migration's abstracts."""
    assert descriptions.description_to_html(SAVED_AS_WEB_PAGE, "auto")[1] == []
