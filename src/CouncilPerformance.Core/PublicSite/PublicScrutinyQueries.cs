using CouncilPerformance.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace CouncilPerformance.Core.PublicSite;

public sealed record PublicSession(int Number, DateOnly? HeldOn, IReadOnlyList<string> Portfolios, IReadOnlyList<string> Kpis);

public sealed record PublicSeries(int Id, string Title, string Body, string PeriodLabel, DateOnly? AgreedOn, string? Summary, IReadOnlyList<PublicSession> Sessions);

/// <summary>The deep dives as the public scrutiny page lists them: what each looked at, without session notes or attendees' details.</summary>
public sealed class PublicScrutinyQueries(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<IReadOnlyList<PublicSeries>> ListSeriesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var series = await db.DeepDiveSeries.AsNoTracking()
            .OrderByDescending(s => s.AgreedOn).ThenByDescending(s => s.Id)
            .Select(s => new
            {
                s.Id, s.Title, Board = s.ScrutinyBoard!.Name, BoardNumber = s.ScrutinyBoard.Number, Period = s.ReportingPeriod!.Label, s.AgreedOn, s.Summary,
                Sessions = s.Sessions.OrderBy(x => x.Number).Select(x => new
                {
                    x.Number, x.HeldOn,
                    Portfolios = x.Portfolios.OrderBy(p => p.Name).Select(p => p.Name).ToList(),
                    Kpis = x.Kpis.OrderBy(k => k.SortOrder).Select(k => k.Kpi!.Name).ToList(),
                }).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return series.Select(s => new PublicSeries(
            s.Id, s.Title, Plan.ScrutinyBoard.FormatName(s.Board, s.BoardNumber), s.Period, s.AgreedOn, s.Summary,
            s.Sessions.Select(x => new PublicSession(x.Number, x.HeldOn, x.Portfolios, x.Kpis)).ToList())).ToList();
    }
}
