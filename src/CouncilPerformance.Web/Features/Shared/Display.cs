using System.Globalization;
using CouncilPerformance.Core.Kpis;
using CouncilPerformance.Core.Recommendations;
using CouncilPerformance.Core.Results;

namespace CouncilPerformance.Web.Features.Shared;

/// <summary>The words the council uses for each status and unit, in one place.</summary>
public static class Display
{
    private static readonly CultureInfo _ukCulture = CultureInfo.GetCultureInfo("en-GB");

    public static string Label(RagStatus rag) => rag switch
    {
        RagStatus.Green => "Green",
        RagStatus.Amber => "Amber",
        RagStatus.Red => "Red",
        _ => "Grey",
    };

    public static string Describe(RagStatus rag) => rag switch
    {
        RagStatus.Green => "On target",
        RagStatus.Amber => "Off target, within tolerance",
        RagStatus.Red => "Off target",
        _ => "No target set, or cannot be judged",
    };

    /// <summary>A target in the council's words, of any kind: "94%", "To increase", "Within 580–630", "No target set".</summary>
    public static string Target(TargetTerms? terms, KpiUnit unit, string? unitLabel, Polarity polarity) =>
        terms is null ? "No target set" : terms.Describe(polarity, n => Value(n, unit, unitLabel));

    /// <summary>A target of any kind; when only a number is known (older callers), that number.</summary>
    public static string Target(TargetTerms? terms, decimal? number, KpiUnit unit, string? unitLabel, Polarity polarity) =>
        Target(terms ?? (number is { } n ? TargetTerms.Number(n) : null), unit, unitLabel, polarity);

    /// <summary>A status in the council's words, with the reason when it cannot be judged.</summary>
    public static string Status(TargetRating rating) => rating.Words;

    public static string Label(Direction direction) => direction switch
    {
        Direction.Better => "Better",
        Direction.Worse => "Worse",
        Direction.Unchanged => "No change",
        _ => "Not comparable",
    };

    public static string Label(RecommendationStatus status) => Core.PublicSite.Words.Of(status);

    public static string Label(DecisionOutcome outcome) => Core.PublicSite.Words.Of(outcome);

    public static string Label(Core.Implementation.ImplementationStatus status) => status switch
    {
        Core.Implementation.ImplementationStatus.NotStarted => "Not started",
        Core.Implementation.ImplementationStatus.OnTrack => "On track",
        Core.Implementation.ImplementationStatus.AtRisk => "At risk",
        _ => status.ToString(),
    };

    public static string Label(Core.Implementation.PlanChangeKind change) => change switch
    {
        Core.Implementation.PlanChangeKind.KpiAdded => "KPI added",
        Core.Implementation.PlanChangeKind.KpiRedefined => "KPI redefined",
        Core.Implementation.PlanChangeKind.TargetSet => "Target set",
        _ => "No change to the plan",
    };

    public static string Label(Core.ReportBack.CommitteeViewKind view) => view switch
    {
        Core.ReportBack.CommitteeViewKind.AcceptAsImplemented => "Accepted as implemented",
        Core.ReportBack.CommitteeViewKind.KeepOpen => "Kept open",
        Core.ReportBack.CommitteeViewKind.Escalate => "Escalated",
        _ => "Response accepted, closed",
    };

    public static string Label(RecommendationAddressee addressee) => addressee switch
    {
        RecommendationAddressee.Cabinet => "Cabinet",
        RecommendationAddressee.ScrutinyCoordinationCommittee => "Scrutiny Co-ordination Committee",
        _ => "Scrutiny board",
    };

    public static string Label(KpiStatus status) => status switch
    {
        KpiStatus.UnderReview => "Under review",
        _ => status.ToString(),
    };

    public static string Label(KpiDesignation designation) => designation == KpiDesignation.National ? "National indicator" : "Locally determined";

    public static string Label(DataFrequency frequency) => frequency switch
    {
        DataFrequency.RollingTwelveMonths => "Rolling twelve months",
        DataFrequency.Periodic => "Every few years",
        _ => frequency.ToString(),
    };

    public static string Label(KpiUnit unit, int? rateBase) => unit switch
    {
        KpiUnit.Rate => rateBase is { } b ? $"Rate per {b.ToString("N0", _ukCulture)}" : "Rate",
        _ => unit.ToString(),
    };

    public static string Label(DataStatus status) => status == DataStatus.NotAvailable ? "Not available" : status.ToString();

    public static string Label(Comparator comparator) => comparator switch
    {
        Comparator.WestMidlands => "West Midlands",
        Comparator.StatisticalNeighbours => "Statistical neighbours",
        _ => "England",
    };

    public static string Month(int? month) => month is >= 1 and <= 12 ? _ukCulture.DateTimeFormat.GetMonthName(month.Value) : "Not stated";

    public static string Date(DateOnly? date) => date?.ToString("d MMMM yyyy", _ukCulture) ?? "";

    public static string Date(DateTime? date) => date?.ToString("d MMMM yyyy, HH:mm", _ukCulture) ?? "";

    /// <summary>A value in the KPI's unit, e.g. "45.2%", "13.0 days", "£1,250", "12,034".</summary>
    public static string Value(decimal? value, KpiUnit unit, string? unitLabel = null)
    {
        if (value is not { } v)
        {
            return "No data";
        }

        return unit switch
        {
            KpiUnit.Percentage => v.ToString("0.#", _ukCulture) + "%",
            KpiUnit.Count => v.ToString("N0", _ukCulture),
            KpiUnit.Money => v.ToString("C0", _ukCulture),
            KpiUnit.Days => v.ToString("0.0", _ukCulture) + " days",
            KpiUnit.Rate => v.ToString("0.0", _ukCulture) + (unitLabel is null ? "" : " " + unitLabel),
            _ => v.ToString("0.##", _ukCulture) + (unitLabel is null ? "" : " " + unitLabel),
        };
    }

    // Scrutiny's words: attendees, what a recommendation asks of a KPI.

    public static string Label(Core.Scrutiny.AttendeeRole role) => role switch
    {
        Core.Scrutiny.AttendeeRole.CabinetMember => "Cabinet Member",
        Core.Scrutiny.AttendeeRole.Officer => "Officer",
        Core.Scrutiny.AttendeeRole.Partner => "Partner",
        _ => "Councillor",
    };

    public static string Label(KpiChangeKind change) => change switch
    {
        KpiChangeKind.ReplaceOrRedefine => "Replace or redefine the KPI",
        KpiChangeKind.AddKpi => "Add a KPI",
        KpiChangeKind.AddComparison => "Add a comparison",
        KpiChangeKind.AddBreakdown => "Add a breakdown",
        KpiChangeKind.Reconsider => "Reconsider the KPI",
        KpiChangeKind.SetTarget => "Set a target",
        _ => "None",
    };
}
