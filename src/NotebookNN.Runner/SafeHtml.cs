using System.Net;
using Ganss.Xss;

namespace NotebookNN.Runner;

/// <summary>
/// Keeps a notebook's text from running in the exported site: HTML from markdown and from cell outputs goes
/// through an allow-list sanitiser (HtmlSanitizer: no scripts, no event handlers, no <c>javascript:</c> or other
/// harmful URLs), and every other notebook field is escaped where it is written.
/// </summary>
internal static class SafeHtml
{
    // What the series' markdown and outputs use beyond HtmlSanitizer's defaults (which already allow tables, lists,
    // headings, code, images and links with safe URLs, and drop script, iframe, object, svg and on* handlers).
    private static readonly string[] ExtraTags = ["details", "summary", "mark", "figure", "figcaption"];
    private static readonly string[] Forms = ["form", "button", "input", "textarea", "select", "option", "optgroup", "fieldset", "legend", "label"];
    private static readonly string[] ExtraAttributes = ["class", "id", "open", "start", "reversed", "aria-hidden", "role"];

    [ThreadStatic]
    private static HtmlSanitizer? _sanitizer;

    /// <summary>The HTML with everything that could run (scripts, handlers, frames, harmful URL schemes) removed.</summary>
    public static string Sanitize(string html) => Sanitizer.Sanitize(html);

    /// <summary>Text as HTML element content or a double-quoted attribute value: <c>&amp; &lt; &gt; " '</c> escaped.</summary>
    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>
    /// True when the text is base64 (whitespace and line breaks allowed, as nbformat stores images), so it can sit
    /// inside a <c>data:</c> URL without ending the attribute.
    /// </summary>
    public static bool IsBase64(string text, out string compact)
    {
        compact = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
        if (compact.Length == 0 || compact.Length % 4 != 0)
        {
            return false;
        }

        var bytes = new byte[compact.Length / 4 * 3];
        return Convert.TryFromBase64String(compact, bytes, out _);
    }

    private static HtmlSanitizer Sanitizer => _sanitizer ??= Create();

    private static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer();
        foreach (var tag in ExtraTags)
        {
            sanitizer.AllowedTags.Add(tag);
        }

        foreach (var tag in Forms)
        {
            sanitizer.AllowedTags.Remove(tag);  // no forms on a course page: nothing to phish with
        }

        foreach (var attribute in ExtraAttributes)
        {
            sanitizer.AllowedAttributes.Add(attribute);
        }

        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("http");
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowDataAttributes = false;
        return sanitizer;
    }
}
