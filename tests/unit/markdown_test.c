/* Unit tests of Markdown sanitizing: Markdown survives, HTML is cut down to the safe
 * subset, obfuscated attacks do not get through, and random markup keeps the invariants. */
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "harness.h"
#include "markdown.h"
#include "utf8.h"

static arena *mem;

static const char *san(const char *in) { return markdown_sanitize(mem, in); }

#define SAME(in) CU_ASSERT_STRING_EQUAL(san(in), in)
#define GIVES(in, want) CU_ASSERT_STRING_EQUAL(san(in), want)

static void test_markdown_survives(void)
{
    SAME("# Title\n\n## Sub *title*\n\n- item 1\n- item **2**\n\n1. one\n2. two\n");
    SAME("A [link](https://www.surf.nl/edubadges?a=1&b=2) and ![img](https://x.nl/a.png \"t\")");
    SAME("> quoted\n\n    indented code\n\n```\nfenced & \"quoted\"\n```\n");
    SAME("a < b, c > d, 3<4, x <= y, a <- b, <3, << and < at the end <");
    SAME("&amp; &lt;b&gt; &#60;script&#62; stay entities for the renderer");
    SAME("autolinks <https://x.nl>, <http://x.nl/a?b=c&d=e#f>, <mailto:jan@uu.nl?subject=Hi>");
    SAME("mail <jan.jansen+badges@student.uu.nl> and <HTTPS://X.NL/>");
    SAME("Caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x8e\x93 <\xc3\xa9>");
    GIVES(NULL, "");
    GIVES("", "");
}

static void test_code_spans_are_not_special(void)
{
    /* documented choice: HTML inside backticks is sanitized like any other HTML */
    GIVES("`<b>bold</b>` and `<img src=x>` and `<script>x</script>`", "`<b>bold</b>` and `` and ``");
    GIVES("```\n<p class=x>hi</p>\n```", "```\n<p>hi</p>\n```");
}

static void test_comments(void)
{
    GIVES("a<!-- hidden -->b", "ab");
    GIVES("a<!-->b", "ab");
    GIVES("a<!--->b", "ab");
    GIVES("a<!--x-->b", "ab");
    GIVES("a<!-- x --->b", "ab");
    GIVES("a<!-- x --!>b", "ab");
    GIVES("a<!-- <script>alert(1)</script> -->b", "ab");
    GIVES("<!--><script>alert(1)</script>-->", "-->");
    GIVES("a<!-- unterminated <script>alert(1)</script>", "a");
    GIVES("a<!DOCTYPE html>b<![CDATA[x]]>c<?php echo 1; ?>d", "abcd");
    GIVES("a <!x and <?y", "a &lt;!x and &lt;?y");
    /* what is left after removing markup must not splice into a new tag */
    GIVES("<<!---->script>alert(1)<<b>/script>", "&lt;script>alert(1)<<b>/script>");
    GIVES("<<img src=x>img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)>");
    GIVES("<<script>x</script>!-- x", "&lt;!-- x");
}

static void test_dropped_elements(void)
{
    static const char *const names[] = {"script", "style", "iframe", "object", "embed",
                                        "template", "noscript", "svg", "math", "textarea",
                                        "title", "xmp", "SCRIPT", "Style"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        char in[160], unterminated[160];
        snprintf(in, sizeof in, "a<%s x=\"1\">inner <b>bold</b></%s >b", names[i], names[i]);
        snprintf(unterminated, sizeof unterminated, "a<%s>inner <b>bold</b>", names[i]);
        CU_ASSERT_STRING_EQUAL(san(in), "ab");
        CU_ASSERT_STRING_EQUAL(san(unterminated), "a");
    }
    GIVES("a<ScRiPt>alert(1)</sCrIpT>b", "ab");
    GIVES("a<script>alert(1)", "a");
    GIVES("a<script src=//evil.example/x.js", "a");
    GIVES("a<script", "a");
    GIVES("a<script/src=x></script>b", "ab");
    GIVES("a<script>x</scriptx>y</script>b", "ab");
    GIVES("<scr<script>ipt>alert(1)</script>", "&lt;scr");
    GIVES("<scr<script>ipt>alert(1)</script>ipt>", "&lt;script>");
    GIVES("<svg onload=alert(1)><circle/></svg>ok", "ok");
    GIVES("<math><mtext><img src=x onerror=alert(1)></mtext></math>ok", "ok");
    GIVES("<style>*{background:url(javascript:x)}</style>ok", "ok");
    GIVES("<scriptx>text</scriptx>", "text");
    GIVES("</script>stray end tag", "stray end tag");
}

static void test_other_tags_lose_markup_keep_text(void)
{
    GIVES("<img src=x onerror=alert(1)>", "");
    GIVES("<IMG SRC=\"javascript:alert(1)\">", "");
    GIVES("<div class=\"x\">text</div>", "text");
    GIVES("<span style=\"color:red\">t</span>", "t");
    GIVES("<details open ontoggle=alert(1)>x</details>", "x");
    GIVES("<input autofocus onfocus=alert(1)>", "");
    GIVES("<body onload=alert(1)>", "");
    GIVES("<form action=https://evil><button>go</button></form>", "go");
    GIVES("<noembed><img title=\"</noembed><img src onerror=alert(1)>\"></noembed>", "");
    GIVES("<plaintext><b>x</b>", "<b>x</b>");
}

static void test_safe_tags_are_rewritten(void)
{
    GIVES("<p style=\"x\" class=y>t</p>", "<p>t</p>");
    GIVES("<P onclick=\"alert(1)\">t</P>", "<p>t</p>");
    GIVES("<B>b</B><strong>s</strong><i>i</i><em>e</em><u>u</u><s>s</s><del>d</del>",
          "<b>b</b><strong>s</strong><i>i</i><em>e</em><u>u</u><s>s</s><del>d</del>");
    GIVES("H<sub>2</sub>O x<sup id=a>2</sup>", "H<sub>2</sub>O x<sup>2</sup>");
    GIVES("line<br/>next<br />x<BR>y<br\n/>", "line<br>next<br>x<br>y<br>");
    GIVES("<h1 id=x>T</h1><h6>t</h6><hr/><hr class=x>", "<h1>T</h1><h6>t</h6><hr><hr>");
    GIVES("<pre lang=c><code class=\"c\">x &lt; y</code></pre>", "<pre><code>x &lt; y</code></pre>");
    GIVES("<blockquote cite=\"https://x\">q</blockquote>", "<blockquote>q</blockquote>");
    GIVES("<ul type=disc><li value=1>x</li></ul><ol start=3><li>y</li></ol>",
          "<ul><li>x</li></ul><ol><li>y</li></ol>");
    GIVES("<table border=1><thead><tr><th scope=col>a</th></tr></thead>"
          "<tbody><tr><td colspan=2>b</td></tr></tbody></table>",
          "<table><thead><tr><th>a</th></tr></thead><tbody><tr><td>b</td></tr></tbody></table>");
    GIVES("<p\ntitle='a>b'\n>t</p >", "<p>t</p>");
    GIVES("<p href=\"https://x.nl\">t</p>", "<p>t</p>");
}

static void test_links(void)
{
    GIVES("<a href=\"https://x.nl/a?b=1&amp;c=2\" title=t>x</a>",
          "<a href=\"https://x.nl/a?b=1&amp;c=2\">x</a>");
    GIVES("<a href=\"https://x.nl/a?b=1&c=2\">x</a>", "<a href=\"https://x.nl/a?b=1&amp;c=2\">x</a>");
    GIVES("<A HREF=HTTP://X.NL>x</A>", "<a href=\"HTTP://X.NL\">x</a>");
    GIVES("<a href=mailto:jan@uu.nl>m</a>", "<a href=\"mailto:jan@uu.nl\">m</a>");
    GIVES("<a href='http://x.nl/\"onmouseover=alert(1)'>x</a>",
          "<a href=\"http://x.nl/&quot;onmouseover=alert(1)\">x</a>");
    GIVES("<a href=\"https://x.nl/<script>\">x</a>", "<a href=\"https://x.nl/&lt;script&gt;\">x</a>");
    GIVES("<a href=\" \n https://x.nl \">x</a>", "<a href=\"https://x.nl\">x</a>");
    GIVES("<a href=\"https://x.nl/&#x1F393;\">x</a>", "<a href=\"https://x.nl/\xf0\x9f\x8e\x93\">x</a>");
    GIVES("<a onclick=alert(1) href=https://x.nl>x</a>", "<a href=\"https://x.nl\">x</a>");
    GIVES("<a onclick=\"alert(1)\">x</a>", "<a>x</a>");
    GIVES("<a href=\"https://x.nl\" href=\"javascript:alert(1)\">x</a>", "<a href=\"https://x.nl\">x</a>");
    GIVES("<a href=\"javascript:alert(1)\" href=\"https://x.nl\">x</a>", "<a>x</a>");
    GIVES("<a href>x</a>", "<a>x</a>");
    GIVES("<a href=\"/relative\">x</a><a href=\"#top\">y</a>", "<a>x</a><a>y</a>");
    GIVES("</a href=\"https://x.nl\">", "</a>");
}

static void test_link_scheme_tricks(void)
{
    static const char *const hrefs[] = {
        "javascript:alert(1)",        " JaVaScRiPt:alert(1)",     "\tjavascript:alert(1)",
        "java&#115;cript:alert(1)",   "&#106;avascript:alert(1)", "&#x6A;avascript:alert(1)",
        "&#106avascript:alert(1)",    "&#0000106;avascript:x",    "jav&#x09;ascript:alert(1)",
        "jav\tascript:alert(1)",      "jav&Tab;ascript:x",        "java&NewLine;script:x",
        "javascript&colon;alert(1)",  "javascript&#58;alert(1)",  "javascript&#x3a;alert(1)",
        "&#x0;javascript:alert(1)",   "\x01javascript:alert(1)",  "vbscript:msgbox(1)",
        "data:text/html,<script>x</script>", "https&#0;://x.nl",  "ht\x01tps://x.nl",
        "https&#x3a//x.nl\x7f",       "livescript:x",             "https\xc2\xa0://x.nl",
    };
    for (size_t i = 0; i < sizeof hrefs / sizeof hrefs[0]; i++) {
        char in[160];
        snprintf(in, sizeof in, "<a href=\"%s\">x</a>", hrefs[i]);
        CU_ASSERT_STRING_EQUAL(san(in), "<a>x</a>");
        snprintf(in, sizeof in, "<a href='%s'>x</a>", hrefs[i]);
        CU_ASSERT_STRING_EQUAL(san(in), "<a>x</a>");
    }
    /* references that spell an allowed scheme are fine and are written decoded */
    GIVES("<a href=\"&#104;ttps&colon;//x.nl\">x</a>", "<a href=\"https://x.nl\">x</a>");
}

static void test_malformed_markup_stays_text(void)
{
    GIVES("<a href=\"x>y", "&lt;a href=\"x>y");
    GIVES("<img src=x onerror=alert(1)", "&lt;img src=x onerror=alert(1)");
    GIVES("<details open ontoggle=alert(1)\nx", "&lt;details open ontoggle=alert(1)\nx");
    GIVES("<p <b>x</b>", "&lt;p <b>x</b>");
    GIVES("<a b='1'c=2>x", "&lt;a b='1'c=2>x");
    GIVES("x<y and </ p> and </>", "x&lt;y and &lt;/ p> and &lt;/>");
    GIVES("<javascript:alert(1)>", "&lt;javascript:alert(1)>");
    GIVES("<https://x/contenteditable/autofocus/onfocus=alert(1)>",
          "&lt;https://x/contenteditable/autofocus/onfocus=alert(1)>");
    GIVES("<a/href=&#106avascript&#58alert`1`//@x.nl>", "&lt;a/href=&#106avascript&#58alert`1`//@x.nl>");
    GIVES("<https://x.nl/a style=x>", "&lt;https://x.nl/a style=x>");
}

/* Every '<' before a letter, '/', '!' or '?' in sanitized output starts a tag of the safe
 * subset (a with at most an http, https or mailto href) or an autolink. */
static bool only_safe_markup(const char *s)
{
    static const char *const kept[] = {"p", "br", "b", "strong", "i", "em", "u", "s", "del",
                                       "sub", "sup", "code", "pre", "blockquote", "ul", "ol",
                                       "li", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "a",
                                       "table", "thead", "tbody", "tr", "th", "td"};
    for (const char *p = strchr(s, '<'); p; p = strchr(p + 1, '<')) {
        char c = p[1];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '/' || c == '!' || c == '?'))
            continue;
        const char *name = p + 1 + (c == '/');
        bool ok = false;
        for (size_t k = 0; k < sizeof kept / sizeof kept[0] && !ok; k++) {
            size_t n = strlen(kept[k]);
            ok = strncmp(name, kept[k], n) == 0 && name[n] == '>';
        }
        if (!ok && strncmp(p, "<a href=\"", 9) == 0) {
            const char *v = p + 9;
            ok = (strncasecmp(v, "http:", 5) == 0 || strncasecmp(v, "https:", 6) == 0 ||
                  strncasecmp(v, "mailto:", 7) == 0) &&
                 strcspn(v, "\"<>") == strcspn(v, "\"") && v[strcspn(v, "\"") + 1] == '>';
        }
        if (!ok) {
            size_t n = strcspn(p, " \t\n\r\f>");
            ok = p[n] == '>' && (memchr(p, '@', n) || strncasecmp(p + 1, "http", 4) == 0 ||
                                 strncasecmp(p + 1, "mailto:", 7) == 0);
        }
        if (!ok)
            return false;
    }
    return true;
}

static void test_random_markup(void)
{
    static const char *const pieces[] = {
        "<", ">", "/", "!", "?", "-", "--", "=", "\"", "'", "`", " ", "\n", "\t", "&", "#",
        ";", "a", "p", "b", "x", "1", "@", ":", "script", "SCRIPT", "img", "svg", "href",
        "onload", "style", "javascript:", "java&#115;cript:", "https://x.nl", "mailto:",
        "<!--", "-->", "<a ", "<a href=", "</", "/>", "&#x6a;", "&colon;", "\xc3\xa9",
        "\xf0\x9f\x8e\x93", "<![CDATA[", "]]>", "<?", "<br/>", "<p>", "</p>", "<svg",
    };
    uint64_t seed = 0x9e3779b97f4a7c15u;
    char in[512];
    for (int round = 0; round < 20000; round++) {
        size_t n = 0;
        int count = 1 + (int)(seed % 24);
        for (int k = 0; k < count; k++) {
            seed = seed * 6364136223846793005u + 1442695040888963407u;
            const char *piece = pieces[(seed >> 33) % (sizeof pieces / sizeof pieces[0])];
            size_t len = strlen(piece);
            memcpy(in + n, piece, len);
            n += len;
        }
        in[n] = '\0';
        const char *out = san(in);
        size_t out_len = strlen(out);
        bool ok = out_len <= MARKDOWN_MAX_GROWTH * n && utf8_valid(out, out_len) &&
                  only_safe_markup(out) && strcmp(san(out), out) == 0;
        if (!ok) {
            fprintf(stderr, "\nunsafe or unstable: [%s] -> [%s]\n", in, out);
            CU_FAIL("random markup");
            return;
        }
        if (round % 1000 == 0)
            arena_reset(mem);
    }
}

static void test_growth_is_bounded(void)
{
    char in[1024];
    size_t n = (size_t)snprintf(in, sizeof in, "<a href='https://x/");
    while (n < sizeof in - 3)
        in[n++] = '"';
    memcpy(in + n, "'>", 3);
    n += 2;
    size_t out_len = strlen(san(in));
    CU_ASSERT_TRUE(out_len > 5 * n);
    CU_ASSERT_TRUE(out_len <= MARKDOWN_MAX_GROWTH * n);
    memset(in, 0, sizeof in);
    for (n = 0; n + 2 < sizeof in; n += 2)
        memcpy(in + n, "<x", 2);
    CU_ASSERT_EQUAL(strlen(san(in)), n / 2 * 5);
}

int main(void)
{
    mem = arena_create();
    CU_initialize_registry();
    CU_pSuite s = CU_add_suite("markdown", NULL, NULL);
    CU_add_test(s, "Markdown survives", test_markdown_survives);
    CU_add_test(s, "code spans are not special", test_code_spans_are_not_special);
    CU_add_test(s, "comments and declarations", test_comments);
    CU_add_test(s, "dropped elements", test_dropped_elements);
    CU_add_test(s, "other tags lose markup, keep text", test_other_tags_lose_markup_keep_text);
    CU_add_test(s, "safe tags are rewritten", test_safe_tags_are_rewritten);
    CU_add_test(s, "links", test_links);
    CU_add_test(s, "link scheme tricks", test_link_scheme_tricks);
    CU_add_test(s, "malformed markup stays text", test_malformed_markup_stays_text);
    CU_add_test(s, "random markup", test_random_markup);
    CU_add_test(s, "growth is bounded", test_growth_is_bounded);
    int rc = test_run_all();
    arena_destroy(mem);
    return rc;
}
