using CouncilPerformance.Core.Data;
using CouncilPerformance.Core.Kpis;
using CouncilPerformance.Core.Plan;
using CouncilPerformance.Core.Results;
using CouncilPerformance.Core.Review;
using Microsoft.EntityFrameworkCore;

namespace CouncilPerformance.Core.PublicSite;

/// <summary>
/// Read side of the public performance pages. Everything here passes <see cref="PublicRules"/>:
/// nothing of an unpublished year, an unapproved result or a proposed KPI can come out of it.
/// Each method runs a fixed number of queries whatever the number of KPIs or years.
/// </summary>
public sealed class PublicQueries(IDbContextFactory<AppDbContext> dbFactory)
{
    /// <summary>The published years, newest first.</summary>
    public async Task<IReadOnlyList<PublishedYear>> ListPublishedYearsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await PublishedYearsAsync(db, cancellationToken);
    }

    /// <summary>The newest published year's view, or null while nothing is published.</summary>
    public async Task<PublicYearView?> GetLatestYearAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var years = await PublishedYearsAsync(db, cancellationToken);
        return years.Count == 0 ? null : await BuildYearAsync(db, years[0], years, cancellationToken);
    }

    /// <summary>A published year's view, or null when that year is not published (or does not exist).</summary>
    public async Task<PublicYearView?> GetYearAsync(int startYear, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var years = await PublishedYearsAsync(db, cancellationToken);
        var year = years.FirstOrDefault(y => y.StartYear == startYear);
        return year is null ? null : await BuildYearAsync(db, year, years, cancellationToken);
    }

    /// <summary>A KPI with all its published years, or null for an unknown or merely proposed KPI.</summary>
    public async Task<PublicKpiDetail?> GetKpiAsync(string code, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(code);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var kpi = await db.Kpis.AsNoTracking().Where(PublicRules.KpiIsPublic).Where(k => k.Code == code)
            .Select(k => new
            {
                k.Id,
                Facts = new PublicKpiFacts(
                    k.Code, k.Name, k.Definition, k.Unit, k.RateBase, k.UnitLabel, k.Polarity, k.Designation, k.Frequency, k.FrequencyNote,
                    k.DataSource, k.Priority!.CouncilPlan!.Name, k.Priority.Name, k.Portfolio!.Name, k.SecondaryPortfolio!.Name,
                    k.Portfolio.CabinetMember, k.ServiceArea!.Name,
                    k.ScrutinyBoard!.Name,
                    k.Status,
                    k.ReplacedByKpi!.Code, k.ReplacedByKpi.Name,
                    k.Strategies.OrderBy(s => s.Name).Select(s => s.Name).ToList()),
                k.Polarity,
                k.SimilarBand,
                BoardNumber = k.ScrutinyBoard!.Number,
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (kpi is null)
        {
            return null;
        }

        // The board's name and number are put together here, as ScrutinyBoard.FormatName does, not in SQL.
        var facts = kpi.Facts.ScrutinyBoard is { } board ? kpi.Facts with { ScrutinyBoard = ScrutinyBoard.FormatName(board, kpi.BoardNumber) } : kpi.Facts;

        var years = (await PublishedYearsAsync(db, cancellationToken)).OrderBy(y => y.StartYear).ToList();
        var targets = await db.Targets.AsNoTracking().Where(PublicRules.TargetIsPublic).Where(t => t.KpiId == kpi.Id)
            .Select(t => new { t.ReportingPeriodId, t.Value, t.IsIllustrative, Terms = new TargetTerms(t.Kind, t.Value, t.UpperValue, t.Comparators, t.EqualCounts, t.AmberTolerance) })
            .ToDictionaryAsync(t => t.ReportingPeriodId, cancellationToken);
        var results = await db.Results.AsNoTracking().AsSplitQuery().Where(PublicRules.ResultIsPublic).Where(r => r.KpiId == kpi.Id)
            .Select(r => new
            {
                r.ReportingPeriodId, r.Value, r.Numerator, r.Denominator, r.PeriodNote, r.DataStatus, r.NotAvailableReason,
                r.ExpectedAvailableOn, r.Commentary, r.IsIllustrative, r.SourceNote,
                Comparators = r.Comparators.OrderBy(c => c.Comparator).Select(c => new PublicComparator(c.Comparator, c.Value)).ToList(),
                Breakdowns = r.Breakdowns.Select(b => new PublicBreakdown(b.Category!.Dimension!.Name, b.Category.Name, b.Category.SortOrder, b.Value)).ToList(),
                Corrections = r.Versions.Count,
            })
            .ToDictionaryAsync(r => r.ReportingPeriodId, cancellationToken);
        var changes = await db.KpiDefinitionChanges.AsNoTracking()
            .Where(c => c.KpiId == kpi.Id && c.EffectiveFromPeriod!.State == PeriodState.Published)
            .OrderBy(c => c.EffectiveFromPeriod!.StartYear)
            .Select(c => new { c.EffectiveFromPeriodId, c.EffectiveFromPeriod!.Label, c.Description, c.PreviousDefinition })
            .ToListAsync(cancellationToken);
        var findings = await db.DeepDiveSessions.AsNoTracking()
            .SelectMany(s => s.Kpis.Where(k => k.KpiId == kpi.Id), (s, k) => new PublicFinding(s.Series!.Title, s.Number, s.HeldOn, k.Finding, k.CarriedOver))
            .ToListAsync(cancellationToken);
        var recommendations = await db.Recommendations.AsNoTracking().Where(PublicRules.RecommendationIsPublic)
            .Where(r => r.Kpis.Any(k => k.Id == kpi.Id))
            .OrderBy(r => r.SortOrder).ThenBy(r => r.Id)
            .Select(r => new PublicRecommendationLink(r.Reference, r.Title, r.Wording))
            .ToListAsync(cancellationToken);

        var changedFrom = changes.Select(c => c.EffectiveFromPeriodId).ToHashSet();
        var periods = new List<PublicKpiPeriod>();
        decimal? previous = null;
        foreach (var year in years.Where(y => targets.ContainsKey(y.Id) || results.ContainsKey(y.Id)))
        {
            var target = targets.GetValueOrDefault(year.Id);
            var r = results.GetValueOrDefault(year.Id);
            var result = r is null ? null : new PublicResult(
                r.Value, r.Numerator, r.Denominator, r.PeriodNote, r.DataStatus, r.NotAvailableReason, r.ExpectedAvailableOn, r.Commentary,
                r.IsIllustrative, r.SourceNote, r.Comparators, r.Breakdowns.OrderBy(b => b.Dimension).ThenBy(b => b.SortOrder).ToList(), r.Corrections);
            var value = result?.ShownValue;
            var changedHere = changedFrom.Contains(year.Id);
            var rated = new RatingFacts(value, previous, Comparator(r?.Comparators, Results.Comparator.England),
                Comparator(r?.Comparators, Results.Comparator.StatisticalNeighbours), NotAvailable: value is null, changedHere);
            periods.Add(new PublicKpiPeriod(
                year,
                target?.Value,
                target?.IsIllustrative ?? false,
                result,
                RagRating.Rate(target?.Terms, kpi.Polarity, rated).Rag,
                DirectionOfTravel.Compare(value, previous, kpi.Polarity, changedHere, kpi.SimilarBand),
                changedHere)
            {
                Terms = target?.Terms,
            });
            previous = value;
        }

        return new PublicKpiDetail(
            facts,
            periods,
            changes.Select(c => new PublicDefinitionChange(c.Label, c.Description, c.PreviousDefinition)).ToList(),
            findings.OrderBy(f => f.SessionNumber).ToList(),
            recommendations);
    }

    private static decimal? Comparator(IEnumerable<PublicComparator>? comparators, Results.Comparator which) =>
        comparators?.FirstOrDefault(c => c.Comparator == which)?.Value;

    private static async Task<List<PublishedYear>> PublishedYearsAsync(AppDbContext db, CancellationToken cancellationToken) =>
        (await db.ReportingPeriods.AsNoTracking().Where(PublicRules.PeriodIsPublished)
            .OrderByDescending(p => p.StartYear)
            .ToListAsync(cancellationToken))
        .Select(PublishedYear.From).ToList();

    private static async Task<PublicYearView> BuildYearAsync(AppDbContext db, PublishedYear year, IReadOnlyList<PublishedYear> years, CancellationToken cancellationToken)
    {
        // Direction compares with the previous year only when that year is published too.
        var previousYear = years.FirstOrDefault(y => y.StartYear == year.StartYear - 1);
        var periodIds = previousYear is null ? new[] { year.Id } : [year.Id, previousYear.Id];

        var kpis = await db.Kpis.AsNoTracking().Where(PublicRules.KpiIsPublic)
            .Where(k => k.Status == KpiStatus.Active || k.Status == KpiStatus.UnderReview
                || k.Results.Any(r => r.ReportingPeriodId == year.Id && r.State == ResultState.Approved))
            .OrderBy(k => k.Priority!.SortOrder).ThenBy(k => k.Name)
            .Select(k => new { k.Id, k.Code, k.Name, Priority = k.Priority!.Name, PrioritySort = k.Priority.SortOrder, Portfolio = k.Portfolio!.Name, k.Unit, k.UnitLabel, k.Polarity, k.SimilarBand })
            .ToListAsync(cancellationToken);
        var results = await db.Results.AsNoTracking().Where(PublicRules.ResultIsPublic)
            .Where(r => periodIds.Contains(r.ReportingPeriodId))
            .Select(r => new
            {
                r.KpiId, r.ReportingPeriodId, Value = r.DataStatus == DataStatus.NotAvailable ? null : r.Value, NotAvailable = r.DataStatus == DataStatus.NotAvailable, r.PeriodNote, r.Commentary, r.IsIllustrative,
                England = r.Comparators.Where(c => c.Comparator == Results.Comparator.England).Select(c => (decimal?)c.Value).FirstOrDefault(),
                Neighbours = r.Comparators.Where(c => c.Comparator == Results.Comparator.StatisticalNeighbours).Select(c => (decimal?)c.Value).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var targets = await db.Targets.AsNoTracking()
            .Where(t => t.ReportingPeriodId == year.Id)
            .Select(t => new { t.KpiId, t.Value, t.IsIllustrative, Terms = new TargetTerms(t.Kind, t.Value, t.UpperValue, t.Comparators, t.EqualCounts, t.AmberTolerance) })
            .ToDictionaryAsync(t => t.KpiId, cancellationToken);
        var redefined = (await db.KpiDefinitionChanges.AsNoTracking()
            .Where(c => c.EffectiveFromPeriodId == year.Id)
            .Select(c => c.KpiId)
            .ToListAsync(cancellationToken)).ToHashSet();

        var current = results.Where(r => r.ReportingPeriodId == year.Id).ToDictionary(r => r.KpiId);
        var before = results.Where(r => r.ReportingPeriodId != year.Id).ToDictionary(r => r.KpiId);
        var lines = kpis.Select(k =>
        {
            var now = current.GetValueOrDefault(k.Id);
            var then = before.GetValueOrDefault(k.Id);
            var target = targets.GetValueOrDefault(k.Id);
            var changed = redefined.Contains(k.Id);
            var rag = RagRating.Rate(target?.Terms, k.Polarity, new RatingFacts(now?.Value, then?.Value, now?.England, now?.Neighbours, now?.NotAvailable ?? true, changed)).Rag;
            return new PublicKpiLine(
                k.Code, k.Name, k.Priority, k.PrioritySort, k.Portfolio, k.Unit, k.UnitLabel, k.Polarity,
                now?.Value, now?.PeriodNote, now?.NotAvailable ?? false, target?.Value, then?.Value,
                rag, DirectionOfTravel.Compare(now?.Value, then?.Value, k.Polarity, changed, k.SimilarBand), changed,
                (now?.IsIllustrative ?? false) || (target?.IsIllustrative ?? false), now?.Commentary)
            {
                Terms = target?.Terms,
            };
        }).ToList();

        return new PublicYearView(year, PerformanceHeadline.From(lines.Select(l => l.Judgement)), lines, years);
    }
}
