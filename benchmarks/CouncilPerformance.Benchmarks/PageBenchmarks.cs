using System.Globalization;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.Data.Sqlite;

namespace CouncilPerformance.Benchmarks;

/// <summary>
/// Each list page at thirty times Coventry (<see cref="ThirtyTimesData"/>), fetched as a signed-in
/// person's browser first fetches it: the whole prerendered HTML through the real app (routing,
/// sign-in cookie, authorisation, the page's queries and the rendering of every component), beside
/// <c>Bare_*</c>: the same rows read by hand-written SQL on an open connection, the floor no page can
/// beat. Both run in the same process on the same database file, so their ratio is what the page
/// adds over its data.
/// </summary>
/// <remarks>
/// In process (no separate benchmark build): the app is a WebApplicationFactory, which needs the
/// web project's build output beside this one. One file because the pairs only mean something side
/// by side.
/// <para>
/// Measured warm, as a server that has been up a while answers: before the first measurement every
/// page and bare query has run <see cref="WarmUpRuns"/> times (<see cref="WarmUpAsync"/>). A page's
/// first few hundred requests run the JIT's first, unoptimised code and share the two cores with its
/// background compiler: the floor probe's first 3,000 requests of <c>/reminders</c> took 1.2–1.5 ms
/// each, the same page's next 3,000 in the same run 0.6 ms.
/// </para>
/// </remarks>
[Config(typeof(Config))]
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class PageBenchmarks
{
    private PageApp _app = null!;
    private HttpClient _scrutiny = null!;
    private HttpClient _admin = null!;
    private HttpClient _cabinet = null!;
    private SqliteConnection _bare = null!;
    private int _latestYear;
    private int _latestId;
    private int _previousId;
    private int _openYear;
    private int _openId;
    private int _sampleKpiId;

    /// <summary>Runs of each benchmark before any is measured: enough for the tiered JIT to settle on its optimised code.</summary>
    private const int WarmUpRuns = 300;

    private static bool _warmedUp;

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(Job.Default
                .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(40), logOutput: true))
                .WithWarmupCount(5)
                .WithIterationCount(10));
        }
    }

    [GlobalSetup]
    public void GlobalSetup() => SetUpAsync().GetAwaiter().GetResult();

    // BenchmarkDotNet runs the global set-up once per benchmark; in process, one app and one
    // generated database serve them all (it takes a minute or two to generate).
    private static readonly Lazy<Task<(PageApp App, HttpClient Scrutiny, HttpClient Admin, HttpClient Cabinet)>> Shared = new(async () =>
    {
        var app = new PageApp();
        await app.StartAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => app.Dispose();
        return (app, await app.SignedInAsync("scrutiny@example.org"), await app.SignedInAsync("admin@example.org"), await app.SignedInAsync("cabinet@example.org"));
    });

    private async Task SetUpAsync()
    {
        (_app, _scrutiny, _admin, _cabinet) = await Shared.Value;
        _bare = new SqliteConnection(_app.ConnectionString);
        _bare.Open();
        (_latestYear, _latestId) = Period("SELECT StartYear, Id FROM ReportingPeriods WHERE State = 'Published' ORDER BY StartYear DESC LIMIT 1");
        (_, _previousId) = Period($"SELECT StartYear, Id FROM ReportingPeriods WHERE StartYear = {_latestYear - 1}");
        (_openYear, _openId) = Period("SELECT StartYear, Id FROM ReportingPeriods WHERE State = 'Open' ORDER BY StartYear LIMIT 1");
        _sampleKpiId = (int)Scalar($"SELECT Id FROM Kpis WHERE Code = '{ThirtyTimesData.SampleKpiCode}'");
        if (!_warmedUp)
        {
            await WarmUpAsync();
            _warmedUp = true;
        }
    }

    // Every benchmark, not only those a filter picked: the code pages share (the layout, the pipeline,
    // EF's query pipeline) is then equally warm whichever runs first.
    private async Task WarmUpAsync()
    {
        var benchmarks = typeof(PageBenchmarks).GetMethods().Where(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null).ToList();
        for (var run = 0; run < WarmUpRuns; run++)
        {
            foreach (var benchmark in benchmarks)
            {
                if (benchmark.Invoke(this, null) is Task task)
                {
                    await task;
                }
            }
        }
    }

    [GlobalCleanup]
    public void GlobalCleanup() => _bare.Dispose();

    // ---- the floor for any page: a signed-in page with next to no data, so the layout, the menu and
    // the sign-in cookie are all that is measured.

    [Benchmark, BenchmarkCategory("layout only")]
    public Task<int> Page_LayoutOnly() => GetAsync(_scrutiny, "/reminders");

    // The same signed-in request through the app's whole pipeline to no page at all: what is left of
    // the floor with no rendering (the cookie, its session check, the headers, the logging).
    [Benchmark, BenchmarkCategory("layout only")]
    public Task<int> Pipeline_SignedIn() => GetAsync(_scrutiny, PageApp.PipelineFloorPath);

    // ---- /kpis: the first page of 50 reported KPIs by priority, with this and last year's figures.

    [Benchmark, BenchmarkCategory("/kpis")]
    public Task<int> Page_Kpis() => GetAsync(_scrutiny, "/kpis");

    [Benchmark, BenchmarkCategory("/kpis")]
    public int Bare_Kpis() => Rows(KpiPageSql(""));

    // ---- the scrutiny home: red and amber KPIs (first 50), the five most recent deep dives, the first 50 recommendations.

    [Benchmark, BenchmarkCategory("scrutiny home")]
    public Task<int> Page_ScrutinyHome() => GetAsync(_scrutiny, "/home");

    [Benchmark, BenchmarkCategory("scrutiny home")]
    public int Bare_ScrutinyHome() => Rows(KpiPageSql("WHERE Rag IN ('Red', 'Amber')") + ";" + RecommendationPageSql("") + ";" + DeepDiveSql);

    // ---- /review/{year}: the headline counts and three sections of 25.

    [Benchmark, BenchmarkCategory("/review/{year}")]
    public Task<int> Page_Review() => GetAsync(_scrutiny, $"/review/{_latestYear}");

    [Benchmark, BenchmarkCategory("/review/{year}")]
    public int Bare_Review() => Rows(
        $"SELECT Rag, COUNT(*) FROM ({RatedSql}) GROUP BY Rag;" +
        $"SELECT * FROM ({RatedSql}) WHERE Rag IN ('Red', 'Amber') ORDER BY PrioritySort, Name LIMIT 25;" +
        $"SELECT * FROM ({RatedSql}) WHERE Rag = 'Grey' ORDER BY PrioritySort, Name LIMIT 25;" +
        $"SELECT * FROM ({RatedSql}) WHERE Rag = 'Green' ORDER BY PrioritySort, Name LIMIT 25");

    // ---- /review/{year}/health: every KPI checked and counted per criterion, the first 50 shown.

    [Benchmark, BenchmarkCategory("/review/{year}/health")]
    public Task<int> Page_HealthCheck() => GetAsync(_scrutiny, $"/review/{_latestYear}/health");

    [Benchmark, BenchmarkCategory("/review/{year}/health")]
    public int Bare_HealthCheck() => Rows($"""
        WITH c AS (
            SELECT k.Id, k.Code, k.Name, p.SortOrder, p.Name AS Priority, b.Name AS Board, k.Frequency, k.ExpectedReleaseMonth,
                   EXISTS (SELECT 1 FROM Targets t WHERE t.KpiId = k.Id AND t.ReportingPeriodId = {_latestId} AND t.Value IS NOT NULL) AS HasTarget,
                   EXISTS (SELECT 1 FROM Results r WHERE r.KpiId = k.Id AND r.ReportingPeriodId = {_latestId} AND r.State = 'Approved' AND r.Value IS NOT NULL) AS HasData,
                   EXISTS (SELECT 1 FROM Results r WHERE r.KpiId = k.Id AND r.ReportingPeriodId = {_previousId} AND r.State = 'Approved' AND r.Value IS NOT NULL) AS HadData,
                   EXISTS (SELECT 1 FROM KpiStrategies s WHERE s.KpisId = k.Id) AS Linked,
                   EXISTS (SELECT 1 FROM BoardReviewKpis bk JOIN BoardReviews br ON br.Id = bk.BoardReviewId WHERE bk.KpiId = k.Id AND br.ReportingPeriodId = {_latestId}) AS Reviewed,
                   k.ExpectedReleaseMonth BETWEEN 1 AND 12 AS Stated, k.Status = 'UnderReview' OR k.ReplacedByKpiId IS NOT NULL AS Flagged
            FROM Kpis k JOIN Priorities p ON p.Id = k.PriorityId LEFT JOIN ScrutinyBoards b ON b.Id = k.ScrutinyBoardId
            WHERE k.Status <> 'Retired')
        SELECT COUNT(*), SUM(HasTarget), SUM(HasData), SUM(Linked), SUM(Reviewed), SUM(Stated), SUM(Flagged),
               SUM(NOT HasTarget OR NOT HasData OR NOT Linked OR NOT Reviewed OR NOT Stated) FROM c;
        WITH c AS (
            SELECT k.Id, k.Code, k.Name, p.SortOrder, p.Name AS Priority, b.Name AS Board, k.Frequency, k.ExpectedReleaseMonth,
                   EXISTS (SELECT 1 FROM Targets t WHERE t.KpiId = k.Id AND t.ReportingPeriodId = {_latestId} AND t.Value IS NOT NULL) AS HasTarget,
                   EXISTS (SELECT 1 FROM Results r WHERE r.KpiId = k.Id AND r.ReportingPeriodId = {_latestId} AND r.State = 'Approved' AND r.Value IS NOT NULL) AS HasData,
                   EXISTS (SELECT 1 FROM Results r WHERE r.KpiId = k.Id AND r.ReportingPeriodId = {_previousId} AND r.State = 'Approved' AND r.Value IS NOT NULL) AS HadData,
                   EXISTS (SELECT 1 FROM KpiStrategies s WHERE s.KpisId = k.Id) AS Linked,
                   EXISTS (SELECT 1 FROM BoardReviewKpis bk JOIN BoardReviews br ON br.Id = bk.BoardReviewId WHERE bk.KpiId = k.Id AND br.ReportingPeriodId = {_latestId}) AS Reviewed
            FROM Kpis k JOIN Priorities p ON p.Id = k.PriorityId LEFT JOIN ScrutinyBoards b ON b.Id = k.ScrutinyBoardId
            WHERE k.Status <> 'Retired')
        SELECT * FROM c ORDER BY SortOrder, Name, Id LIMIT 50
        """);

    // ---- /admin/progress: the period, per service area a count of each state, and the first 50 results waiting for
    // sign-off with what their rating needs (comparators, target, last year's figure, a redefinition).

    [Benchmark, BenchmarkCategory("/admin/progress")]
    public Task<int> Page_Progress() => GetAsync(_admin, $"/admin/progress/{_openYear}");

    [Benchmark, BenchmarkCategory("/admin/progress")]
    public int Bare_Progress() => Rows($"""
        SELECT * FROM ReportingPeriods WHERE StartYear = {_openYear} LIMIT 1;
        SELECT a.Id, a.Name, COUNT(*) FILTER (WHERE r.Id IS NULL), COUNT(*) FILTER (WHERE r.State = 'Draft'), COUNT(*) FILTER (WHERE r.State = 'Submitted'),
               COUNT(*) FILTER (WHERE r.State = 'Returned'), COUNT(*) FILTER (WHERE r.State = 'Approved')
        FROM Kpis k JOIN ServiceAreas a ON a.Id = k.ServiceAreaId
        LEFT JOIN Results r ON r.KpiId = k.Id AND r.ReportingPeriodId = {_openId}
        WHERE k.Status IN ('Active', 'UnderReview') GROUP BY a.Id, a.Name ORDER BY a.Name, a.Id;
        SELECT COUNT(*) FROM Results r JOIN Kpis k ON k.Id = r.KpiId
        WHERE r.ReportingPeriodId = {_openId} AND r.State = 'Submitted' AND k.Status IN ('Active', 'UnderReview');
        WITH page AS (
            SELECT r.Id FROM Results r JOIN Kpis k ON k.Id = r.KpiId JOIN ServiceAreas a ON a.Id = k.ServiceAreaId
            WHERE r.ReportingPeriodId = {_openId} AND r.State = 'Submitted' AND k.Status IN ('Active', 'UnderReview')
            ORDER BY a.Name, k.Name, k.Id LIMIT 50)
        SELECT k.Id, k.Code, k.Name, k.Unit, k.UnitLabel, k.Polarity, a.Name, r.Id, r.Version, r.Value, r.DataStatus, r.EnteredByName, r.EnteredAt,
               (SELECT c.Value FROM ComparatorValue c WHERE c.ResultId = r.Id AND c.Comparator = 'England'),
               (SELECT c.Value FROM ComparatorValue c WHERE c.ResultId = r.Id AND c.Comparator = 'StatisticalNeighbours'),
               pr.Value, t.Kind, t.Value, t.UpperValue, t.Comparators, t.EqualCounts, t.AmberTolerance,
               EXISTS (SELECT 1 FROM KpiDefinitionChanges d WHERE d.KpiId = k.Id AND d.EffectiveFromPeriodId = {_openId})
        FROM page JOIN Results r ON r.Id = page.Id JOIN Kpis k ON k.Id = r.KpiId JOIN ServiceAreas a ON a.Id = k.ServiceAreaId
        LEFT JOIN Targets t ON t.KpiId = k.Id AND t.ReportingPeriodId = {_openId}
        LEFT JOIN Results pr ON pr.KpiId = k.Id AND pr.State = 'Approved' AND pr.DataStatus <> 'NotAvailable'
            AND pr.ReportingPeriodId = (SELECT Id FROM ReportingPeriods WHERE StartYear = {_openYear - 1})
        ORDER BY a.Name, k.Name, k.Id
        """);

    // ---- /recommendations: the first 50 in the report's order.

    [Benchmark, BenchmarkCategory("/recommendations")]
    public Task<int> Page_Recommendations() => GetAsync(_scrutiny, "/recommendations");

    [Benchmark, BenchmarkCategory("/recommendations")]
    public int Bare_Recommendations() => Rows(RecommendationPageSql(""));

    // ---- /admin/audit: the count, the newest page of the audit log and what its entries are about (the results,
    // targets, reporting periods and KPIs on the page; the seed's own entries, newest, are of several kinds).

    [Benchmark, BenchmarkCategory("/admin/audit")]
    public Task<int> Page_AuditLog() => GetAsync(_admin, "/admin/audit");

    [Benchmark, BenchmarkCategory("/admin/audit")]
    public int Bare_AuditLog() => Rows($"""
        SELECT COUNT(*) FROM AuditEntries;
        SELECT Id, At, UserName, EntityType, EntityId, Action, Changes FROM AuditEntries ORDER BY At DESC, Id DESC LIMIT 50;
        SELECT r.Id, k.Code, p.Label FROM Results r JOIN Kpis k ON k.Id = r.KpiId JOIN ReportingPeriods p ON p.Id = r.ReportingPeriodId
        WHERE r.Id IN ({AuditPageIdsOf("Result")});
        SELECT t.Id, k.Code, p.Label FROM Targets t JOIN Kpis k ON k.Id = t.KpiId JOIN ReportingPeriods p ON p.Id = t.ReportingPeriodId
        WHERE t.Id IN ({AuditPageIdsOf("Target")});
        SELECT Id, Label FROM ReportingPeriods WHERE Id IN ({AuditPageIdsOf("ReportingPeriod")});
        SELECT Id, Code FROM Kpis WHERE Id IN ({AuditPageIdsOf("Kpi")})
        """);

    // The ids of the records of one kind on the audit log's newest page.
    private static string AuditPageIdsOf(string type) =>
        $"SELECT CAST(EntityId AS INTEGER) FROM (SELECT EntityType, EntityId FROM AuditEntries ORDER BY At DESC, Id DESC LIMIT 50) WHERE EntityType = '{type}'";

    // ---- /kpis/{code}: one KPI with 20 published years of results, comparators and targets.

    [Benchmark, BenchmarkCategory("/kpis/{code}")]
    public Task<int> Page_KpiWith20Years() => GetAsync(_scrutiny, $"/kpis/{ThirtyTimesData.SampleKpiCode}");

    [Benchmark, BenchmarkCategory("/kpis/{code}")]
    public int Bare_KpiWith20Years() => Rows($"""
        SELECT k.*, p.Name, pf.Name, a.Name FROM Kpis k JOIN Priorities p ON p.Id = k.PriorityId JOIN Portfolios pf ON pf.Id = k.PortfolioId
        JOIN ServiceAreas a ON a.Id = k.ServiceAreaId WHERE k.Id = {_sampleKpiId};
        SELECT r.*, rp.Label FROM Results r JOIN ReportingPeriods rp ON rp.Id = r.ReportingPeriodId WHERE r.KpiId = {_sampleKpiId} AND r.State = 'Approved';
        SELECT c.* FROM ComparatorValue c JOIN Results r ON r.Id = c.ResultId WHERE r.KpiId = {_sampleKpiId} AND r.State = 'Approved';
        SELECT t.*, rp.Label FROM Targets t JOIN ReportingPeriods rp ON rp.Id = t.ReportingPeriodId WHERE t.KpiId = {_sampleKpiId}
        """);

    // ---- /cabinet: the response clock, the counts and the first page of what was put to Cabinet (not drafts).

    [Benchmark, BenchmarkCategory("/cabinet")]
    public Task<int> Page_Cabinet() => GetAsync(_cabinet, "/cabinet");

    [Benchmark, BenchmarkCategory("/cabinet")]
    public int Bare_Cabinet() => Rows("""
        SELECT COUNT(*), SUM(ResponseDueOn < date('now')), SUM(ResponseDueOn BETWEEN date('now') AND date('now', '+14 days'))
        FROM Recommendations WHERE Status = 'AwaitingDecision' AND AddressedTo = 'Cabinet';
        SELECT COUNT(*), SUM(Status = 'AwaitingDecision') FROM Recommendations
        WHERE AddressedTo = 'Cabinet' AND Status NOT IN ('Draft', 'Endorsed', 'Withdrawn');
        SELECT r.Id, r.Version, r.Reference, r.Title, r.Wording, pa.Reference, r.Status, r.ReferredOn, r.ResponseDueOn, r.DecisionOutcome, r.DecidedOn,
               r.LeadCabinetMember, r.ServiceAreaId, a.Name
        FROM Recommendations r LEFT JOIN Recommendations pa ON pa.Id = r.ParentId LEFT JOIN ServiceAreas a ON a.Id = r.ServiceAreaId
        WHERE r.AddressedTo = 'Cabinet' AND r.Status NOT IN ('Draft', 'Endorsed', 'Withdrawn')
        ORDER BY r.ParentId IS NOT NULL, r.SortOrder, r.Id LIMIT 50
        """);

    // ---- /report-back: the 12-month report-back list: the deep dives with recommendations put to their body
    // counted, and the first page of 50 by title, each with those recommendations counted and its first report's due date.

    [Benchmark, BenchmarkCategory("/report-back")]
    public Task<int> Page_ReportBack() => GetAsync(_scrutiny, "/report-back");

    [Benchmark, BenchmarkCategory("/report-back")]
    public int Bare_ReportBack() => Rows($"""
        SELECT COUNT(*) FROM DeepDiveSeries s WHERE EXISTS (SELECT 1 FROM Recommendations r WHERE r.DeepDiveSeriesId = s.Id AND {GoneToBody});
        SELECT s.Id, s.Title,
               (SELECT COUNT(*) FROM Recommendations r WHERE r.DeepDiveSeriesId = s.Id AND {GoneToBody}),
               (SELECT MIN(r.ProgressReportDueOn) FROM Recommendations r WHERE r.DeepDiveSeriesId = s.Id AND r.ProgressReportDueOn IS NOT NULL)
        FROM DeepDiveSeries s WHERE EXISTS (SELECT 1 FROM Recommendations r WHERE r.DeepDiveSeriesId = s.Id AND {GoneToBody})
        ORDER BY s.Title, s.Id LIMIT 50
        """);

    private const string GoneToBody = "r.Status NOT IN ('Draft', 'Endorsed', 'Withdrawn')";

    // ---- the pages the feature work added, over the generated boards, deep dives, work-programme
    // items, committee recommendations, board reviews, service areas and accounts (ThirtyTimesData).

    // /deep-dives: a count and the newest page of 20 deep dives, their sessions' portfolios, KPIs and recommendations counted.
    [Benchmark, BenchmarkCategory("/deep-dives")]
    public Task<int> Page_DeepDives() => GetAsync(_scrutiny, "/deep-dives");

    [Benchmark, BenchmarkCategory("/deep-dives")]
    public int Bare_DeepDives() => Rows("""
        SELECT COUNT(*) FROM DeepDiveSeries;
        SELECT s.Id, s.Title, b.Name, b.Number, rp.Label, s.AgreedOn FROM DeepDiveSeries s
        JOIN ScrutinyBoards b ON b.Id = s.ScrutinyBoardId JOIN ReportingPeriods rp ON rp.Id = s.ReportingPeriodId
        ORDER BY s.AgreedOn DESC, s.Id DESC LIMIT 20;
        SELECT ds.Id, ds.SeriesId, ds.Number,
               (SELECT group_concat(p.Name, '; ') FROM DeepDiveSessionPortfolios sp JOIN Portfolios p ON p.Id = sp.PortfoliosId WHERE sp.DeepDiveSessionId = ds.Id),
               (SELECT COUNT(*) FROM SessionKpi sk WHERE sk.SessionId = ds.Id),
               (SELECT COUNT(*) FROM Recommendations r WHERE r.DeepDiveSessionId = ds.Id)
        FROM DeepDiveSessions ds WHERE ds.SeriesId IN (SELECT Id FROM DeepDiveSeries ORDER BY AgreedOn DESC, Id DESC LIMIT 20) ORDER BY ds.SeriesId, ds.Number
        """);

    // /scrutiny/work-programme: the numbered boards, the items counted open and closed, and the first page of 20.
    [Benchmark, BenchmarkCategory("/scrutiny/work-programme")]
    public Task<int> Page_WorkProgramme() => GetAsync(_scrutiny, "/scrutiny/work-programme");

    [Benchmark, BenchmarkCategory("/scrutiny/work-programme")]
    public int Bare_WorkProgramme() => Rows("""
        SELECT Id, Name, Number FROM ScrutinyBoards WHERE IsCoordinatingCommittee = 0 ORDER BY Number;
        SELECT r.ClosedOn IS NULL, COUNT(*) FROM Recommendations r
        WHERE r.AddressedTo = 'ScrutinyBoard' AND r.ScrutinyBoardId IS NOT NULL AND r.Status IN ('InProgress', 'Implemented') GROUP BY r.ClosedOn IS NULL;
        SELECT r.Id, r.Version, r.Reference, r.Title, r.Wording, b.Name, b.Number, r.WorkProgrammeTakenOn, r.WorkProgrammeOutcome, r.ClosedOn, r.DeepDiveSeriesId
        FROM Recommendations r JOIN ScrutinyBoards b ON b.Id = r.ScrutinyBoardId
        WHERE r.AddressedTo = 'ScrutinyBoard' AND r.Status IN ('InProgress', 'Implemented')
        ORDER BY r.ClosedOn IS NOT NULL, b.Number, r.SortOrder, r.Id LIMIT 20
        """);

    // /scrutiny/decisions: the first page of 20 of the committee's recommendations awaiting its decision (the response
    // due soonest first), counted, and the deep dives they come from to choose between. The service areas are read in
    // the circuit when an outcome is first chosen, not by the view.
    [Benchmark, BenchmarkCategory("/scrutiny/decisions")]
    public Task<int> Page_CommitteeDecisions() => GetAsync(_scrutiny, "/scrutiny/decisions");

    [Benchmark, BenchmarkCategory("/scrutiny/decisions")]
    public int Bare_CommitteeDecisions() => Rows("""
        SELECT s.Id, s.Title, b.Name, b.Number,
               (SELECT COUNT(*) FROM Recommendations r WHERE r.DeepDiveSeriesId = s.Id AND r.AddressedTo = 'ScrutinyCoordinationCommittee' AND r.Status = 'AwaitingDecision')
        FROM DeepDiveSeries s JOIN ScrutinyBoards b ON b.Id = s.ScrutinyBoardId
        WHERE EXISTS (SELECT 1 FROM Recommendations r WHERE r.DeepDiveSeriesId = s.Id AND r.AddressedTo = 'ScrutinyCoordinationCommittee' AND r.Status = 'AwaitingDecision')
        ORDER BY s.AgreedOn DESC, s.Id DESC;
        SELECT COUNT(*) FROM Recommendations r WHERE r.AddressedTo = 'ScrutinyCoordinationCommittee' AND r.Status = 'AwaitingDecision';
        SELECT r.Id, r.Version, r.Reference, r.Title, r.Wording, pa.Reference, r.Status, r.ReferredOn, r.ResponseDueOn, r.DecisionOutcome, r.DecidedOn,
               r.LeadCabinetMember, r.ServiceAreaId, a.Name
        FROM Recommendations r LEFT JOIN Recommendations pa ON pa.Id = r.ParentId LEFT JOIN ServiceAreas a ON a.Id = r.ServiceAreaId
        WHERE r.AddressedTo = 'ScrutinyCoordinationCommittee' AND r.Status = 'AwaitingDecision'
        ORDER BY r.ResponseDueOn IS NULL, r.ResponseDueOn, r.ParentId IS NOT NULL, r.SortOrder, r.Id
        LIMIT 20
        """);

    // /scrutiny/board-reviews: the latest published year, its tracker's boards and reviews counted and the first 50 boards with their remit and review.
    [Benchmark, BenchmarkCategory("/scrutiny/board-reviews")]
    public Task<int> Page_BoardReviews() => GetAsync(_scrutiny, "/scrutiny/board-reviews");

    [Benchmark, BenchmarkCategory("/scrutiny/board-reviews")]
    public int Bare_BoardReviews() => Rows($"""
        SELECT Id, StartYear, Label FROM ReportingPeriods WHERE State = 'Published' ORDER BY StartYear DESC LIMIT 1;
        SELECT COUNT(*) FROM ScrutinyBoards;
        SELECT COUNT(*) FROM BoardReviews WHERE ReportingPeriodId = {_latestId} AND ReviewedOn IS NOT NULL;
        SELECT b.Id, b.Name, b.Number,
               (SELECT COUNT(*) FROM Kpis k WHERE k.ScrutinyBoardId = b.Id AND k.Status <> 'Retired'),
               (SELECT r.ReviewedOn FROM BoardReviews r WHERE r.ScrutinyBoardId = b.Id AND r.ReportingPeriodId = {_latestId}),
               (SELECT COUNT(*) FROM BoardReviewKpis bk JOIN BoardReviews r ON r.Id = bk.BoardReviewId WHERE r.ScrutinyBoardId = b.Id AND r.ReportingPeriodId = {_latestId})
        FROM ScrutinyBoards b ORDER BY b.Number, b.Id LIMIT 50
        """);

    // /admin/plan/service-areas: the first page of 25 service areas, each with its KPIs counted.
    [Benchmark, BenchmarkCategory("/admin/plan")]
    public Task<int> Page_PlanServiceAreas() => GetAsync(_admin, "/admin/plan/service-areas");

    [Benchmark, BenchmarkCategory("/admin/plan")]
    public int Bare_PlanServiceAreas() => Rows("""
        SELECT COUNT(*) FROM ServiceAreas WHERE RetiredOn IS NULL;
        SELECT a.Id, a.Name, a.Directorate, a.RetiredOn, (SELECT COUNT(*) FROM Kpis k WHERE k.ServiceAreaId = a.Id)
        FROM ServiceAreas a WHERE a.RetiredOn IS NULL ORDER BY a.Name LIMIT 25
        """);

    // /admin/users: the accounts counted, the first page of 50 with roles, service area and board, and the service areas for the new-user form.
    [Benchmark, BenchmarkCategory("/admin/users")]
    public Task<int> Page_Users() => GetAsync(_admin, "/admin/users");

    [Benchmark, BenchmarkCategory("/admin/users")]
    public int Bare_Users() => Rows("""
        SELECT Id, Name FROM ServiceAreas ORDER BY Name;
        SELECT COUNT(*) FROM AspNetUsers;
        SELECT u.Id, u.Email, u.DisplayName, a.Name, u.LockoutEnd, b.Name, b.Number, u.IsDisabled, u.MustChangePassword, u.TwoFactorEnabled,
               (SELECT group_concat(r.Name) FROM AspNetUserRoles ur JOIN AspNetRoles r ON r.Id = ur.RoleId WHERE ur.UserId = u.Id)
        FROM AspNetUsers u LEFT JOIN ServiceAreas a ON a.Id = u.ServiceAreaId LEFT JOIN ScrutinyBoards b ON b.Id = u.ScrutinyBoardId ORDER BY u.Email, u.Id LIMIT 50
        """);

    // ---- the SQL

    private string RatedSql => $"""
        SELECT k.Id, k.Code, k.Name, p.SortOrder AS PrioritySort, p.Name AS Priority, pf.Name AS Portfolio, a.Name AS ServiceArea,
               b.Name AS Board, b.Number AS BoardNumber, k.Designation, k.Status, k.Unit, k.UnitLabel, k.Polarity,
               r.Value AS Value, r.IsIllustrative, t.Value AS Target, t.IsIllustrative, pr.Value AS Previous,
               CASE WHEN r.Value IS NULL OR r.DataStatus = 'NotAvailable' OR t.Value IS NULL THEN 'Grey'
                    WHEN (CASE WHEN k.Polarity = 'HigherIsBetter' THEN CAST(t.Value AS REAL) - CAST(r.Value AS REAL)
                               ELSE CAST(r.Value AS REAL) - CAST(t.Value AS REAL) END) <= 0 THEN 'Green'
                    WHEN (CASE WHEN k.Polarity = 'HigherIsBetter' THEN CAST(t.Value AS REAL) - CAST(r.Value AS REAL)
                               ELSE CAST(r.Value AS REAL) - CAST(t.Value AS REAL) END) <= CAST(t.AmberTolerance AS REAL) THEN 'Amber'
                    ELSE 'Red' END AS Rag
        FROM Kpis k
        JOIN Priorities p ON p.Id = k.PriorityId JOIN Portfolios pf ON pf.Id = k.PortfolioId JOIN ServiceAreas a ON a.Id = k.ServiceAreaId
        LEFT JOIN ScrutinyBoards b ON b.Id = k.ScrutinyBoardId
        LEFT JOIN Results r ON r.KpiId = k.Id AND r.ReportingPeriodId = {_latestId} AND r.State = 'Approved'
        LEFT JOIN Targets t ON t.KpiId = k.Id AND t.ReportingPeriodId = {_latestId}
        LEFT JOIN Results pr ON pr.KpiId = k.Id AND pr.ReportingPeriodId = {_previousId} AND pr.State = 'Approved'
        WHERE k.Status IN ('Active', 'UnderReview')
        """;

    // A count and a page, as two statements: COUNT(*) OVER () would make SQLite build every row before the LIMIT.
    private string KpiPageSql(string where) =>
        $"SELECT COUNT(*) FROM ({RatedSql}) {where}; SELECT * FROM ({RatedSql}) {where} ORDER BY PrioritySort, Name, Id LIMIT 50";

    // What RecommendationTable shows (the parent only orders the rows), and the session number a deep
    // dive's page groups the same rows by, which the page's row carries.
    private static string RecommendationPageSql(string where) => $"""
        SELECT COUNT(*) FROM Recommendations r {where};
        SELECT r.Id, r.Reference, r.Title, r.Wording, r.AddressedTo, r.Status, b.Name, b.Number, ds.Number
        FROM Recommendations r LEFT JOIN ScrutinyBoards b ON b.Id = r.ScrutinyBoardId LEFT JOIN Recommendations pa ON pa.Id = r.ParentId
        LEFT JOIN DeepDiveSessions ds ON ds.Id = r.DeepDiveSessionId
        {where}
        ORDER BY CASE WHEN r.AddressedTo = 'Cabinet' OR pa.AddressedTo = 'Cabinet' THEN 0 ELSE 1 END, r.ParentId IS NOT NULL, r.SortOrder, r.Id
        LIMIT 50
        """;

    // The home's five most recent deep dives (newest reporting year first) with their sessions, the first three KPIs of each and its KPI count.
    private const string DeepDiveSql = """
        SELECT COUNT(*) FROM DeepDiveSeries;
        WITH recent AS (
            SELECT s.Id, s.Title, b.Name AS Board, b.Number AS BoardNumber, rp.Label
            FROM DeepDiveSeries s JOIN ScrutinyBoards b ON b.Id = s.ScrutinyBoardId JOIN ReportingPeriods rp ON rp.Id = s.ReportingPeriodId
            ORDER BY rp.StartYear DESC, s.AgreedOn DESC, s.Id DESC LIMIT 5),
        ranked AS (
            SELECT sk.SessionId, k.Name, ROW_NUMBER() OVER (PARTITION BY sk.SessionId ORDER BY sk.SortOrder, sk.Id) AS n,
                   COUNT(*) OVER (PARTITION BY sk.SessionId) AS KpiCount
            FROM SessionKpi sk JOIN Kpis k ON k.Id = sk.KpiId
            WHERE sk.SessionId IN (SELECT ds.Id FROM DeepDiveSessions ds WHERE ds.SeriesId IN (SELECT Id FROM recent)))
        SELECT r.Id, r.Title, r.Board, r.BoardNumber, r.Label, ds.Number, x.Name, x.KpiCount
        FROM recent r LEFT JOIN DeepDiveSessions ds ON ds.SeriesId = r.Id LEFT JOIN ranked x ON x.SessionId = ds.Id AND x.n <= 3
        """;

    private static async Task<int> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode ? html.Length : throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}");
    }

    // Reads every column of every row of every statement, as a page's materialiser would.
    private int Rows(string sql)
    {
        using var command = _bare.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = 0;
        do
        {
            var values = new object[reader.FieldCount];
            while (reader.Read())
            {
                reader.GetValues(values);
                rows++;
            }
        }
        while (reader.NextResult());

        return rows;
    }

    private (int Year, int Id) Period(string sql)
    {
        using var command = _bare.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        return reader.Read() ? (reader.GetInt32(0), reader.GetInt32(1)) : throw new InvalidOperationException(sql);
    }

    private long Scalar(string sql)
    {
        using var command = _bare.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
