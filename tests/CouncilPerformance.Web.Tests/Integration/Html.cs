using System.Net;
using System.Text.RegularExpressions;

namespace CouncilPerformance.Web.Tests.Integration;

/// <summary>Reads what a person would see in the server-rendered (prerendered) HTML.</summary>
public static partial class Html
{
    /// <summary>
    /// The visible text of the page's <c>&lt;main&gt;</c> (the layout's navigation and app bar left
    /// out), tags removed, entities decoded and whitespace collapsed. Pages without a
    /// <c>&lt;main&gt;</c> (the static Identity pages) give the text of the whole body.
    /// </summary>
    public static string MainText(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var main = MainElement().Match(html);
        return Text(main.Success ? main.Groups["content"].Value : html);
    }

    /// <summary>The text of every <c>&lt;h1&gt;</c> on the page, in order.</summary>
    public static IReadOnlyList<string> H1s(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        return [.. H1Element().Matches(html).Select(m => Text(m.Groups["content"].Value))];
    }

    /// <summary>The cells' text of every table row (<c>&lt;tr&gt;</c>) on the page, header rows included.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> TableRows(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        return [.. RowElement().Matches(html)
            .Select(row => (IReadOnlyList<string>)[.. CellElement().Matches(row.Groups["content"].Value).Select(c => Text(c.Groups["content"].Value))])];
    }

    /// <summary>GETs <paramref name="path"/> and returns the antiforgery token of the first form on it.</summary>
    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string path)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} answered {(int)response.StatusCode}, so there is no form to read a token from.");
        return AntiforgeryToken(html) ?? throw new Xunit.Sdk.XunitException($"GET {path} has no __RequestVerificationToken field.");
    }

    /// <summary>The value of the first <c>__RequestVerificationToken</c> hidden field, or null.</summary>
    public static string? AntiforgeryToken(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var input = TokenInput().Match(html);
        if (!input.Success)
        {
            return null;
        }

        var value = ValueAttribute().Match(input.Value);
        return value.Success ? WebUtility.HtmlDecode(value.Groups["value"].Value) : null;
    }

    /// <summary>The values of every <c>__RequestVerificationToken</c> hidden field, in order.</summary>
    public static IReadOnlyList<string> AntiforgeryTokens(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        return [.. TokenInput().Matches(html).Select(input => ValueAttribute().Match(input.Value))
            .Select(value => value.Success ? WebUtility.HtmlDecode(value.Groups["value"].Value) : "")];
    }

    private static string Text(string fragment)
    {
        var withoutCode = CommentScriptOrStyle().Replace(fragment, " ");
        var withoutTags = Tag().Replace(withoutCode, " ");
        return Whitespace().Replace(WebUtility.HtmlDecode(withoutTags), " ").Trim();
    }

    [GeneratedRegex(@"<main\b[^>]*>(?<content>.*)</main>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex MainElement();

    [GeneratedRegex(@"<h1\b[^>]*>(?<content>.*?)</h1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex H1Element();

    [GeneratedRegex(@"<tr\b[^>]*>(?<content>.*?)</tr>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex RowElement();

    [GeneratedRegex(@"<t[dh]\b[^>]*>(?<content>.*?)</t[dh]>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex CellElement();

    [GeneratedRegex(@"<input\b[^>]*\bname=""__RequestVerificationToken""[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex TokenInput();

    [GeneratedRegex(@"\bvalue=""(?<value>[^""]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex ValueAttribute();

    [GeneratedRegex(@"<!--.*?-->|<(script|style)\b[^>]*>.*?</\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex CommentScriptOrStyle();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
