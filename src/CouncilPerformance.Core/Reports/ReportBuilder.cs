using CouncilPerformance.Core.Data;
using CouncilPerformance.Core.Identity;
using CouncilPerformance.Core.PublicSite;
using CouncilPerformance.Core.Recommendations;
using CouncilPerformance.Core.Results;
using CouncilPerformance.Core.Review;
using Microsoft.EntityFrameworkCore;

namespace CouncilPerformance.Core.Reports;

/// <summary>
/// Builds the three committee reports from the data: the annual performance report of a published
/// year, the deep-dive report in the shape of the source documents (the Cabinet report's
/// recommendations, then Appendix 1), and the recommendations tracker. It reads through the
/// published-only queries, so a report says nothing the public site would not; and it checks the
/// reader's role itself, so a direct call cannot bypass the page's policy.
/// </summary>
public sealed class ReportBuilder(IDbContextFactory<AppDbContext> dbFactory, PublicQueries queries, RecommendationRecords records, TimeProvider clock)
{
    /// <summary>Any signed-in person may read the annual report and the tracker.</summary>
    public static bool MayRead(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.UserId is not null;
    }

    /// <summary>The deep-dive report is scrutiny's paper: scrutiny members and the performance team.</summary>
    public static bool MayReadDeepDive(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.UserId is not null && (actor.Roles.Contains(Roles.Scrutiny) || actor.IsAdministrator);
    }

    /// <summary>The annual performance report, or null when the year is not published.</summary>
    public async Task<ReportDocument?> AnnualAsync(Actor actor, int startYear, CancellationToken cancellationToken = default)
    {
        Demand(MayRead(actor));
        var view = await queries.GetYearAsync(startYear, cancellationToken);
        if (view is null)
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var comparators = (await db.Results.AsNoTracking().Where(PublicRules.ResultIsPublic)
                .Where(r => r.ReportingPeriodId == view.Year.Id)
                .SelectMany(r => r.Comparators, (r, c) => new { r.Kpi!.Code, c.Comparator, c.Value })
                .ToListAsync(cancellationToken))
            .ToLookup(x => x.Code);

        var year = view.Year.Label;
        var h = view.Headline;
        var blocks = new List<ReportBlock>
        {
            new ReportHeading(1, "Headline"),
            new ReportParagraph(
                $"In {year} the council plan was measured by {h.Total} indicators: {h.Improved} improved, {h.Similar} stayed similar and {h.GotWorse} got worse; " +
                $"for {h.CantSay} we can't say and {h.NotAvailable} {(h.NotAvailable == 1 ? "is" : "are")} not available." +
                (h.ImprovedOrSimilarShare is { } share ? $" {ReportFormat.Percent(share)} of the {h.Directional} indicators whose direction can be judged improved or stayed similar." : "")),
            new ReportTable($"Headline, {year}", "Headline", ["Judgement", "Indicators"],
            [
                [CouncilWords.Of(TargetStatus.OnTarget), h.OnTarget.ToString(System.Globalization.CultureInfo.InvariantCulture)],
                [CouncilWords.Of(TargetStatus.OffTarget), h.OffTarget.ToString(System.Globalization.CultureInfo.InvariantCulture)],
                [CouncilWords.Of(TargetStatus.NoTargetSet), h.NoTargetSet.ToString(System.Globalization.CultureInfo.InvariantCulture)],
                [CouncilWords.Of(TargetStatus.NoData), h.NoData.ToString(System.Globalization.CultureInfo.InvariantCulture)],
                [CouncilWords.Of(Progress.Improved), h.Improved.ToString(System.Globalization.CultureInfo.InvariantCulture)],
                [CouncilWords.Of(Progress.Similar), h.Similar.ToString(System.Globalization.CultureInfo.InvariantCulture)],
                [CouncilWords.Of(Progress.GotWorse), h.GotWorse.ToString(System.Globalization.CultureInfo.InvariantCulture)],
                [CouncilWords.Of(Progress.CantSay), h.CantSay.ToString(System.Globalization.CultureInfo.InvariantCulture)],
                [CouncilWords.Of(Progress.NotAvailable), h.NotAvailable.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            ]),
            new ReportHeading(1, "Targets achieved"),
        };
        var achieved = view.Kpis.Where(k => k.Status == TargetStatus.OnTarget).ToList();
        blocks.Add(achieved.Count == 0
            ? new ReportParagraph($"No indicator met its target in {year}.")
            : new ReportList(achieved.Select(k => ("•", $"{k.Name}: {ReportFormat.Value(k.Value, k.Unit, k.UnitLabel)} " +
                (k.Terms is { Kind: not TargetKind.Value } ? $"against its target ({TargetText(k)})" : $"against a target of {TargetText(k)}"))).ToList()));

        foreach (var group in view.Kpis.GroupBy(k => k.Priority))
        {
            blocks.Add(new ReportHeading(1, group.Key));
            blocks.Add(new ReportTable($"{group.Key}: results in {year}", group.Key, AnnualHeaders,
                group.Select(k =>
                {
                    string Comparator(Comparator c) => comparators[k.Code].FirstOrDefault(x => x.Comparator == c) is { } x ? ReportFormat.Value(x.Value, k.Unit, k.UnitLabel) : "";
                    return (IReadOnlyList<string>)
                    [
                        k.Name, k.NotAvailable ? "Not available" : ReportFormat.Value(k.Value, k.Unit, k.UnitLabel) + (k.IsIllustrative ? " (illustrative)" : ""),
                        TargetText(k),
                        CouncilWords.Of(k.Status), CouncilWords.Of(k.Progress),
                        Comparator(Results.Comparator.England), Comparator(Results.Comparator.WestMidlands), Comparator(Results.Comparator.StatisticalNeighbours),
                    ];
                }).ToList()));
            var commented = group.Where(k => !string.IsNullOrWhiteSpace(k.Commentary)).ToList();
            if (commented.Count > 0)
            {
                blocks.Add(new ReportHeading(2, "Commentary"));
                blocks.AddRange(commented.Select(k => new ReportParagraph(k.Commentary!, k.Name + ":")));
            }
        }

        var subtitle = $"One Coventry Plan annual performance report, {year}" + (view.Year.PublishedAt is { } at ? $", published {ReportFormat.Date(DateOnly.FromDateTime(at))}" : "");
        return new ReportDocument($"Annual performance report {year}", subtitle, blocks);
    }

    // A target of any kind in the council's words; a number target as the number in its unit.
    private static string TargetText(PublicKpiLine k) =>
        k.Terms is { } terms ? terms.Describe(k.Polarity, n => ReportFormat.Value(n, k.Unit, k.UnitLabel))
        : k.Target is null ? "No target set" : ReportFormat.Value(k.Target, k.Unit, k.UnitLabel);

    private static readonly string[] AnnualHeaders = ["Indicator", "Result", "Target", "Status", "Progress", "England", "West Midlands", "Statistical neighbours"];

    /// <summary>The deep-dive report, or null for an unknown deep dive.</summary>
    public async Task<ReportDocument?> DeepDiveAsync(Actor actor, int seriesId, CancellationToken cancellationToken = default)
    {
        Demand(MayReadDeepDive(actor));
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var series = await db.DeepDiveSeries.AsNoTracking().Where(s => s.Id == seriesId)
            .Select(s => new { s.Title, Board = s.ScrutinyBoard!.Name, Period = s.ReportingPeriod!.Label, s.AgreedOn, s.Summary })
            .FirstOrDefaultAsync(cancellationToken);
        if (series is null)
        {
            return null;
        }

        var sessions = await db.DeepDiveSessions.AsNoTracking().Where(s => s.SeriesId == seriesId).OrderBy(s => s.Number)
            .Select(s => new
            {
                s.Number, s.HeldOn, s.Scope,
                Kpis = s.Kpis.OrderBy(k => k.SortOrder).Select(k => new
                {
                    k.Kpi!.Name, Portfolio = k.Kpi.Portfolio!.Name, Secondary = k.Kpi.SecondaryPortfolio!.Name, Priority = k.Kpi.Priority!.Name, k.CarriedOver,
                }).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var all = await records.ListAsync(new RecommendationRecordFilter { SeriesId = seriesId }, cancellationToken);

        var scruco = all.Where(r => r.AddressedTo == RecommendationAddressee.ScrutinyCoordinationCommittee && r.ParentReference is null).ToList();
        var cabinet = all.Where(r => r.AddressedTo == RecommendationAddressee.Cabinet && r.ParentReference is null).ToList();
        var kpiSpecific = all.Where(r => r.ParentReference is not null && r.AddressedTo == RecommendationAddressee.Cabinet).ToList();
        var forScrutiny = all.Except(scruco).Except(cabinet).Except(kpiSpecific).ToList();

        var blocks = new List<ReportBlock> { new ReportHeading(1, "Recommendations") };
        if (scruco.Count > 0)
        {
            blocks.Add(new ReportParagraph("Scrutiny Co-ordination Committee is recommended to:"));
            blocks.Add(new ReportList(scruco.Select(r => (Number(r.Reference), r.Wording + DecisionNote(r))).ToList()));
        }

        if (cabinet.Count > 0)
        {
            blocks.Add(new ReportParagraph("Cabinet is recommended to agree:-"));
            blocks.Add(new ReportList(cabinet.Select(r => (Number(r.Reference), r.Wording + DecisionNote(r))).ToList()));
        }

        blocks.Add(new ReportHeading(1, $"Appendix 1 – {series.Title} KPI Specific Recommendations"));
        var section = 0;
        foreach (var session in sessions)
        {
            blocks.Add(new ReportHeading(2, $"Session {session.Number}" + (session.HeldOn is null ? "" : $" ({ReportFormat.Date(session.HeldOn)})")));
            blocks.Add(new ReportParagraph($"Session {session.Number} reviewed the following Key Performance Indicators and produced the subsequent recommendations:"));
            var rows = session.Kpis
                .GroupBy(k => (Portfolio: k.Secondary is null ? k.Portfolio : $"{k.Portfolio}/{k.Secondary}", k.Priority))
                .Select(g => (IReadOnlyList<string>)[g.Key.Portfolio, g.Key.Priority, string.Join("\n", g.Select(k => k.Name + (k.CarriedOver ? " (carried over)" : "")))])
                .ToList();
            blocks.Add(new ReportTable($"Session {session.Number}: indicators reviewed", $"Session {session.Number}", ["Cabinet Member Portfolio", "OCP Priority", "Metric"], rows));
            foreach (var r in kpiSpecific.Where(r => r.SessionNumber == session.Number))
            {
                section++;
                blocks.Add(new ReportHeading(3, $"{section} {r.Title}"));
                blocks.Add(new ReportParagraph(r.Wording + DecisionNote(r), $"Recommendation {r.Reference}):"));
                if (r.Finding is not null)
                {
                    var paragraphs = r.Finding.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    blocks.AddRange(paragraphs.Select((p, i) => new ReportParagraph(p, $"{section}.{i + 1}")));
                }
            }
        }

        if (forScrutiny.Count > 0)
        {
            section++;
            blocks.Add(new ReportHeading(2, $"{section} Recommendations to Scrutiny"));
            foreach (var r in forScrutiny)
            {
                blocks.Add(new ReportHeading(3, $"{r.Reference} {r.Title}"));
                blocks.Add(new ReportParagraph(r.Wording + $" ({r.ScrutinyBoard ?? Words.Of(r.AddressedTo)})."));
                if (r.Finding is not null)
                {
                    blocks.Add(new ReportParagraph(r.Finding));
                }
            }

            blocks.Add(new ReportTable("Work for the scrutiny bodies", "Section 17", ["Reference", "Item", "Scrutiny body"],
                forScrutiny.Select(r => (IReadOnlyList<string>)[r.Reference, r.Title, r.ScrutinyBoard ?? Words.Of(r.AddressedTo)]).ToList()));
        }

        var subtitle = $"{series.Board}, on the results for {series.Period}" + (series.AgreedOn is null ? "" : $"; agreed {ReportFormat.Date(series.AgreedOn)}");
        return new ReportDocument($"{series.Title} Recommendations", subtitle, blocks);
    }

    /// <summary>The recommendations tracker, narrowed by deep dive, body and status.</summary>
    public async Task<ReportDocument> TrackerAsync(Actor actor, RecommendationRecordFilter filter, CancellationToken cancellationToken = default)
    {
        Demand(MayRead(actor));
        ArgumentNullException.ThrowIfNull(filter);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var rows = await records.ListAsync(filter, cancellationToken);
        var table = new ReportTable("Recommendations tracker", "Tracker",
            ["Reference", "Recommendation", "Put to", "Decision", "Response due", "Latest progress", "Progress report due", "Status", "Overdue"],
            rows.Select(r => (IReadOnlyList<string>)
            [
                r.Reference,
                $"{r.Title}\n{r.Wording}",
                (r.ScrutinyBoard ?? Words.Of(r.AddressedTo)) + (r.ParentReference is null ? "" : $" (part of {r.ParentReference})"),
                r.Decision is { } d ? $"{Words.Of(d.Outcome)}, {ReportFormat.Date(d.DecidedOn)}" + (string.IsNullOrWhiteSpace(d.Text) ? "" : $"\n{d.Text}") : "Not yet decided",
                ReportFormat.Date(r.ResponseDueOn),
                r.LatestProgress is { } p ? $"{ReportFormat.Date(DateOnly.FromDateTime(p.RecordedAt))}: {p.Text}" : "None reported",
                ReportFormat.Date(r.ProgressReportDueOn),
                Words.Of(r.Status),
                string.Join("; ", new[] { r.ResponseOverdue(today) ? "Response overdue" : null, r.ProgressReportOverdue(today) ? "Progress report overdue" : null }.OfType<string>()),
            ]).ToList());
        var overdue = rows.Count(r => r.ResponseOverdue(today) || r.ProgressReportOverdue(today));
        return new ReportDocument("Recommendations tracker", $"As at {ReportFormat.Date(today)}",
        [
            new ReportParagraph($"{rows.Count} recommendations; {rows.Count(r => r.Decision is not null)} decided; {overdue} overdue."),
            table,
        ]);
    }

    // "Cabinet 3" → "3)", "SCRUCO 2" → "2)".
    private static string Number(string reference) => reference[(reference.LastIndexOf(' ') + 1)..] + ")";

    private static string DecisionNote(RecommendationRecord r) =>
        r.Decision is { } d ? $" [Decision: {Words.Of(d.Outcome)}, {ReportFormat.Date(d.DecidedOn)}]" : "";

    private static void Demand(bool allowed)
    {
        if (!allowed)
        {
            throw new UnauthorizedAccessException("This report is not open to you.");
        }
    }
}
