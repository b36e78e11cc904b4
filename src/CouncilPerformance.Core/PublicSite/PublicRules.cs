using System.Linq.Expressions;
using CouncilPerformance.Core.Kpis;
using CouncilPerformance.Core.Recommendations;
using CouncilPerformance.Core.Results;

namespace CouncilPerformance.Core.PublicSite;

/// <summary>
/// What may be shown to the public, in one place, so the pages, the open data and the reports
/// cannot disagree: results only of published years (and only approved ones), targets of published
/// years, KPIs that are in the plan (not merely proposed), recommendations once the committee has
/// endorsed them (not drafts, not withdrawn), and a decision only once it has been recorded.
/// </summary>
public static class PublicRules
{
    public static readonly Expression<Func<ReportingPeriod, bool>> PeriodIsPublished =
        p => p.State == PeriodState.Published;

    public static readonly Expression<Func<Result, bool>> ResultIsPublic =
        r => r.State == ResultState.Approved && r.ReportingPeriod!.State == PeriodState.Published;

    public static readonly Expression<Func<Target, bool>> TargetIsPublic =
        t => t.ReportingPeriod!.State == PeriodState.Published;

    public static readonly Expression<Func<Kpi, bool>> KpiIsPublic =
        k => k.Status != KpiStatus.Proposed;

    public static readonly Expression<Func<Recommendation, bool>> RecommendationIsPublic =
        r => r.Status != RecommendationStatus.Draft && r.Status != RecommendationStatus.Withdrawn;

    /// <summary>A decision is public once its outcome and date are recorded; until then nothing of it is shown.</summary>
    public static bool DecisionIsRecorded(DecisionOutcome? outcome, DateOnly? decidedOn) => outcome is not null && decidedOn is not null;
}
