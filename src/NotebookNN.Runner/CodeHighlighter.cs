using System.Net;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace NotebookNN.Runner;

/// <summary>Highlights C# for the exported pages with Roslyn's own tokens (no browser library needed).</summary>
internal static class CodeHighlighter
{
    private static readonly HashSet<string> ContextualKeywords =
        ["var", "async", "await", "yield", "record", "nameof", "when", "init", "required", "dynamic", "with", "and", "or", "not", "global"];

    /// <summary>The code as HTML: every character kept, keywords, strings, numbers, comments and directives in spans.</summary>
    public static string ToHtml(string code)
    {
        var tree = CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest, kind: SourceCodeKind.Script));
        var html = new StringBuilder();
        foreach (var token in tree.GetRoot().DescendantTokens(descendIntoTrivia: false))
        {
            AppendTrivia(html, token.LeadingTrivia);
            Append(html, ClassOf(token), token.Text);
            AppendTrivia(html, token.TrailingTrivia);
        }

        return html.ToString();
    }

    private static void AppendTrivia(StringBuilder html, SyntaxTriviaList trivia)
    {
        foreach (var item in trivia)
        {
            var kind = item.Kind();
            var cssClass = kind is SyntaxKind.SingleLineCommentTrivia or SyntaxKind.MultiLineCommentTrivia
                or SyntaxKind.SingleLineDocumentationCommentTrivia or SyntaxKind.MultiLineDocumentationCommentTrivia
                ? "com"
                : item.IsDirective || kind is SyntaxKind.SkippedTokensTrivia or SyntaxKind.ShebangDirectiveTrivia ? "pp" : null;
            Append(html, cssClass, item.ToFullString());
        }
    }

    private static string? ClassOf(SyntaxToken token)
    {
        var kind = token.Kind();
        if (SyntaxFacts.IsKeywordKind(kind) || (kind == SyntaxKind.IdentifierToken && ContextualKeywords.Contains(token.Text)))
        {
            return "kw";
        }

        return kind switch
        {
            SyntaxKind.StringLiteralToken or SyntaxKind.CharacterLiteralToken or SyntaxKind.InterpolatedStringStartToken
                or SyntaxKind.InterpolatedStringEndToken or SyntaxKind.InterpolatedStringTextToken
                or SyntaxKind.InterpolatedVerbatimStringStartToken or SyntaxKind.SingleLineRawStringLiteralToken
                or SyntaxKind.MultiLineRawStringLiteralToken or SyntaxKind.InterpolatedRawStringEndToken
                or SyntaxKind.InterpolatedSingleLineRawStringStartToken or SyntaxKind.InterpolatedMultiLineRawStringStartToken
                or SyntaxKind.Utf8StringLiteralToken => "str",
            SyntaxKind.NumericLiteralToken => "num",
            _ => null,
        };
    }

    private static void Append(StringBuilder html, string? cssClass, string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        var encoded = WebUtility.HtmlEncode(text);
        html.Append(cssClass is null ? encoded : $"<span class=\"{cssClass}\">{encoded}</span>");
    }
}
