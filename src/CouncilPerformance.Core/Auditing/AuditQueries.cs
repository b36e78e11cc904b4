using CouncilPerformance.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace CouncilPerformance.Core.Auditing;

public sealed record AuditFilter
{
    public string? EntityType { get; init; }

    public string? EntityId { get; init; }

    public string? User { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }
}

/// <summary>
/// One entry as the log shows it, with what it is about in the council's words (e.g. "ROADS-A, 2025/26")
/// when that can be told. Plain values, so a page can hand it to the live circuit.
/// </summary>
public sealed record AuditRow(long Id, DateTime At, string UserName, string EntityType, string EntityId, string Action, string Changes, string? Description);

/// <summary>One page of the log, newest first, with how many entries match in all and which page it is (from 0).</summary>
public sealed record AuditPage(IReadOnlyList<AuditRow> Entries, int TotalCount, int PageIndex);

/// <summary>Reads the audit log, newest first, a page at a time. There is deliberately no way to change it.</summary>
public sealed class AuditQueries(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<AuditPage> SearchAsync(AuditFilter filter, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfNegative(page);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pageSize);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var type = Blank(filter.EntityType);
        var id = Blank(filter.EntityId);
        var user = Blank(filter.User) is { } name ? $"%{name}%" : null;
        DateTime? start = filter.From is { } from ? from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) : null;
        DateTime? end = filter.To is { } to ? to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) : null;

        var total = await _count(db, type, id, user, start, end, cancellationToken);
        // A page past the last (an old link, an address edited by hand) shows the last, as the other lists do.
        page = Math.Min(page, Math.Max(0, (total - 1) / pageSize));
        var entries = new List<Entry>(Math.Min(pageSize, 100));
        await foreach (var entry in _page(db, type, id, user, start, end, page * pageSize, pageSize).WithCancellation(cancellationToken))
        {
            entries.Add(entry);
        }

        var descriptions = await DescribeAsync(db, entries, cancellationToken);
        return new AuditPage(
            [.. entries.Select(e => new AuditRow(e.Id, e.At, e.UserName, e.EntityType, e.EntityId, e.Action, e.Changes,
                descriptions.GetValueOrDefault((e.EntityType, e.EntityId))))],
            total,
            page);
    }

    private sealed record Entry(long Id, DateTime At, string UserName, string EntityType, string EntityId, string Action, string Changes);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    // The log's views as two compiled queries: EF need not take their expressions apart on each view. A filter left out
    // is a null parameter, and EF leaves its condition out of the SQL it sends (it keeps one SQL per set of filters
    // given), so each view's SQL is the same as if it were built filter by filter.
    private static readonly Func<AppDbContext, string?, string?, string?, DateTime?, DateTime?, CancellationToken, Task<int>> _count =
        EF.CompileAsyncQuery((AppDbContext db, string? type, string? id, string? user, DateTime? start, DateTime? end, CancellationToken _) =>
            db.AuditEntries
                .Where(a => (type == null || a.EntityType == type) && (id == null || a.EntityId == id)
                    && (user == null || EF.Functions.Like(a.UserName, user)) && (start == null || a.At >= start) && (end == null || a.At < end))
                .Count());

    // Newest first is the (At) index read backwards (Id is the row id it ends in), so only the page's rows are read; only
    // the columns the log shows (not who the user is by id).
    private static readonly Func<AppDbContext, string?, string?, string?, DateTime?, DateTime?, int, int, IAsyncEnumerable<Entry>> _page =
        EF.CompileAsyncQuery((AppDbContext db, string? type, string? id, string? user, DateTime? start, DateTime? end, int skip, int take) =>
            db.AuditEntries.AsNoTracking()
                .Where(a => (type == null || a.EntityType == type) && (id == null || a.EntityId == id)
                    && (user == null || EF.Functions.Like(a.UserName, user)) && (start == null || a.At >= start) && (end == null || a.At < end))
                .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
                .Skip(skip).Take(take)
                .Select(a => new Entry(a.Id, a.At, a.UserName, a.EntityType, a.EntityId, a.Action, a.Changes)));

    // The kinds of record an entry can be described for, as the description read names them.
    private const int ResultKind = 1, TargetKind = 2, PeriodKind = 3, KpiKind = 4;

    private static readonly Dictionary<string, int> _describedKinds = new(StringComparer.Ordinal)
    {
        [nameof(Results.Result)] = ResultKind,
        [nameof(Results.Target)] = TargetKind,
        [nameof(Results.ReportingPeriod)] = PeriodKind,
        [nameof(Kpis.Kpi)] = KpiKind,
    };

    private static readonly string[] _kindNames = ["", nameof(Results.Result), nameof(Results.Target), nameof(Results.ReportingPeriod), nameof(Kpis.Kpi)];

    // One command for every kind of record on the page (a UNION ALL, each part named by a constant: _describe), however
    // many entries it has; none when no entry on the page is of a kind that can be described.
    private static async Task<Dictionary<(string, string), string>> DescribeAsync(AppDbContext db, List<Entry> entries, CancellationToken cancellationToken)
    {
        var ids = new List<int>[_kindNames.Length];
        var any = false;
        foreach (var entry in entries)
        {
            if (_describedKinds.TryGetValue(entry.EntityType, out var kind)
                && int.TryParse(entry.EntityId, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) && id > 0)
            {
                var kindIds = ids[kind] ??= [];
                if (!kindIds.Contains(id))
                {
                    kindIds.Add(id);
                }

                any = true;
            }
        }

        var descriptions = new Dictionary<(string, string), string>();
        if (!any)
        {
            return descriptions;
        }

        var resultIds = ids[ResultKind] ?? [];
        var targetIds = ids[TargetKind] ?? [];
        var periodIds = ids[PeriodKind] ?? [];
        var kpiIds = ids[KpiKind] ?? [];
        await foreach (var d in _describe(db, resultIds, targetIds, periodIds, kpiIds).WithCancellation(cancellationToken))
        {
            // A result or target by its KPI and year ("ROADS-A, 2025/26"), a year by its label, a KPI by its code.
            var text = d.Code is null ? d.Label! : d.Label is null ? d.Code : $"{d.Code}, {d.Label}";
            descriptions[(_kindNames[d.Kind], d.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))] = text;
        }

        return descriptions;
    }

    // A member-initialised class, not a positional record: a set operation over a constructor would be a client projection.
    private sealed class Described
    {
        public int Kind { get; init; }

        public int Id { get; init; }

        public string? Code { get; init; }

        public string? Label { get; init; }
    }

    // Compiled, as the count and page are: each kind's ids are one parameter, so it is one query whatever the page holds.
    private static readonly Func<AppDbContext, List<int>, List<int>, List<int>, List<int>, IAsyncEnumerable<Described>> _describe =
        EF.CompileAsyncQuery((AppDbContext db, List<int> resultIds, List<int> targetIds, List<int> periodIds, List<int> kpiIds) =>
            db.Results.Where(r => resultIds.Contains(r.Id))
                .Select(r => new Described { Kind = ResultKind, Id = r.Id, Code = r.Kpi!.Code, Label = r.ReportingPeriod!.Label })
                .Concat(db.Targets.Where(t => targetIds.Contains(t.Id))
                    .Select(t => new Described { Kind = TargetKind, Id = t.Id, Code = t.Kpi!.Code, Label = t.ReportingPeriod!.Label }))
                .Concat(db.ReportingPeriods.Where(p => periodIds.Contains(p.Id))
                    .Select(p => new Described { Kind = PeriodKind, Id = p.Id, Code = null, Label = p.Label }))
                .Concat(db.Kpis.Where(k => kpiIds.Contains(k.Id))
                    .Select(k => new Described { Kind = KpiKind, Id = k.Id, Code = k.Code, Label = null })));

    /// <summary>
    /// Every kind of record the log can hold, by the name <see cref="AuditInterceptor"/> writes, in order. Read
    /// from the model, not the log: a DISTINCT over every entry would read the whole log on each view.
    /// </summary>
    public async Task<IReadOnlyList<string>> EntityTypesAsync(CancellationToken cancellationToken = default)
    {
        if (_entityTypes is null)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            _entityTypes = [.. AuditInterceptor.AuditedTypeNames(db.Model).Order(StringComparer.Ordinal)];
        }

        return _entityTypes;
    }

    // The model does not change while the app runs.
    private static IReadOnlyList<string>? _entityTypes;
}
