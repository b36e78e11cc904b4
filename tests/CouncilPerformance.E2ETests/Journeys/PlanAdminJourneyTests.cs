using CouncilPerformance.E2ETests.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CouncilPerformance.E2ETests.Journeys;

/// <summary>
/// The plan's own app: these journeys change the seeded plan (a redefinition, a new KPI, an
/// activation, a new Cabinet Member), so they run on their own app and database, not the one the
/// other journeys read.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PlanAdminAppCollectionDefinition : ICollectionFixture<AppFixture>
{
    public const string Name = "Plan administration app";
}

[Collection(PlanAdminAppCollectionDefinition.Name)]
public sealed class PlanAdminJourneyTests(AppFixture app) : JourneyTest(app)
{
    private const string FlyTips = "FLY-TIPS";

    [Fact]
    public async Task Administrator_redefines_fly_tipping_from_2025_26_and_the_trend_marks_the_break()
    {
        await SignInAsAsync(DemoAccounts.Administrator);
        var kpi = new KpiDetailPage(Page);
        await kpi.GotoAsync(KpiDetailPage.PathFor(FlyTips));
        await kpi.Main.GetByRole(AriaRole.Link, new() { Name = "Redefine" }).ClickAsync();

        var form = new KpiRedefinePage(Page);
        await form.ExpectPathAsync($"/admin/kpis/{FlyTips}/redefine");
        await form.WaitForInteractiveAsync();
        await form.Submit.ClickAsync();
        await Expect(form.ErrorSummary).ToContainTextAsync("Enter the new definition");
        await Expect(form.ErrorSummary).ToContainTextAsync("Choose the first reporting period measured the new way");
        await CheckPageAsync("planadmin-redefine-errors");

        await form.NewDefinition.FillAsync("Fly-tips reported in the city, with the enforcement actions taken and the number of fly-tips not enforced against, showing the gap between them.");
        await form.EffectiveFrom.SelectOptionAsync(new SelectOptionValue { Label = "2025/26" });
        await form.Reason.FillAsync("Recommendation a): include both enforcement actions and the number of fly tips not enforced against, highlighting the gap between them.");
        await CheckPageAsync("planadmin-redefine-filled");
        await form.Submit.ClickAsync();

        await kpi.ExpectPathAsync($"/kpis/{FlyTips}?saved=redefined");
        await Expect(kpi.Main.GetByRole(AriaRole.Status)).ToContainTextAsync("The KPI was redefined");
        await Expect(kpi.Main.Locator("svg line.trend-chart__change")).ToHaveCountAsync(1);
        await Expect(kpi.Main.Locator("figure.trend-chart figcaption")).ToContainTextAsync("change of definition");
        var resultsTable = kpi.Main.GetByRole(AriaRole.Table, new() { Name = "Results by year" });
        await Expect(resultsTable.GetByRole(AriaRole.Row).Filter(new() { HasText = "2025/26" })).ToContainTextAsync("Definition changed");
        var history = kpi.Main.Locator("ol.change-history");
        await Expect(history).ToContainTextAsync("From 2025/26");
        await Expect(history).ToContainTextAsync("Recorded by");
        await Expect(history).ToContainTextAsync("not enforced against");
        await CheckPageAsync("planadmin-kpi-redefined");

        // Every signed-in user sees the change, who made it and when.
        await kpi.SignOutAsync();
        await SignInAsAsync(DemoAccounts.Scrutiny);
        await kpi.GotoAsync(KpiDetailPage.PathFor(FlyTips));
        await Expect(kpi.Main.Locator("ol.change-history")).ToContainTextAsync("Recorded by");
        await Expect(kpi.Main.GetByRole(AriaRole.Link, new() { Name = "Redefine" })).ToHaveCountAsync(0);
        await CheckPageAsync("planadmin-kpi-redefined-scrutiny");
    }

    [Fact]
    public async Task Administrator_adds_the_youth_re_offending_KPI_that_recommendation_e_asks_for()
    {
        await SignInAsAsync(DemoAccounts.Administrator);
        var form = new KpiEditPage(Page);
        await form.GotoAsync(KpiEditPage.NewPath);
        await form.ExpectHeadingAsync("New KPI");
        await form.Submit.ClickAsync();
        await Expect(form.ErrorSummary).ToContainTextAsync("Enter a code");
        await Expect(form.ErrorSummary).ToContainTextAsync("Choose the plan priority the KPI serves");
        await CheckPageAsync("planadmin-kpi-new-errors");

        await form.Code.FillAsync("yj-reoffences");
        await form.Name.FillAsync("Re-offences per young re-offender");
        await form.Definition.FillAsync("Average number of proven re-offences committed by each young person aged 10 to 17 in the youth justice cohort who re-offends within twelve months, to sit alongside first-time entry (recommendation e).");
        await form.Unit.SelectOptionAsync(new SelectOptionValue { Label = "Score" });
        await form.BetterWhen.SelectOptionAsync(new SelectOptionValue { Label = "Lower is better" });
        await form.Designation.SelectOptionAsync(new SelectOptionValue { Label = "National indicator" });
        await form.ReleaseMonth.SelectOptionAsync(new SelectOptionValue { Label = "October" });
        await form.DataSource.FillAsync("Proven reoffending statistics (Ministry of Justice)");
        await form.Priority.SelectOptionAsync(new SelectOptionValue { Label = "Reducing Inequalities" });
        await form.Portfolio.SelectOptionAsync(new SelectOptionValue { Label = "Children and Young People" });
        await form.ServiceArea.SelectOptionAsync(new SelectOptionValue { Label = "Children's Services" });
        await form.ConflictSearch.FillAsync("YJ-FTE");
        await Expect(form.ConflictPick.Locator("option")).ToHaveCountAsync(2);
        await form.ConflictPick.SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await form.AddConflict.ClickAsync();
        await form.Main.GetByLabel("Why its target may pull against this one", new() { Exact = false }).FillAsync("Diverting young people from first-time entry can leave a smaller cohort with a higher re-offending frequency.");
        await CheckPageAsync("planadmin-kpi-new-filled");
        await form.Submit.ClickAsync();

        var kpi = new KpiDetailPage(Page);
        await kpi.ExpectPathAsync("/kpis/YJ-REOFFENCES?saved=1");
        await kpi.ExpectHeadingAsync("Re-offences per young re-offender");
        await Expect(kpi.Main.Locator(".kpi-summary")).ToContainTextAsync("Proposed");
        await Expect(kpi.SectionHeading("Targets that may pull against this one")).ToBeVisibleAsync();
        await Expect(kpi.Main.GetByRole(AriaRole.Button, new() { Name = "Activate" })).ToBeVisibleAsync();
        await CheckPageAsync("planadmin-kpi-added");
    }

    [Fact]
    public async Task Administrator_activates_the_proposed_children_in_care_NEET_KPI()
    {
        await SignInAsAsync(DemoAccounts.Administrator);
        var kpi = new KpiDetailPage(Page);
        await kpi.GotoAsync(KpiDetailPage.PathFor("CIC-NEET"));
        await kpi.ExpectHeadingAsync("Children in Care who are NEET");
        await Expect(kpi.Main.Locator(".kpi-summary")).ToContainTextAsync("Proposed");
        await CheckPageAsync("planadmin-neet-proposed");

        await kpi.Main.GetByRole(AriaRole.Button, new() { Name = "Activate" }).ClickAsync();

        await Expect(kpi.Main.GetByRole(AriaRole.Status)).ToContainTextAsync("The KPI is now active");
        await Expect(kpi.Main.Locator(".kpi-summary")).ToContainTextAsync("Active");
        await Expect(kpi.Main.GetByRole(AriaRole.Button, new() { Name = "Put under review" })).ToBeVisibleAsync();
        await CheckPageAsync("planadmin-neet-active");
    }

    [Fact]
    public async Task Administrator_records_a_new_Cabinet_Member_and_cannot_delete_a_service_area_that_KPIs_use()
    {
        await SignInAsAsync(DemoAccounts.Administrator);
        var plan = new PlanPartPage(Page);
        await plan.GotoAsync("/admin");
        await plan.Main.GetByRole(AriaRole.Link, new() { Name = "Manage cabinet portfolios" }).ClickAsync();
        await plan.ExpectHeadingAsync("Cabinet portfolios");
        await plan.WaitForInteractiveAsync();
        await CheckPageAsync("planadmin-portfolios");

        await plan.Row("Strategic Finance and Resources").ClickAsync();
        await plan.ExpectHeadingAsync("Portfolio: Strategic Finance and Resources");
        await plan.WaitForInteractiveAsync();
        await plan.Field("Cabinet Member's name").FillAsync("Councillor A Example");
        await plan.Field("Holds the portfolio from").FillAsync("2026-05-20");
        await plan.Button("Record the Cabinet Member").ClickAsync();
        await Expect(plan.Status).ToContainTextAsync("Councillor A Example was recorded");
        var members = plan.Main.GetByRole(AriaRole.Table, new() { Name = "Cabinet Members of the portfolio" });
        await Expect(members.GetByRole(AriaRole.Row).Filter(new() { HasText = "Councillor R Brown" })).ToContainTextAsync("19 May 2026");
        await Expect(members.GetByRole(AriaRole.Row).Filter(new() { HasText = "Councillor A Example" })).ToContainTextAsync("Now");
        await CheckPageAsync("planadmin-portfolio-members");

        await plan.GotoAsync("/admin/plan/service-areas");
        // The list is a static page: its search applies with Show, and only what was chosen goes in the address.
        await plan.WaitForInteractiveAsync();
        await plan.Field("Search by name").FillAsync("Fin");
        await plan.Button("Show").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/admin/plan/service-areas\?q=Fin$"));
        await Expect(plan.Row("Public Health")).ToHaveCountAsync(0);
        await plan.WaitForInteractiveAsync();
        await plan.Row("Finance").ClickAsync();
        await plan.WaitForInteractiveAsync();
        await plan.Button("Delete the service area").ClickAsync();
        await Expect(plan.Alert).ToContainTextAsync("cannot be deleted: it is still used by");
        await Expect(plan.Alert).ToContainTextAsync("KPI");
        await CheckPageAsync("planadmin-service-area-delete-refused");
    }
}
