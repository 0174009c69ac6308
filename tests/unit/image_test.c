/* Unit tests of image checks: PNG structure built byte by byte with independently computed
 * CRCs, SVG acceptance and every rejection rule, and robustness on truncated and mutated
 * input (each case in a buffer of exactly its size, so ASan sees any read past the end). */
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "image.h"

static arena *mem;

/* The reason of the single violation, or NULL when there is none. */
static const char *why;

static image_kind check(const void *data, size_t len)
{
    uint8_t *copy = malloc(len ? len : 1);
    memcpy(copy, data, len);
    eb_error e;
    eb_error_init(&e, mem);
    image_kind k = image_check(&e, "image", copy, len);
    free(copy);
    why = e.violations ? e.violations->description : NULL;
    CU_ASSERT_TRUE(e.n_violations == (k == IMAGE_NONE && len > 0 ? 1 : 0));
    return k;
}

/* ---- PNG bytes ---- */

static uint32_t bitwise_crc32(const uint8_t *p, size_t n)
{
    uint32_t crc = 0xffffffffu;
    for (size_t i = 0; i < n; i++) {
        crc ^= p[i];
        for (int b = 0; b < 8; b++)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1)));
    }
    return ~crc;
}

typedef struct {
    uint8_t b[IMAGE_MAX_BYTES + 64];
    size_t n;
} bytes;

static void put32(bytes *o, uint32_t v)
{
    for (int s = 24; s >= 0; s -= 8)
        o->b[o->n++] = (uint8_t)(v >> s);
}

static void chunk(bytes *o, const char *type, const void *data, uint32_t len)
{
    put32(o, len);
    size_t start = o->n;
    memcpy(o->b + o->n, type, 4);
    memcpy(o->b + o->n + 4, data, len);
    o->n += 4 + len;
    put32(o, bitwise_crc32(o->b + start, 4 + len));
}

static void signature(bytes *o)
{
    static const uint8_t sig[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    memcpy(o->b, sig, 8);
    o->n = 8;
}

static void ihdr(bytes *o, uint32_t w, uint32_t h, uint8_t depth, uint8_t colour, uint8_t interlace)
{
    uint8_t d[13] = {0};
    for (int k = 0; k < 4; k++) {
        d[k] = (uint8_t)(w >> (24 - 8 * k));
        d[4 + k] = (uint8_t)(h >> (24 - 8 * k));
    }
    d[8] = depth;
    d[9] = colour;
    d[12] = interlace;
    chunk(o, "IHDR", d, 13);
}

/* one grey pixel: zlib header, a stored block holding filter byte 0 and the pixel, Adler-32 */
static const uint8_t pixel_idat[] = {0x78, 0x01, 0x01, 0x02, 0x00, 0xfd, 0xff, 0x00,
                                     0x00, 0x00, 0x02, 0x00, 0x01};

static void minimal_png(bytes *o, uint8_t depth, uint8_t colour)
{
    signature(o);
    ihdr(o, 1, 1, depth, colour, 0);
    chunk(o, "IDAT", pixel_idat, sizeof pixel_idat);
    chunk(o, "IEND", "", 0);
}

static bytes png; /* large: not on the stack */

static void test_crc_reference(void)
{
    CU_ASSERT_EQUAL(bitwise_crc32((const uint8_t *)"IEND", 4), 0xae426082u);
    CU_ASSERT_EQUAL(bitwise_crc32((const uint8_t *)"123456789", 9), 0xcbf43926u);
}

static void test_valid_png(void)
{
    minimal_png(&png, 8, 0);
    CU_ASSERT_EQUAL(check(png.b, png.n), IMAGE_PNG);
    CU_ASSERT_PTR_NULL(why);
    CU_ASSERT_STRING_EQUAL(image_media_type(IMAGE_PNG), "image/png");
    static const uint8_t combos[][2] = {{1, 0}, {16, 0}, {8, 2}, {16, 2}, {1, 3}, {8, 3},
                                        {8, 4}, {16, 4}, {8, 6}, {16, 6}};
    for (size_t i = 0; i < sizeof combos / sizeof combos[0]; i++) {
        minimal_png(&png, combos[i][0], combos[i][1]);
        CU_ASSERT_EQUAL(check(png.b, png.n), IMAGE_PNG);
    }
    signature(&png);
    ihdr(&png, 10000, 10000, 8, 6, 1);
    uint8_t text[] = "Software\0test";
    chunk(&png, "tEXt", text, sizeof text - 1);
    chunk(&png, "IDAT", pixel_idat, 5);
    chunk(&png, "IDAT", pixel_idat + 5, sizeof pixel_idat - 5);
    chunk(&png, "IEND", "", 0);
    CU_ASSERT_EQUAL(check(png.b, png.n), IMAGE_PNG);
}

static void test_png_size_limit(void)
{
    static uint8_t filler[IMAGE_MAX_BYTES];
    signature(&png);
    ihdr(&png, 1, 1, 8, 0, 0);
    /* an IDAT that makes the file exactly IMAGE_MAX_BYTES long */
    uint32_t len = (uint32_t)(IMAGE_MAX_BYTES - png.n - 12 - 12);
    chunk(&png, "IDAT", filler, len);
    chunk(&png, "IEND", "", 0);
    CU_ASSERT_EQUAL(png.n, IMAGE_MAX_BYTES);
    CU_ASSERT_EQUAL(check(png.b, png.n), IMAGE_PNG);
    png.b[png.n] = 0;
    CU_ASSERT_EQUAL(check(png.b, png.n + 1), IMAGE_NONE);
    CU_ASSERT_STRING_EQUAL(why, "is 262145 bytes; at most 262144 are allowed");
    static uint8_t big[300000];
    memcpy(big, "<svg/>", 6);
    CU_ASSERT_EQUAL(check(big, sizeof big), IMAGE_NONE);
    CU_ASSERT_STRING_EQUAL(why, "is 300000 bytes; at most 262144 are allowed");
}

static void expect_png_problem(const char *part)
{
    CU_ASSERT_EQUAL(check(png.b, png.n), IMAGE_NONE);
    if (!why || !strstr(why, part)) {
        fprintf(stderr, "\nwanted \"%s\" in: %s\n", part, why ? why : "(no violation)");
        CU_FAIL("PNG problem");
    }
}

static void test_bad_png(void)
{
    signature(&png);
    ihdr(&png, 0, 1, 8, 0, 0);
    expect_png_problem("0 x 1 pixels");
    signature(&png);
    ihdr(&png, 1, 10001, 8, 0, 0);
    expect_png_problem("1 x 10001 pixels");
    signature(&png);
    ihdr(&png, 0xffffffffu, 1, 8, 0, 0);
    expect_png_problem("4294967295 x 1 pixels");
    static const uint8_t bad_combos[][2] = {{3, 0}, {4, 2}, {16, 3}, {1, 4}, {2, 6},
                                            {8, 5}, {8, 7}, {32, 0}, {0, 0}};
    for (size_t i = 0; i < sizeof bad_combos / sizeof bad_combos[0]; i++) {
        minimal_png(&png, bad_combos[i][0], bad_combos[i][1]);
        expect_png_problem("bit depth");
    }
    signature(&png);
    ihdr(&png, 1, 1, 8, 0, 2);
    expect_png_problem("interlace");

    signature(&png);
    chunk(&png, "IHDR", "\0\0\0\1\0\0\0\1\10\0\0\0", 12);
    expect_png_problem("13-byte IHDR");
    signature(&png);
    chunk(&png, "tEXt", "a\0b", 3);
    ihdr(&png, 1, 1, 8, 0, 0);
    expect_png_problem("13-byte IHDR");
    signature(&png);
    ihdr(&png, 1, 1, 8, 0, 0);
    ihdr(&png, 1, 1, 8, 0, 0);
    expect_png_problem("more than one IHDR");

    minimal_png(&png, 8, 0);
    png.b[8 + 8 + 13 + 3] ^= 1; /* the IHDR CRC */
    expect_png_problem("wrong CRC in the IHDR chunk");
    minimal_png(&png, 8, 0);
    png.b[8 + 25 + 8] ^= 0x40; /* IDAT data */
    expect_png_problem("wrong CRC in the IDAT chunk");
    minimal_png(&png, 8, 0);
    png.b[8 + 25 + 4] = '1'; /* IDAT type */
    expect_png_problem("four letters");

    signature(&png);
    ihdr(&png, 1, 1, 8, 0, 0);
    chunk(&png, "IEND", "", 0);
    expect_png_problem("no IDAT");
    signature(&png);
    ihdr(&png, 1, 1, 8, 0, 0);
    chunk(&png, "IDAT", pixel_idat, sizeof pixel_idat);
    expect_png_problem("truncated");
    minimal_png(&png, 8, 0);
    png.b[png.n++] = 0;
    expect_png_problem("data after the IEND chunk");

    signature(&png);
    ihdr(&png, 1, 1, 8, 0, 0);
    put32(&png, 0xffffffffu); /* a chunk length far past the end */
    memcpy(png.b + png.n, "IDAT\0\0\0\0\0\0\0\0", 12);
    png.n += 12;
    expect_png_problem("truncated");
}

static void test_png_prefixes_and_flips(void)
{
    minimal_png(&png, 8, 0);
    bytes *copy = malloc(sizeof *copy);
    for (size_t len = 1; len < png.n; len++) {
        CU_ASSERT_EQUAL(check(png.b, len), IMAGE_NONE);
        CU_ASSERT_PTR_NOT_NULL(why);
    }
    for (size_t i = 0; i < png.n; i++) {
        for (int bit = 0; bit < 8; bit++) {
            memcpy(copy->b, png.b, png.n);
            copy->b[i] ^= (uint8_t)(1 << bit);
            /* the CRC catches every single-bit error inside a chunk */
            CU_ASSERT_EQUAL(check(copy->b, png.n), IMAGE_NONE);
        }
    }
    free(copy);
}

static void test_other_formats(void)
{
    CU_ASSERT_EQUAL(check("", 0), IMAGE_NONE);
    CU_ASSERT_PTR_NULL(why);
    CU_ASSERT_PTR_NULL(image_media_type(IMAGE_NONE));
    static const char *const magics[] = {"\xff\xd8\xff\xe0\0\x10JFIF", "GIF89a\1\0\1\0", "GIF87a",
                                         "BM\x3a\0\0\0", "RIFF\0\0\0\0WEBPVP8 ", "%PDF-1.7",
                                         "hello", "\x89PNG", "  \n", "\xef\xbb\xbf"};
    for (size_t i = 0; i < sizeof magics / sizeof magics[0]; i++) {
        CU_ASSERT_EQUAL(check(magics[i], strlen(magics[i])), IMAGE_NONE);
        CU_ASSERT_STRING_EQUAL(why, "must be a PNG or SVG image");
    }
}

/* ---- SVG ---- */

static void accept_svg(const char *doc, int line)
{
    if (check(doc, strlen(doc)) != IMAGE_SVG) {
        fprintf(stderr, "\nline %d: rejected (%s): %s\n", line, why, doc);
        CU_FAIL("SVG rejected");
    }
}

static void reject_svg(const char *doc, const char *part, int line)
{
    if (check(doc, strlen(doc)) != IMAGE_NONE || !why || !strstr(why, part)) {
        fprintf(stderr, "\nline %d: wanted \"%s\", got %s: %s\n", line, part,
                why ? why : "acceptance", doc);
        CU_FAIL("SVG not rejected as expected");
    }
}

#define ACCEPT(doc) accept_svg(doc, __LINE__)
#define REJECT(doc, part) reject_svg(doc, part, __LINE__)

#define NS "xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""

static const char *const full_svg =
    "\xef\xbb\xbf<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
    "<!-- Created with a badge designer -->\n"
    "<svg " NS " xmlns:inkscape=\"http://www.inkscape.org/namespaces/inkscape\"\n"
    "     width='200' height=\"200\" viewBox=\"0 0 200 200\" inkscape:version=\"1.2\">\n"
    "  <title>Badge &amp; caf\xc3\xa9 &#x1F393;</title>\n"
    "  <defs>\n"
    "    <linearGradient id=\"g\" x1=\"0\" x2=\"1\"><stop offset=\"0\" stop-color=\"#fff\"/>"
    "<stop offset=\"1\" style=\"stop-color: #00f\"/></linearGradient>\n"
    "    <circle id=\"a\" r=\"10\"/>\n"
    "    <filter id=\"f\"><feGaussianBlur stdDeviation=\"2\"/></filter>\n"
    "    <style><![CDATA[ .b { fill: url(#g); } ]]> .c { stroke: URL( '#g' ) } </style>\n"
    "  </defs>\n"
    "  <rect width=\"200\" height=\"200\" fill=\"url(#g)\" filter=\"url(&quot;#f&quot;)\"/>\n"
    "  <use href=\"#a\" x=\"5\"/><use xlink:href=\"&#35;a\"/>\n"
    "  <image width=\"1\" height=\"1\" href=\"data:image/png;base64,iVBORw0KGgo=\"/>\n"
    "  <image xlink:href=\"DATA:image/jpeg;base64,\n   /9j/4AAQSkZJRg==\"/>\n"
    "  <a href=\"#a\"><text x=\"1\" y=\"2\">a &lt; b &gt; c ]]&gt; &#233;</text></a>\n"
    "  <animate attributeName=\"opacity\" values=\"0;1\" dur=\"1s\"/>\n"
    "  <set attributeName=\"fill\" to=\"red\"/>\n"
    "  <g><g><g><path d=\"M0 0L10 10z\"/></g></g></g>\n"
    "</svg>";

static void test_valid_svg(void)
{
    ACCEPT("<svg/>");
    ACCEPT("<svg " NS "></svg>");
    ACCEPT(" \n<svg " NS " >\n</svg>\n<!-- trailing comment -->\n");
    ACCEPT("<?xml version='1.0'?><svg/>");
    ACCEPT("<?xml version=\"1.0\" encoding=\"utf-8\"?><svg/>");
    ACCEPT(full_svg);
    CU_ASSERT_STRING_EQUAL(image_media_type(IMAGE_SVG), "image/svg+xml");
    ACCEPT("<svg><style>.a{fill:red} /* no imports here */</style><style/></svg>");
    ACCEPT("<svg><metadata><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
           "<cc:Work xmlns:cc=\"http://creativecommons.org/ns#\" rdf:about=\"\"/></rdf:RDF></metadata></svg>");
}

static void test_svg_scripts(void)
{
    REJECT("<svg onload=\"alert(1)\"/>", "scripts (onload attribute)");
    REJECT("<svg onload=alert(1)>", "scripts (onload attribute)");
    REJECT("<svg><rect ONCLICK='x'/></svg>", "scripts (ONCLICK attribute)");
    REJECT("<svg><rect ev:onclick='x'/></svg>", "scripts");
    REJECT("<svg><script>alert(1)</script></svg>", "SVG must not contain scripts");
    REJECT("<svg><SCRIPT>alert(1)</SCRIPT></svg>", "SVG must not contain scripts");
    REJECT("<svg><h:script xmlns:h=\"http://www.w3.org/1999/xhtml\">x</h:script></svg>", "scripts");
    REJECT("<svg><a href=\"javascript:alert(1)\"><text>x</text></a></svg>", "scripts (javascript: URL)");
    REJECT("<svg><a xlink:href=\"&#x6a;avascript:alert(1)\"/></svg>", "javascript:");
    REJECT("<svg><a href=\"&#106;ava&#x09;script&#58;alert(1)\"/></svg>", "javascript:");
    REJECT("<svg><a href=\" \n JaVaScRiPt:alert(1)\"/></svg>", "javascript:");
    REJECT("<svg><a href=\"java\nscript:alert(1)\"/></svg>", "javascript:");
    REJECT("<svg><rect style=\"x:java\\73 cript:1\"/></svg>", "javascript:");
    REJECT("<svg><rect class=\"javascript:void(0)\"/></svg>", "javascript:");
    REJECT("<svg><style>.a{behavior:expression(alert(1))}</style></svg>", "scripts");
    static const char *const elements[] = {"foreignObject", "iframe", "embed", "object", "audio",
                                           "video", "handler", "listener", "FOREIGNOBJECT", "x:iframe"};
    for (size_t i = 0; i < sizeof elements / sizeof elements[0]; i++) {
        char doc[128], want[64];
        snprintf(doc, sizeof doc, "<svg><%s width=\"1\"/></svg>", elements[i]);
        const char *local = strchr(elements[i], ':') ? strchr(elements[i], ':') + 1 : elements[i];
        snprintf(want, sizeof want, "SVG must not contain %s elements", local);
        REJECT(doc, want);
    }
    REJECT("<svg><animate attributeName=\"href\" values=\"#a;#b\"/></svg>", "must not animate");
    REJECT("<svg><set attributeName=\"xlink:href\" to=\"#b\"/></svg>", "attributeName \"xlink:href\"");
    REJECT("<svg><animate attributeName=\" onclick \" to=\"x\"/></svg>", "must not animate");
    REJECT("<svg><animateTransform attributeName=\"HREF\"/></svg>", "must not animate");
    REJECT("<svg><set to=\"javascript:alert(1)\" attributeName=\"fill\"/></svg>", "javascript:");
    ACCEPT("<svg><animateMotion dur=\"1s\" path=\"M0 0\"/><animate attributeName=\"x\" to=\"1\"/></svg>");
}

static void test_svg_external_references(void)
{
    REJECT("<svg><a xlink:href=\"http://evil\"><text>x</text></a></svg>",
           "SVG must not refer to external resources (xlink:href \"http://evil\")");
    REJECT("<svg><image href=\"https://x/y.png\"/></svg>",
           "SVG must not refer to external resources (href \"https://x/y.png\")");
    REJECT("<svg><use href=\"other.svg#a\"/></svg>", "external resources");
    REJECT("<svg><use href=\"\"/></svg>", "external resources");
    REJECT("<svg><use href=\"#\"/></svg>", "external resources");
    REJECT("<svg><image href=\"data:image/svg+xml;base64,PHN2Zz4=\"/></svg>", "external resources");
    REJECT("<svg><image href=\"data:image/png;base64,iVBOR&lt;w0=\"/></svg>", "external resources");
    REJECT("<svg><image href=\"data:text/html,&lt;script&gt;\"/></svg>", "external resources");
    REJECT("<svg><feImage src=\"https://x\"/></svg>", "external resources (src");
    REJECT("<svg xml:base=\"http://evil/\"><use href=\"#a\"/></svg>", "external resources (xml:base");
    REJECT("<svg><rect style=\"fill:url(http://evil/x.svg#g)\"/></svg>", "url() other than url(#id)");
    REJECT("<svg><rect fill=\"url(https://evil#g)\"/></svg>", "url()");
    REJECT("<svg><rect filter=\"URL( 'http://x' )\"/></svg>", "url()");
    REJECT("<svg><rect fill=\"url(#g) url(x)\"/></svg>", "url()");
    REJECT("<svg><style>@import url(http://x);</style></svg>", "(@import)");
    REJECT("<svg><style>@import 'http://x/a.css';</style></svg>", "(@import)");
    REJECT("<svg><style>@&#105;mport 'x';</style></svg>", "(@import)");
    REJECT("<svg><style>@IMPORT 'x';</style></svg>", "(@import)");
    REJECT("<svg><style><![CDATA[ .a{background:url(http://x)} ]]></style></svg>", "url()");
    REJECT("<svg><style>.a{background:u\\72l(http://x)}</style></svg>", "url()");
    REJECT("<svg><style>.a{background:ur<![CDATA[l(http://x)]]>}</style></svg>", "url()");
    REJECT("<svg><style>.a{background:ur<!-- -->l(http://x)}</style></svg>", "url()");
    REJECT("<svg><style>.a{background:-webkit-image-set('x.png' 1x)}</style></svg>", "image-set()");
    REJECT("<svg><style>@font-face{src:url(data:font/woff2;base64,AA)}</style></svg>", "url()");
}

static void test_svg_declarations_and_structure(void)
{
    REJECT("<!DOCTYPE svg [<!ENTITY x \"y\">]><svg>&x;</svg>", "DOCTYPE or ENTITY declarations");
    REJECT("<!doctype svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"x.dtd\"><svg/>", "DOCTYPE");
    REJECT("<svg><!ENTITY x \"y\"></svg>", "DOCTYPE or ENTITY declarations");
    REJECT("<?xml-stylesheet href=\"http://x/a.css\"?><svg/>",
           "processing instructions (<?xml-stylesheet)");
    REJECT("<svg><?php echo 1; ?></svg>", "processing instructions (<?php)");
    REJECT("<?xml version=\"1.0\"?><?xml version=\"1.0\"?><svg/>", "processing instructions (<?xml)");
    REJECT(" <?xml version=\"1.0\"?><svg/>", "processing instructions");
    REJECT("<?xml version=\"1.0\" encoding=\"UTF-7\"?><svg/>",
           "UTF-8 text (its XML declaration says UTF-7)");
    REJECT("<?xml version=\"1.0\" encoding=UTF-8?><svg/>", "well-formed");
    REJECT("<?xml version=\"1.0\"<svg/>", "unterminated XML declaration");
    REJECT("<html><body>x</body></html>", "SVG root element must be svg, not html");
    REJECT("<SVG/>", "root element must be svg, not SVG");
    REJECT("<svg:svg xmlns:svg=\"http://www.w3.org/2000/svg\"/>", "root element must be svg");
    REJECT("<svg/><svg/>", "a second root element");
    REJECT("<svg/>text", "text outside the root element");
    REJECT("<!-- only a comment -->", "no svg element");
    REJECT("<svg>&foo;</svg>", "unknown entity");
    REJECT("<svg>&amp</svg>", "unknown entity");
    REJECT("<svg>a & b</svg>", "unknown entity");
    REJECT("<svg>&#0;</svg>", "bad character reference");
    REJECT("<svg>&#x110000;</svg>", "bad character reference");
    REJECT("<svg>&#xD800;</svg>", "bad character reference");
    REJECT("<svg>&#12a;</svg>", "bad character reference");
    REJECT("<svg>&#;</svg>", "bad character reference");
    REJECT("<svg x=\"&#106\"/>", "bad character reference");
    REJECT("<svg><!-- <script>alert(1)</script> --></svg>", "must not contain '<'");
    REJECT("<svg><title><![CDATA[</title><img src=x onerror=alert(1)>]]></title></svg>",
           "must not contain '<'");
    REJECT("<svg><!-- a -- b --></svg>", "'--' inside a comment");
    REJECT("<svg><!-- a ---></svg>", "'--' inside a comment");
    REJECT("<svg><!-- a </svg>", "unterminated comment");
    REJECT("<svg><!-- a ", "unterminated comment");
    REJECT("<svg><![CDATA[ a </svg>", "unterminated CDATA");
    REJECT("<![CDATA[x]]><svg/>", "CDATA section outside the root element");
    REJECT("<svg>\x01</svg>", "control characters");
    REJECT("<svg>\xff</svg>", "UTF-8");
    REJECT("<svg>\xc0\xbc</svg>", "UTF-8");
    REJECT("<svg><g></svg>", "end tag that does not match");
    REJECT("<svg><g>", "an element that is not closed");
    REJECT("<svg></g></svg>", "end tag that does not match");
    REJECT("<svg></svg></svg>", "end tag that does not match");
    REJECT("<svg x=1/>", "unquoted attribute value");
    REJECT("<svg x/>", "attribute without a value");
    REJECT("<svg a=\"1\"b=\"2\"/>", "bad attribute");
    REJECT("<svg/x=\"1\">", "'/' inside a tag");
    REJECT("<svg x=\"a<b\"/>", "unterminated attribute value");
    REJECT("<svg x=\"1", "unterminated attribute value");
    REJECT("<svg", "unterminated tag");
    REJECT("<svg>< g/></svg>", "'<' without a tag");
    REJECT("<svg></ svg>", "bad end tag");
    char deep[4096] = "<svg>";
    for (int i = 0; i < 300; i++)
        strcat(deep, "<g>");
    REJECT(deep, "more than 256 deep");
}

/* Every strict prefix of an SVG ending in its root's end tag is rejected; mutated copies
 * are judged without reading outside their buffer. */
static void test_svg_prefixes_and_mutations(void)
{
    size_t n = strlen(full_svg);
    for (size_t len = 1; len < n; len++) {
        CU_ASSERT_EQUAL(check(full_svg, len), IMAGE_NONE);
        CU_ASSERT_PTR_NOT_NULL(why);
    }
    static const char replacements[] = "<>\"'&;#/=!?-[]x \\:\x80\xff";
    char *copy = malloc(n);
    int accepted = 0;
    for (size_t i = 0; i < n; i++) {
        for (size_t r = 0; r < sizeof replacements; r++) { /* includes the '\0' */
            memcpy(copy, full_svg, n);
            copy[i] = replacements[r];
            accepted += check(copy, n) == IMAGE_SVG;
        }
        if (i % 64 == 0)
            arena_reset(mem);
    }
    free(copy);
    CU_ASSERT_TRUE(accepted > 0);
}

int main(void)
{
    mem = arena_create();
    CU_initialize_registry();
    CU_pSuite s = CU_add_suite("image", NULL, NULL);
    CU_add_test(s, "CRC-32 reference values", test_crc_reference);
    CU_add_test(s, "valid PNG", test_valid_png);
    CU_add_test(s, "PNG size limit", test_png_size_limit);
    CU_add_test(s, "bad PNG", test_bad_png);
    CU_add_test(s, "PNG prefixes and bit flips", test_png_prefixes_and_flips);
    CU_add_test(s, "other formats", test_other_formats);
    CU_add_test(s, "valid SVG", test_valid_svg);
    CU_add_test(s, "SVG scripts", test_svg_scripts);
    CU_add_test(s, "SVG external references", test_svg_external_references);
    CU_add_test(s, "SVG declarations and structure", test_svg_declarations_and_structure);
    CU_add_test(s, "SVG prefixes and mutations", test_svg_prefixes_and_mutations);
    int rc = test_run_all();
    arena_destroy(mem);
    return rc;
}
