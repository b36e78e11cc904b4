using CouncilPerformance.Core.Results;

namespace CouncilPerformance.Core.Review;

/// <summary>
/// Coventry's second judgement of a KPI, its progress against the previous value. It is independent
/// of the status against target: "improved but off target" is common.
/// </summary>
public enum Progress
{
    Improved,

    /// <summary>"Similar, unchanged or statistically insignificant".</summary>
    Similar,
    GotWorse,

    /// <summary>There is a figure, but nothing it can fairly be compared with (no previous value, or the definition changed).</summary>
    CantSay,

    /// <summary>No figure for the period.</summary>
    NotAvailable,
}

/// <summary>Coventry's first judgement of a KPI, its status against the target.</summary>
public enum TargetStatus
{
    OnTarget,
    OffTarget,
    NoTargetSet,

    /// <summary>A target is set but there is no figure to judge it by.</summary>
    NoData,
}

/// <summary>One KPI's two judgements, as the headline counts them.</summary>
public readonly record struct HeadlineItem(RagStatus Rag, bool HasValue, bool HasTarget, Direction Direction)
{
    public TargetStatus Status => Rag switch
    {
        RagStatus.Green => TargetStatus.OnTarget,
        RagStatus.Red or RagStatus.Amber => TargetStatus.OffTarget,
        _ when !HasTarget => TargetStatus.NoTargetSet,
        _ => TargetStatus.NoData,
    };

    public Progress Progress => !HasValue
        ? Progress.NotAvailable
        : Direction switch
        {
            Direction.Better => Progress.Improved,
            Direction.Unchanged => Progress.Similar,
            Direction.Worse => Progress.GotWorse,
            _ => Progress.CantSay,
        };
}

/// <summary>
/// The counts every Coventry annual report opens with, e.g. 2019/20: "measured by 75 indicators;
/// 39 improved, 11 stayed the same, 13 got worse; for 10 we can't say and 2 are not available",
/// and the share of directional indicators that improved or stayed the same (50/63 = 79%).
/// </summary>
public sealed record PerformanceHeadline(
    int Total,
    int OnTarget,
    int OffTargetRed,
    int OffTargetAmber,
    int NoTargetSet,
    int NoData,
    int Improved,
    int Similar,
    int GotWorse,
    int CantSay,
    int NotAvailable)
{
    public int OffTarget => OffTargetRed + OffTargetAmber;

    /// <summary>The indicators whose direction can be judged: all but "can't say" and "not available".</summary>
    public int Directional => Total - CantSay - NotAvailable;

    /// <summary>(improved + similar) / directional, or null when no indicator is directional.</summary>
    public decimal? ImprovedOrSimilarShare => Directional == 0 ? null : (decimal)(Improved + Similar) / Directional;

    public static PerformanceHeadline From(IEnumerable<HeadlineItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        int total = 0, onTarget = 0, red = 0, amber = 0, noTarget = 0, noData = 0;
        int improved = 0, similar = 0, worse = 0, cantSay = 0, notAvailable = 0;
        foreach (var item in items)
        {
            total++;
            switch (item.Status)
            {
                case TargetStatus.OnTarget: onTarget++; break;
                case TargetStatus.OffTarget when item.Rag == RagStatus.Red: red++; break;
                case TargetStatus.OffTarget: amber++; break;
                case TargetStatus.NoTargetSet: noTarget++; break;
                default: noData++; break;
            }

            switch (item.Progress)
            {
                case Progress.Improved: improved++; break;
                case Progress.Similar: similar++; break;
                case Progress.GotWorse: worse++; break;
                case Progress.CantSay: cantSay++; break;
                default: notAvailable++; break;
            }
        }

        return new PerformanceHeadline(total, onTarget, red, amber, noTarget, noData, improved, similar, worse, cantSay, notAvailable);
    }
}

/// <summary>The council's own words for each judgement, for every page, export and report.</summary>
public static class CouncilWords
{
    public static string Of(TargetStatus status) => status switch
    {
        TargetStatus.OnTarget => "On target",
        TargetStatus.OffTarget => "Off target",
        TargetStatus.NoTargetSet => "No target set",
        _ => "No data",
    };

    public static string Of(Progress progress) => progress switch
    {
        Progress.Improved => "Improved",
        Progress.Similar => "Similar",
        Progress.GotWorse => "Got worse",
        Progress.CantSay => "Can't say",
        _ => "Not available",
    };
}
