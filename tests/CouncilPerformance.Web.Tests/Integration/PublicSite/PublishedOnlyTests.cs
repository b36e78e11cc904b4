using System.Net;
using CouncilPerformance.Core.Data;
using CouncilPerformance.Core.Kpis;
using CouncilPerformance.Core.Recommendations;
using CouncilPerformance.Core.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CouncilPerformance.Web.Tests.Integration.PublicSite;

/// <summary>
/// The app with unpublished things planted beside the seed: a draft, a submitted, a returned and an
/// approved result in the open year, an approved result in a closed year, a draft and a withdrawn
/// recommendation, and a decision whose outcome is typed but not recorded; plus a published result
/// and a recorded decision as controls, so the test can tell "hidden" from "not rendered at all".
/// </summary>
public sealed class UnpublishedDataApp : AppFactory
{
    public const string Hidden = "MARKER-HIDDEN";
    public const string HiddenValue = "98765";
    public const string PublishedControl = "CONTROL-PUBLISHED-COMMENTARY";
    public const string DecisionControl = "CONTROL-RECORDED-DECISION";
    public const string FormulaWording = "=SUM(1;2)*cmd|' /C calc'!A0 click here";

    private readonly Lazy<Task<IReadOnlyList<string>>> _planted;

    public UnpublishedDataApp() => _planted = new(PlantAsync);

    /// <summary>The codes of the KPIs that had something unpublished planted on them.</summary>
    public Task<IReadOnlyList<string>> PlantedKpiCodesAsync() => _planted.Value;

    private async Task<IReadOnlyList<string>> PlantAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();

        var open = await db.ReportingPeriods.SingleAsync(p => p.State == PeriodState.Open);
        var closed = ReportingPeriod.ForFinancialYear(2021);
        closed.State = PeriodState.Closed;
        db.ReportingPeriods.Add(closed);
        var published = await db.ReportingPeriods.Where(p => p.State == PeriodState.Published).OrderByDescending(p => p.StartYear).FirstAsync();

        var kpis = await db.Kpis
            .Where(k => k.Status == KpiStatus.Active && k.Results.Any(r => r.ReportingPeriodId == published.Id && r.State == ResultState.Approved))
            .OrderBy(k => k.Code).Take(5).ToListAsync();
        var states = new[] { ResultState.Draft, ResultState.Submitted, ResultState.Returned, ResultState.Approved };
        for (var i = 0; i < states.Length; i++)
        {
            var result = await db.Results.SingleOrDefaultAsync(r => r.KpiId == kpis[i].Id && r.ReportingPeriodId == open.Id);
            if (result is null)
            {
                result = new Result { KpiId = kpis[i].Id, ReportingPeriodId = open.Id };
                db.Results.Add(result);
            }

            result.State = states[i];
            result.DataStatus = DataStatus.Final;
            result.Value = 98765;
            result.Commentary = $"{Hidden} {states[i]} result in the open year";
        }

        db.Results.Add(new Result
        {
            KpiId = kpis[4].Id, ReportingPeriod = closed, State = ResultState.Approved, DataStatus = DataStatus.Final, Value = 98765,
            Commentary = $"{Hidden} approved result in a closed year",
        });
        db.Targets.Add(new Target { KpiId = kpis[4].Id, ReportingPeriod = closed, Value = 98765 });

        var control = await db.Results.FirstAsync(r => r.KpiId == kpis[0].Id && r.ReportingPeriodId == published.Id);
        control.Commentary = PublishedControl;

        var series = await db.DeepDiveSeries.FirstAsync();
        Recommendation Planted(string reference, RecommendationStatus status, string text) => new()
        {
            Reference = reference, Title = text, Wording = text, AddressedTo = RecommendationAddressee.Cabinet, Status = status,
            DeepDiveSeriesId = series.Id, SortOrder = 100, Kpis = [kpis[0]],
        };
        db.Recommendations.Add(Planted("Draft 1", RecommendationStatus.Draft, $"{Hidden} draft recommendation"));
        db.Recommendations.Add(Planted("Withdrawn 1", RecommendationStatus.Withdrawn, $"{Hidden} withdrawn recommendation"));
        var typedNotRecorded = Planted("Pending 1", RecommendationStatus.AwaitingDecision, "A recommendation whose decision is typed but not recorded");
        typedNotRecorded.DecisionOutcome = DecisionOutcome.Agreed;
        typedNotRecorded.DecisionText = $"{Hidden} decision not yet recorded";
        db.Recommendations.Add(typedNotRecorded);
        var decided = Planted("Decided 1", RecommendationStatus.Agreed, "A recommendation with a recorded decision");
        decided.DecisionOutcome = DecisionOutcome.Agreed;
        decided.DecisionText = DecisionControl;
        decided.DecidedOn = new DateOnly(2025, 11, 4);
        db.Recommendations.Add(decided);
        db.Recommendations.Add(Planted("Formula 1", RecommendationStatus.Endorsed, "A recommendation that looks like a formula") is var formula
            ? WithWording(formula, FormulaWording) : null!);

        await db.SaveChangesAsync();
        return [.. kpis.Select(k => k.Code)];
    }

    private static Recommendation WithWording(Recommendation recommendation, string wording)
    {
        recommendation.Wording = wording;
        return recommendation;
    }
}

/// <summary>
/// The rule the public site stands on: nothing unpublished ever appears in a public page or file
/// (results only of published years, recommendations only once endorsed, decisions once recorded).
/// </summary>
[Collection(OneAppAtATime.Name)]
public sealed class PublishedOnlyTests(UnpublishedDataApp app) : IClassFixture<UnpublishedDataApp>
{
    [Fact]
    public async Task No_public_page_shows_an_unpublished_result_a_draft_or_withdrawn_recommendation_or_an_unrecorded_decision()
    {
        var codes = await app.PlantedKpiCodesAsync();
        using var client = app.CreateBrowserLikeClient();
        var paths = new List<string> { "/", "/performance", "/performance/2024-25", "/performance/2023-24", "/performance/2022-23", "/scrutiny", "/accessibility" };
        paths.AddRange(codes.SelectMany(c => new[] { $"/performance/2024-25/{c}", $"/performance/2022-23/{c}" }));

        foreach (var path in paths)
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            var html = await response.Content.ReadAsStringAsync();

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}.");
            Assert.DoesNotContain(UnpublishedDataApp.Hidden, html, StringComparison.Ordinal);
            Assert.DoesNotContain(UnpublishedDataApp.HiddenValue, html, StringComparison.Ordinal);
            Assert.DoesNotContain("98,765", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task No_open_data_file_holds_an_unpublished_result_a_draft_or_withdrawn_recommendation_or_an_unrecorded_decision()
    {
        await app.PlantedKpiCodesAsync();
        using var client = app.CreateBrowserLikeClient();

        foreach (var name in new[] { "kpis", "results", "recommendations" })
        {
            foreach (var format in new[] { "csv", "json" })
            {
                var body = await client.GetStringAsync(new Uri($"/open-data/{name}.{format}", UriKind.Relative));
                Assert.DoesNotContain(UnpublishedDataApp.Hidden, body, StringComparison.Ordinal);
                Assert.DoesNotContain(UnpublishedDataApp.HiddenValue, body, StringComparison.Ordinal);
                // A year as a field of its own (a period), not inside a published note such as "2021/22 leavers".
                Assert.DoesNotMatch(YearAsField("2025/26"), body);
                Assert.DoesNotMatch(YearAsField("2021/22"), body);
            }
        }

        // The controls: the published commentary and the recorded decision are there.
        Assert.Contains(UnpublishedDataApp.PublishedControl, await client.GetStringAsync(new Uri("/open-data/results.csv", UriKind.Relative)), StringComparison.Ordinal);
        Assert.Contains(UnpublishedDataApp.DecisionControl, await client.GetStringAsync(new Uri("/open-data/recommendations.json", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_recommendation_whose_wording_looks_like_a_formula_is_text_in_the_CSV()
    {
        await app.PlantedKpiCodesAsync();
        using var client = app.CreateBrowserLikeClient();

        var csv = await client.GetStringAsync(new Uri("/open-data/recommendations.csv", UriKind.Relative));

        Assert.Contains(",'" + UnpublishedDataApp.FormulaWording, csv, StringComparison.Ordinal);
        Assert.DoesNotContain("," + UnpublishedDataApp.FormulaWording, csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_unpublished_years_themselves_are_not_found()
    {
        var codes = await app.PlantedKpiCodesAsync();
        using var client = app.CreateBrowserLikeClient();

        foreach (var path in new[] { "/performance/2025-26", "/performance/2021-22", $"/performance/2025-26/{codes[3]}", $"/performance/2021-22/{codes[4]}" })
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{path} answered {(int)response.StatusCode}.");
            Assert.DoesNotContain(UnpublishedDataApp.Hidden, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_controls_show_so_the_hidden_things_are_hidden_by_the_rule_not_missing_from_the_page()
    {
        var codes = await app.PlantedKpiCodesAsync();
        using var client = app.CreateBrowserLikeClient();

        var kpiPage = await client.GetStringAsync(new Uri($"/performance/2024-25/{codes[0]}", UriKind.Relative));
        var scrutiny = await client.GetStringAsync(new Uri("/scrutiny", UriKind.Relative));

        Assert.Contains(UnpublishedDataApp.PublishedControl, kpiPage, StringComparison.Ordinal);
        Assert.Contains("A recommendation with a recorded decision", kpiPage, StringComparison.Ordinal);
        Assert.Contains(UnpublishedDataApp.DecisionControl, scrutiny, StringComparison.Ordinal);
        Assert.Contains("A recommendation whose decision is typed but not recorded", scrutiny, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_KPI_that_is_only_proposed_has_no_public_page()
    {
        using var client = app.CreateBrowserLikeClient();

        using var response = await client.GetAsync(new Uri("/performance/2024-25/CIC-NEET", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static System.Text.RegularExpressions.Regex YearAsField(string year) =>
        new($"(^|[,\"]){System.Text.RegularExpressions.Regex.Escape(year)}([,\"]|$)", System.Text.RegularExpressions.RegexOptions.Multiline);
}
