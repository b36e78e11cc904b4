using CouncilPerformance.Core.PublicSite;
using CouncilPerformance.Core.Recommendations;

namespace CouncilPerformance.Web.Features.Reports;

/// <summary>Reads the tracker's filters from the address (<c>?series=1&amp;body=Cabinet&amp;status=AwaitingDecision</c>).</summary>
public static class TrackerFilter
{
    public static IReadOnlyList<(string Value, string Text)> Bodies { get; } =
        [.. Enum.GetValues<RecommendationAddressee>().Select(a => (a.ToString(), Words.Of(a)))];

    public static IReadOnlyList<RecommendationStatus> Statuses { get; } =
        [.. Enum.GetValues<RecommendationStatus>().Where(s => s is not (RecommendationStatus.Draft or RecommendationStatus.Withdrawn))];

    /// <summary>The filter, or an error naming the value that is not recognised.</summary>
    public static (RecommendationRecordFilter? Filter, string? Error) Parse(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        int? series = null;
        if (query["series"].ToString() is { Length: > 0 } s)
        {
            if (!int.TryParse(s, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id))
            {
                return (null, $"The deep dive \"{s}\" is not a number.");
            }

            series = id;
        }

        RecommendationAddressee? body = null;
        if (query["body"].ToString() is { Length: > 0 } b)
        {
            if (!Enum.TryParse<RecommendationAddressee>(b, ignoreCase: false, out var parsed) || !Enum.IsDefined(parsed))
            {
                return (null, $"\"{b}\" is not a body recommendations are put to. Use {string.Join(", ", Bodies.Select(x => x.Value))}.");
            }

            body = parsed;
        }

        var statuses = new List<RecommendationStatus>();
        foreach (var value in query["status"].Where(v => !string.IsNullOrEmpty(v)))
        {
            if (!Enum.TryParse<RecommendationStatus>(value, ignoreCase: false, out var parsed) || !Statuses.Contains(parsed))
            {
                return (null, $"\"{value}\" is not a status the tracker shows.");
            }

            statuses.Add(parsed);
        }

        return (new RecommendationRecordFilter { SeriesId = series, AddressedTo = body, Statuses = statuses.Count == 0 ? null : statuses }, null);
    }
}
