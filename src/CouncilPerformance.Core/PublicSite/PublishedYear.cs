using System.Globalization;
using System.Text.RegularExpressions;
using CouncilPerformance.Core.Results;

namespace CouncilPerformance.Core.PublicSite;

/// <summary>
/// A published reporting period as the public site names it: "2024/25" on the page and "2024-25" in
/// addresses, because a slash cannot sit inside one path segment.
/// </summary>
public sealed partial record PublishedYear(int Id, int StartYear, string Label, DateTime? PublishedAt)
{
    /// <summary>The address form, e.g. "2024-25" in <c>/performance/2024-25</c>.</summary>
    public string Slug => SlugOf(StartYear);

    public static string SlugOf(int startYear) => string.Create(CultureInfo.InvariantCulture, $"{startYear}-{(startYear + 1) % 100:00}");

    /// <summary>
    /// Reads "2024-25" (or "2024/25") into 2024. False for anything else, including a second half
    /// that does not follow the first ("2024-27"), so a malformed address is told apart from an
    /// unknown year.
    /// </summary>
    public static bool TryParseSlug(string? slug, out int startYear)
    {
        startYear = 0;
        var match = slug is null ? Match.Empty : SlugPattern().Match(slug);
        if (!match.Success)
        {
            return false;
        }

        var first = int.Parse(match.Groups["start"].Value, CultureInfo.InvariantCulture);
        var second = int.Parse(match.Groups["end"].Value, CultureInfo.InvariantCulture);
        if (first < 1900 || (first + 1) % 100 != second)
        {
            return false;
        }

        startYear = first;
        return true;
    }

    internal static PublishedYear From(ReportingPeriod period) => new(period.Id, period.StartYear, period.Label, period.PublishedAt);

    [GeneratedRegex(@"^(?<start>\d{4})[-/](?<end>\d{2})$")]
    private static partial Regex SlugPattern();
}
