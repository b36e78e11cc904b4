using System.Runtime.CompilerServices;
using CouncilPerformance.Core.Data;
using CouncilPerformance.Core.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CouncilPerformance.Core.Kpis;

/// <summary>The KPI page's read: one KPI with every year it has a target, result or definition change in.</summary>
public sealed partial class KpiQueries
{
    /// <summary>
    /// Everything the KPI page shows, in a fixed number of narrow queries whatever the number of years:
    /// projections of what the page reads (no entity graph, nothing tracked), so the answer is plain
    /// values the page can hand from its prerender to the live circuit.
    /// </summary>
    /// <remarks>
    /// The queries are compiled once (<c>EF.CompileAsyncQuery</c>):
    /// the page is opened far more often than anything else reads one KPI, and a compiled query skips
    /// building, walking and looking up its expression on every view.
    /// </remarks>
    public async Task<KpiDetail?> GetAsync(string code, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var queries = CompiledFor(db);
        var head = await queries.HeadQuery(db, code);
        if (head is null)
        {
            return null;
        }

        var id = head.Facts.Id;
        var changes = await queries.ChangesQuery(db, id).ToListAsync(cancellationToken);

        // Dimensions and their categories in one left join, so a dimension with no categories still shows.
        var categories = await queries.CategoriesQuery(db, id).ToListAsync(cancellationToken);
        var dimensions = categories.GroupBy(c => (c.DimensionId, c.Dimension))
            .Select(g => new DimensionLine(g.Key.DimensionId, g.Key.Dimension,
                [.. g.Where(c => c.CategoryId is not null).Select(c => new CategoryLine(c.CategoryId!.Value, c.Category!))]))
            .ToList();

        var facts = head.Facts with
        {
            ScrutinyBoard = head.Facts.ScrutinyBoard is { } board ? Plan.ScrutinyBoard.FormatName(board, head.BoardNumber) : null,
            Strategies = head.Strategies,
            DefinitionChanges = [.. changes.Select(c => c.Line)],
            Dimensions = dimensions,
        };

        var targets = await queries.TargetsQuery(db, id).ToListAsync(cancellationToken);

        // Approved results with their comparators (at most one of each kind, so a join of a few rows a
        // year), then their breakdowns and versions: each a seek on the KPI's results.
        var results = await queries.ResultsQuery(db, id).ToListAsync(cancellationToken);
        var breakdowns = (await queries.BreakdownsQuery(db, id).ToListAsync(cancellationToken)).ToLookup(b => b.ResultId, b => b.Figure);
        var versions = (await queries.VersionsQuery(db, id).ToListAsync(cancellationToken)).ToLookup(v => v.ResultId, v => v.Line);
        var resultsByPeriod = results.ToDictionary(r => r.Period.Id, r => r.Line with
        {
            Comparators = r.Comparators,
            Breakdowns = [.. breakdowns[r.Line.Id]],
            Versions = [.. versions[r.Line.Id].OrderByDescending(v => v.VersionNumber)],
        });

        var conflicts = await queries.ConflictsQuery(db, id).ToListAsync(cancellationToken);
        var recommendations = await queries.RecommendationsQuery(db, id).ToListAsync(cancellationToken);
        var sessions = await queries.SessionsQuery(db, id).ToListAsync(cancellationToken);
        var reviewed = await queries.ReviewedQuery(db, id).ToListAsync(cancellationToken);

        // A target's changes are in the audit log, read once for both the "Last changed" column (the last
        // person to change each target) and the history of changes.
        var audits = targets.Count == 0 ? [] : await KpiTargetHistory.AuditsAsync(db, targets.Select(t => t.Line.Id), cancellationToken);
        var lastChanges = audits
            .Where(a => a.UserId is not null)
            .GroupBy(a => int.Parse(a.EntityId, System.Globalization.CultureInfo.InvariantCulture))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(a => a.At).Select(a => new TargetChange(a.UserName, a.At)).First());
        var history = KpiTargetHistory.Build(
            targets.Select(t => new KpiTargetHistory.TargetNow(t.Line.Id, t.Period.Label, t.Period.StartYear, t.Line.Terms)), audits);

        // Every period the page shows came with its target, result or definition change, state and all.
        var periods = targets.Select(t => t.Period).Concat(results.Select(r => r.Period)).Concat(changes.Select(c => c.Period)).ToList();
        var rows = KpiDetail.BuildPeriods(facts, periods, [.. targets.Select(t => t.Line)], resultsByPeriod, lastChanges);
        return new KpiDetail(facts, rows, conflicts, recommendations, [.. sessions.OrderBy(s => s.Number)])
        {
            TargetChanges = history,
            HasLineage = head.ReplacesAny || facts.ReplacedByKpiId is not null,
            ReviewedInPeriods = reviewed,
        };
    }

    private sealed record Head(KpiFacts Facts, int? BoardNumber, List<string> Strategies, bool ReplacesAny);

    private sealed record ChangeRow(DefinitionChangeLine Line, KpiDetail.PeriodLine Period);

    private sealed record CategoryRow(int DimensionId, string Dimension, int? CategoryId, string? Category);

    private sealed record TargetRow(KpiDetail.PeriodLine Period, KpiDetail.TargetLine Line);

    private sealed record ResultRow(KpiDetail.PeriodLine Period, ResultLine Line, List<ComparatorReading> Comparators);

    private sealed record BreakdownRow(int ResultId, BreakdownFigure Figure);

    private sealed record VersionRow(int ResultId, VersionLine Line);

    // Compiled once per EF model (the app has one; some tests build contexts with another), since a
    // compiled query may only run against the model it was compiled for.
    private static readonly ConditionalWeakTable<IModel, DetailQueries> _compiled = new();

    private static DetailQueries CompiledFor(AppDbContext db) => _compiled.GetValue(db.Model, _ => new DetailQueries());

    private sealed class DetailQueries
    {
        // The KPI, its plan's names, its strategies (a KPI has few) and whether it replaced another: one statement.
        public readonly Func<AppDbContext, string, Task<Head?>> HeadQuery = EF.CompileAsyncQuery((AppDbContext db, string code) =>
            db.Kpis.AsNoTracking()
                .Where(k => k.Code == code)
                .Select(k => new Head(
                    new KpiFacts(
                        k.Id, k.Code, k.Name, k.Definition, k.Unit, k.RateBase, k.UnitLabel, k.Polarity, k.SimilarBand, k.Designation,
                        k.Frequency, k.FrequencyNote, k.ExpectedReleaseMonth, k.DataSource, k.Status, k.Version,
                        k.Priority!.CouncilPlan!.Name, k.Priority.Name, k.Portfolio!.Name, k.Portfolio.CabinetMember,
                        k.SecondaryPortfolio != null ? k.SecondaryPortfolio.Name : null,
                        k.ServiceArea!.Name,
                        k.ScrutinyBoard != null ? k.ScrutinyBoard.Name : null,
                        k.ReplacedByKpiId,
                        k.ReplacedByKpi != null ? k.ReplacedByKpi.Code : null,
                        k.ReplacedByKpi != null ? k.ReplacedByKpi.Name : null,
                        k.ReplacedAt),
                    k.ScrutinyBoard != null ? (int?)k.ScrutinyBoard.Number : null,
                    k.Strategies.OrderBy(s => s.Id).Select(s => s.Name).ToList(),
                    db.Kpis.Any(o => o.ReplacedByKpiId == k.Id)))
                .FirstOrDefault());

        public readonly Func<AppDbContext, int, IAsyncEnumerable<ChangeRow>> ChangesQuery = EF.CompileAsyncQuery((AppDbContext db, int id) =>
            db.KpiDefinitionChanges.AsNoTracking().Where(c => c.KpiId == id)
                .OrderBy(c => c.EffectiveFromPeriod!.StartYear).ThenBy(c => c.Id)
                .Select(c => new ChangeRow(
                    new DefinitionChangeLine(c.Id, c.EffectiveFromPeriodId, c.EffectiveFromPeriod!.Label, c.EffectiveFromPeriod.StartYear, c.Description,
                        c.PreviousDefinition, c.NewDefinition, c.PreviousName, c.RecordedAt, c.RecordedByName),
                    new KpiDetail.PeriodLine(c.EffectiveFromPeriodId, c.EffectiveFromPeriod.Label, c.EffectiveFromPeriod.StartYear,
                        c.EffectiveFromPeriod.State == PeriodState.Published, c.EffectiveFromPeriod.EndDate))));

        public readonly Func<AppDbContext, int, IAsyncEnumerable<CategoryRow>> CategoriesQuery = EF.CompileAsyncQuery((AppDbContext db, int id) =>
            from d in db.BreakdownDimensions.AsNoTracking().Where(d => d.KpiId == id)
            from c in d.Categories.DefaultIfEmpty()
            orderby d.Id, c.SortOrder, c.Id
            select new CategoryRow(d.Id, d.Name, (int?)c.Id, c.Name));

        public readonly Func<AppDbContext, int, IAsyncEnumerable<TargetRow>> TargetsQuery = EF.CompileAsyncQuery((AppDbContext db, int id) =>
            db.Targets.AsNoTracking().Where(t => t.KpiId == id)
                .Select(t => new TargetRow(
                    new KpiDetail.PeriodLine(t.ReportingPeriodId, t.ReportingPeriod!.Label, t.ReportingPeriod.StartYear, t.ReportingPeriod.State == PeriodState.Published, t.ReportingPeriod.EndDate),
                    new KpiDetail.TargetLine(t.Id, t.ReportingPeriodId, new TargetTerms(t.Kind, t.Value, t.UpperValue, t.Comparators, t.EqualCounts, t.AmberTolerance), t.IsIllustrative))));

        public readonly Func<AppDbContext, int, IAsyncEnumerable<ResultRow>> ResultsQuery = EF.CompileAsyncQuery((AppDbContext db, int id) =>
            db.Results.AsNoTracking().Where(r => r.KpiId == id && r.State == ResultState.Approved)
                .Select(r => new ResultRow(
                    new KpiDetail.PeriodLine(r.ReportingPeriodId, r.ReportingPeriod!.Label, r.ReportingPeriod.StartYear, r.ReportingPeriod.State == PeriodState.Published, r.ReportingPeriod.EndDate),
                    new ResultLine(r.Id, r.Value, r.Numerator, r.Denominator, r.PeriodNote, r.DataStatus, r.NotAvailableReason, r.ExpectedAvailableOn,
                        r.Commentary, r.IsIllustrative, r.SourceNote),
                    r.Comparators.Select(c => new ComparatorReading(c.Comparator, c.Value)).ToList())));

        public readonly Func<AppDbContext, int, IAsyncEnumerable<BreakdownRow>> BreakdownsQuery = EF.CompileAsyncQuery((AppDbContext db, int id) =>
            db.Results.AsNoTracking().Where(r => r.KpiId == id && r.State == ResultState.Approved)
                .SelectMany(r => r.Breakdowns, (r, b) => new BreakdownRow(b.ResultId, new BreakdownFigure(b.CategoryId, b.Value))));

        public readonly Func<AppDbContext, int, IAsyncEnumerable<VersionRow>> VersionsQuery = EF.CompileAsyncQuery((AppDbContext db, int id) =>
            db.Results.AsNoTracking().Where(r => r.KpiId == id && r.State == ResultState.Approved)
                .SelectMany(r => r.Versions, (r, v) => new VersionRow(v.ResultId, new VersionLine(v.VersionNumber, v.Value, v.ChangedByName, v.ChangedAt, v.Reason))));

        public readonly Func<AppDbContext, int, IAsyncEnumerable<RelatedKpi>> ConflictsQuery = EF.CompileAsyncQuery((AppDbContext db, int id) =>
            db.KpiConflicts.AsNoTracking()
                .Where(c => c.KpiId == id || c.ConflictingKpiId == id)
                .Select(c => c.KpiId == id
                    ? new RelatedKpi(c.ConflictingKpi!.Code, c.ConflictingKpi.Name, c.Note)
                    : new RelatedKpi(c.Kpi!.Code, c.Kpi.Name, c.Note)));

        public readonly Func<AppDbContext, int, IAsyncEnumerable<RecommendationLink>> RecommendationsQuery = EF.CompileAsyncQuery((AppDbContext db, int id) =>
            db.Recommendations.AsNoTracking()
                .Where(r => r.Kpis.Any(k => k.Id == id))
                .OrderBy(r => r.SortOrder)
                .Select(r => new RecommendationLink(r.Id, r.Reference, r.Title, r.Wording, r.Status)));

        public readonly Func<AppDbContext, int, IAsyncEnumerable<SessionLink>> SessionsQuery = EF.CompileAsyncQuery((AppDbContext db, int id) =>
            db.DeepDiveSessions.AsNoTracking()
                .SelectMany(s => s.Kpis.Where(k => k.KpiId == id), (s, k) => new SessionLink(s.SeriesId, s.Number, s.Series!.Title, k.Finding, k.CarriedOver)));

        public readonly Func<AppDbContext, int, IAsyncEnumerable<int>> ReviewedQuery = EF.CompileAsyncQuery((AppDbContext db, int id) =>
            db.Set<Scrutiny.BoardReviewKpi>().AsNoTracking().Where(b => b.KpiId == id).Select(b => b.BoardReview!.ReportingPeriodId).Distinct());
    }
}
