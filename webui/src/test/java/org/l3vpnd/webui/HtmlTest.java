package org.l3vpnd.webui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void escapesTheFiveSpecialCharacters() {
        assertEquals("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;",
                Html.escape("<script>alert('x')</script> & \"q\""));
    }

    @Test
    void leavesPlainTextAloneAndNullEmpty() {
        String plain = "vrf-blue 65000:1 gr\u00fcn";
        assertSame(plain, Html.escape(plain));
        assertEquals("", Html.escape(null));
    }

    @Test
    void alreadyEscapedTextIsEscapedAgain() {
        assertEquals("&amp;lt;", Html.escape("&lt;"));
    }

    @Test
    void writerEscapesTextCellsLinksAndStyledValues() {
        String html = new HtmlWriter()
                .row("<b>", new HtmlWriter.Link("/vrfs/a\"b", "<i>"), new HtmlWriter.Styled("x\"y", "<u>"))
                .toString();
        assertEquals("<tr><td>&lt;b&gt;</td><td><a href=\"/vrfs/a&quot;b\">&lt;i&gt;</a></td>"
                + "<td><span class=\"x&quot;y\">&lt;u&gt;</span></td></tr>", html);
    }
}
