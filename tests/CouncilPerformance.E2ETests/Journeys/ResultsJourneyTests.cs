using System.Text;
using CouncilPerformance.Core.Results.Import;
using CouncilPerformance.E2ETests.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CouncilPerformance.E2ETests.Journeys;

/// <summary>
/// The results journeys change data (they publish 2025/26), so they run on an app and database of
/// their own: xUnit creates one <see cref="AppFixture"/> per collection, so this collection gets a
/// fresh database and the journeys of <see cref="AppCollectionDefinition"/> still see 2024/25 as
/// the latest published year.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ResultsAppCollectionDefinition : ICollectionFixture<AppFixture>
{
    public const string Name = "Results journeys";
}

/// <summary>
/// The import journey needs 2025/26 still open, which the sign-off journey ends by publishing; a
/// third app keeps the two independent of the order xUnit runs them in.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ResultsImportAppCollectionDefinition : ICollectionFixture<AppFixture>
{
    public const string Name = "Results import journeys";
}

/// <summary>
/// A result for ROADS-A in 2025/26, from the performance team setting its target, through the
/// officer entering and submitting it, to sign-off, publication and the audit log.
/// </summary>
[Collection(ResultsAppCollectionDefinition.Name)]
public sealed class ResultsJourneyTests(AppFixture app) : ResultsJourneyTest(app)
{
    private const string ServiceArea = "Highways, Transport and Waste";

    [Fact]
    public async Task A_result_is_targeted_entered_submitted_approved_published_and_audited()
    {
        await Administrator_sets_the_2025_26_target_for_A_roadsAsync();
        await SignOutAsync();

        await Officer_enters_a_red_result_explains_it_and_submits_itAsync();
        await SignOutAsync();

        await Administrator_approves_the_result_then_closes_and_publishes_the_yearAsync();
        await Administrator_finds_the_officers_change_in_the_audit_logAsync();
        await SignOutAsync();

        await Anyone_signed_in_sees_the_published_result_on_the_KPI_pageAsync();
    }

    private async Task Administrator_sets_the_2025_26_target_for_A_roadsAsync()
    {
        var shell = await SignInAsync(DemoAccounts.Administrator);
        await shell.Menu.GetByRole(AriaRole.Link, new() { Name = "Reporting periods", Exact = true }).ClickAsync();

        var periods = new PeriodsPage(Page);
        await periods.ExpectPathAsync(PeriodsPage.Path);
        await periods.WaitForInteractiveAsync();
        await periods.ExpectHeadingAsync(PeriodsPage.Title);
        await Expect(periods.State(PeriodLabel)).ToHaveTextAsync("Open for entry");
        await periods.Row(PeriodLabel).GetByRole(AriaRole.Link, new() { Name = $"Targets for {PeriodLabel}" }).ClickAsync();

        var targets = new TargetsPage(Page);
        await targets.ExpectPathAsync(TargetsPage.PathFor(StartYear));
        await targets.WaitForInteractiveAsync();
        await targets.ExpectHeadingAsync(TargetsPage.TitleFor(PeriodLabel));
        await targets.FindAsync("roads");
        // The seed rolled 2024/25's target forward; the performance team raises it for the new year.
        await Expect(targets.Target(ARoads)).ToHaveValueAsync("96");

        await targets.SetAsync(ARoads, "96.5", "1");

        await Expect(targets.Target(ARoads)).ToHaveValueAsync("96.5");
        await Expect(targets.AmberTolerance(ARoads)).ToHaveValueAsync("1");
        await CheckPageAsync("results-admin-targets", docsName: "admin-targets");
    }

    private async Task Officer_enters_a_red_result_explains_it_and_submits_itAsync()
    {
        var shell = await SignInAsync(DemoAccounts.Officer);
        await shell.Menu.GetByRole(AriaRole.Link, new() { Name = "My results", Exact = true }).ClickAsync();

        var results = new MyResultsPage(Page);
        await results.ExpectPathAsync(MyResultsPage.Path);
        await results.WaitForInteractiveAsync();
        await results.ExpectHeadingAsync(MyResultsPage.TitleFor(PeriodLabel));
        await results.ExpectStatusAsync(ARoads, "Due");
        await CheckPageAsync("results-officer-my-results", docsName: "officer-my-results");

        var entry = await results.OpenAsync(ARoads);
        await entry.ExpectPathAsync(ResultEntryPage.PathFor(ARoadsCode, StartYear));
        await Expect(entry.Summary).ToContainTextAsync("96.5%");

        // A percentage over 100 is refused at once, next to the field.
        await entry.TypeAsync(ValueLabel, "140");
        await entry.ExpectFieldErrorAsync(ValueLabel, "must be a percentage from 0 to 100");

        // 94% against a target of 96.5% with a tolerance of 1 is red, and the summary says so as it is typed.
        await entry.TypeAsync(ValueLabel, "94");
        await Expect(entry.Field(ValueLabel)).Not.ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(entry.Summary).ToContainTextAsync("Red");
        await Expect(entry.Summary).ToContainTextAsync("Off target");

        // A red result cannot be submitted without commentary; the summary leads to the field.
        await entry.SubmitButton.ClickAsync();
        await Expect(entry.ErrorSummary).ToBeVisibleAsync();
        await Expect(entry.ErrorSummary).ToBeFocusedAsync();
        await Expect(entry.ErrorSummary).ToContainTextAsync("explain what happened");
        await entry.ErrorSummary.GetByRole(AriaRole.Link).First.ClickAsync();
        await Expect(entry.Commentary).ToBeFocusedAsync();
        await Expect(entry.Commentary).ToHaveAttributeAsync("aria-invalid", "true");
        await CheckPageAsync("results-officer-result-entry-problems");

        await entry.Commentary.FillAsync("Resurfacing was delayed by the wet winter; the deferred schemes are programmed for the summer.");
        await entry.SaveDraftButton.ClickAsync();
        await Expect(entry.SavedMessage).ToContainTextAsync("Draft saved");
        await Expect(entry.ErrorSummary).ToHaveCountAsync(0);
        await Expect(entry.StateText("Draft, last saved by")).ToBeVisibleAsync();

        await entry.SubmitButton.ClickAsync();
        await Expect(entry.SavedMessage).ToContainTextAsync("Submitted for sign-off");
        await Expect(entry.StateText("Submitted for sign-off by")).ToBeVisibleAsync();
        await CheckPageAsync("results-officer-result-entry", docsName: "officer-result-entry");

        await entry.Main.GetByRole(AriaRole.Link, new() { Name = "Back to my results", Exact = true }).ClickAsync();
        await results.ExpectHeadingAsync(MyResultsPage.TitleFor(PeriodLabel));
        await results.ExpectStatusAsync(ARoads, "Submitted");
    }

    private async Task Administrator_approves_the_result_then_closes_and_publishes_the_yearAsync()
    {
        var shell = await SignInAsync(DemoAccounts.Administrator);
        await shell.Menu.GetByRole(AriaRole.Link, new() { Name = "Progress and sign-off", Exact = true }).ClickAsync();

        var progress = new ProgressPage(Page);
        await progress.ExpectPathAsync(ProgressPage.Path);
        await progress.WaitForInteractiveAsync();
        await progress.ExpectHeadingAsync(ProgressPage.TitleFor(PeriodLabel));
        await Expect(await progress.CountAsync(PeriodLabel, ServiceArea, "Submitted")).ToHaveTextAsync("1");
        await Expect(progress.WaitingHeading).ToHaveTextAsync("Waiting for sign-off (1)");
        await Expect(progress.WaitingForSignOff(PeriodLabel)).ToContainTextAsync("94%");
        await CheckPageAsync("results-admin-progress", docsName: "admin-progress",
            scrollTo: progress.WaitingForSignOff(PeriodLabel), alignToBottom: true);

        // Returning it without saying what to change is refused beside the result, which still waits.
        await progress.ReturnAsync(ARoads, "   ");
        await Expect(progress.Message($"{ARoads} was not returned. Say what the officer needs to change")).ToBeVisibleAsync();
        await Expect(progress.CommentFor(ARoads)).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(progress.WaitingHeading).ToHaveTextAsync("Waiting for sign-off (1)");
        await CheckPageAsync("results-admin-progress-return-refused");

        await progress.ApproveAsync(ARoads);

        await Expect(await progress.CountAsync(PeriodLabel, ServiceArea, "Approved")).ToHaveTextAsync("1");
        await Expect(await progress.CountAsync(PeriodLabel, ServiceArea, "Submitted")).ToHaveTextAsync("0");
        await Expect(progress.WaitingHeading).ToHaveTextAsync("Waiting for sign-off (0)");
        await CheckPageAsync("results-admin-progress-approved");

        await shell.Menu.GetByRole(AriaRole.Link, new() { Name = "Reporting periods", Exact = true }).ClickAsync();
        var periods = new PeriodsPage(Page);
        await periods.ExpectPathAsync(PeriodsPage.Path);
        await periods.WaitForInteractiveAsync();
        await periods.ExpectHeadingAsync(PeriodsPage.Title);

        await periods.CloseAsync(PeriodLabel);
        await CheckPageAsync("results-admin-periods-closed", docsName: "admin-periods");

        var dialog = await periods.StartPublishingAsync(PeriodLabel);
        await CheckPageAsync("results-admin-periods-publish-dialog", docsName: "admin-publish-confirm");
        await periods.ConfirmPublishAsync(dialog, PeriodLabel);
        await CheckPageAsync("results-admin-periods-published");
    }

    private async Task Administrator_finds_the_officers_change_in_the_audit_logAsync()
    {
        var shell = new AppShell(Page);
        await shell.Menu.GetByRole(AriaRole.Link, new() { Name = "Audit log", Exact = true }).ClickAsync();

        var audit = new AuditLogPage(Page);
        await audit.ExpectPathAsync(AuditLogPage.Path);
        await audit.WaitForInteractiveAsync();
        await audit.ExpectHeadingAsync(AuditLogPage.Title);

        await audit.FilterByUserAsync(DemoAccounts.Officer);

        // Submitting changed the draft: who did it, and the state before and after.
        var submitted = audit.Entry(DemoAccounts.Officer, "Result", "Changed", "State: Draft → Submitted");
        await Expect(submitted).ToHaveCountAsync(1);
        await Expect(audit.Entry(DemoAccounts.Officer, "Result", "Created").First).ToBeVisibleAsync();
        await CheckPageAsync("results-admin-audit", docsName: "admin-audit");

        // An old link past the last page shows the last page, counted truly.
        await Page.GotoAsync(Page.Url + "&page=99");
        await audit.WaitForInteractiveAsync();
        await Expect(audit.Summary).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^(\d+) entries; showing 1 to \1, newest first\.$"));
        await Expect(submitted).ToHaveCountAsync(1);
    }

    private async Task Anyone_signed_in_sees_the_published_result_on_the_KPI_pageAsync()
    {
        await SignInAsync(DemoAccounts.Scrutiny);
        var kpi = new KpiDetailPage(Page);
        await kpi.GotoAsync(KpiDetailPage.PathFor(ARoadsCode));
        await kpi.ExpectHeadingAsync(ARoads);

        var year = kpi.Main.GetByRole(AriaRole.Table, new() { Name = "Results by year", Exact = true })
            .GetByRole(AriaRole.Row)
            .Filter(new() { Has = Page.GetByRole(AriaRole.Rowheader, new() { Name = PeriodLabel }) });
        await Expect(year).ToContainTextAsync("94%");
        await Expect(year).ToContainTextAsync("Red");
        await CheckPageAsync("results-kpi-roads-a-published");
    }
}

/// <summary>
/// An officer fills in the downloaded template with one good row and one bad row: the preview names
/// the bad cell by row and column, Import stays unavailable, and nothing is saved.
/// </summary>
[Collection(ResultsImportAppCollectionDefinition.Name)]
public sealed class ResultsImportJourneyTests(AppFixture app) : ResultsJourneyTest(app)
{
    private const string UnclassifiedRoadsCode = "ROADS-UNCLASS";
    private const string UnclassifiedRoads = "Unclassified roads in a good/acceptable condition";
    private const string RecyclingCode = "RECYCLING";
    private const string Recycling = "Household waste recycled and composted";

    [Fact]
    public async Task Officer_uploads_the_template_with_a_bad_row_sees_its_row_and_column_and_nothing_is_saved()
    {
        var shell = await SignInAsync(DemoAccounts.Officer);
        await shell.Menu.GetByRole(AriaRole.Link, new() { Name = "Import a spreadsheet", Exact = true }).ClickAsync();

        var import = new ImportPage(Page);
        await import.ExpectPathAsync(ImportPage.Path);
        await import.WaitForInteractiveAsync();
        await import.ExpectHeadingAsync(ImportPage.Title);
        await CheckPageAsync("results-officer-import");

        // The officer's own template: their service area's KPIs, one a row, under the import's headings.
        var download = await Page.RunAndWaitForDownloadAsync(() => import.CsvTemplateLink.ClickAsync());
        Assert.EndsWith(".csv", download.SuggestedFilename, StringComparison.Ordinal);
        var sheet = ParseCsv(await File.ReadAllTextAsync(await download.PathAsync()));
        var headings = sheet[0];
        Assert.Equal(ImportColumns.Fixed, headings.Take(ImportColumns.Fixed.Count));
        var codes = sheet.Skip(1).Select(r => r[0]).ToList();
        Assert.Contains(UnclassifiedRoadsCode, codes);
        Assert.Contains(RecyclingCode, codes);

        // One good row; one with a percentage over 100. The other rows stay empty, so they are left out.
        Fill(sheet, RecyclingCode, "36.2", "Up on last year now that food waste is collected separately.");
        Fill(sheet, UnclassifiedRoadsCode, "140", "");
        var badRow = codes.IndexOf(UnclassifiedRoadsCode) + 2; // the headings are row 1
        var goodRow = codes.IndexOf(RecyclingCode) + 2;

        var directory = Directory.CreateTempSubdirectory("cp-e2e-import-");
        try
        {
            var file = Path.Combine(directory.FullName, download.SuggestedFilename);
            await File.WriteAllTextAsync(file, WriteCsv(sheet), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
            await import.UploadAsync(file);
        }
        finally
        {
            directory.Delete(recursive: true);
        }

        var leftEmpty = codes.Count - 2;
        await Expect(import.PreviewSummary).ToContainTextAsync(
            $"{codes.Count} rows: 1 new, 0 changed, 0 unchanged, {leftEmpty} left empty, 1 with problems");
        await Expect(import.Problem(badRow, ImportColumns.Value)).ToContainTextAsync("must be a percentage from 0 to 100");
        await Expect(import.Problems.GetByRole(AriaRole.Row).Filter(new() { Has = Page.GetByRole(AriaRole.Cell) })).ToHaveCountAsync(1);
        await Expect(import.PreviewRow(goodRow)).ToContainTextAsync("New: will be saved");
        await Expect(import.PreviewRow(badRow)).ToContainTextAsync("Has problems");
        await Expect(import.ImportButton).ToBeDisabledAsync();
        await Expect(import.ImportAndSubmitButton).ToBeDisabledAsync();
        await CheckPageAsync("results-officer-import-preview", docsName: "officer-import-preview", scrollTo: import.CheckHeading);

        // All or nothing: the good row was not saved either.
        await shell.Menu.GetByRole(AriaRole.Link, new() { Name = "My results", Exact = true }).ClickAsync();
        var results = new MyResultsPage(Page);
        await results.ExpectPathAsync(MyResultsPage.Path);
        await results.WaitForInteractiveAsync();
        await results.ExpectHeadingAsync(MyResultsPage.TitleFor(PeriodLabel));
        await results.ExpectStatusAsync(UnclassifiedRoads, "Due");
        await results.ExpectStatusAsync(Recycling, "Due");
    }

    /// <summary>Fills in a KPI's row as an officer would: the value, "Provisional" and the commentary.</summary>
    private static void Fill(List<List<string>> sheet, string code, string value, string commentary)
    {
        var headings = sheet[0];
        var row = sheet.Single(r => r[0] == code);
        row[headings.IndexOf(ImportColumns.Value)] = value;
        row[headings.IndexOf(ImportColumns.DataStatus)] = ImportColumns.Provisional;
        row[headings.IndexOf(ImportColumns.Commentary)] = commentary;
    }

    /// <summary>Reads CSV text (RFC 4180: quoted fields may hold commas, quotes and line breaks) into rows of fields.</summary>
    private static List<List<string>> ParseCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c != '"')
                {
                    field.Append(c);
                }
                else if (i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else
                {
                    quoted = false;
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
            }
            else if (c != '\r')
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add(row);
        }

        return rows;
    }

    private static string WriteCsv(List<List<string>> rows)
    {
        static string Quote(string text) => text.IndexOfAny([',', '"', '\r', '\n']) < 0
            ? text
            : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

        var csv = new StringBuilder();
        foreach (var row in rows)
        {
            csv.Append(string.Join(',', row.Select(Quote))).Append("\r\n");
        }

        return csv.ToString();
    }
}

/// <summary>
/// What the results journeys share: the period and KPI they work on, signing in at the viewport the
/// user guide's screenshots are taken at, and saving those screenshots.
/// </summary>
public abstract class ResultsJourneyTest(AppFixture app) : JourneyTest(app)
{
    /// <summary>Set to 1 to copy the user guide's screenshots into <c>docs/screenshots</c>.</summary>
    public const string UpdateDocsVariable = "UPDATE_DOCS_SCREENSHOTS";

    protected const string PeriodLabel = "2025/26";
    protected const int StartYear = 2025;
    protected const string ARoadsCode = "ROADS-A";
    protected const string ARoads = "Principal roads (A roads) in a good/acceptable condition";
    protected const string ValueLabel = "Value (%)";

    private static readonly Lazy<string?> _docsDirectory = new(FindDocsDirectory);

    /// <summary>Signs in at the user guide's viewport (1280 × 860) and returns once the home page is interactive.</summary>
    protected async Task<AppShell> SignInAsync(string email)
    {
        await Page.SetViewportSizeAsync(1280, 860);
        return await SignInAsAsync(email);
    }

    protected async Task SignOutAsync() => await new AppShell(Page).SignOutAsync();

    /// <summary>
    /// Saves the full-page screenshot and runs axe, as every journey does; with <paramref name="docsName"/>
    /// also saves what a person sees in the window (not the full page) for the user guide, in the test
    /// output's <c>screenshots/docs</c>, and in <c>docs/screenshots</c> when <see cref="UpdateDocsVariable"/> is 1.
    /// </summary>
    /// <param name="screenshotName">The full-page screenshot's name.</param>
    /// <param name="docsName">The user guide screenshot's name, or null for none.</param>
    /// <param name="scrollTo">What the user guide screenshot should show; the top of the page when null.</param>
    /// <param name="alignToBottom">Scroll <paramref name="scrollTo"/> to the bottom of the window rather than the top.</param>
    protected async Task CheckPageAsync(string screenshotName, string? docsName, ILocator? scrollTo = null, bool alignToBottom = false)
    {
        await CheckPageAsync(screenshotName);
        if (docsName is null)
        {
            return;
        }

        if (scrollTo is null)
        {
            await Page.EvaluateAsync("() => window.scrollTo(0, 0)");
        }
        else
        {
            await scrollTo.EvaluateAsync("(e, block) => e.scrollIntoView({ block })", alignToBottom ? "end" : "start");
        }

        var directory = Directory.CreateDirectory(Path.Combine(Screenshots.OutputDirectory, "docs")).FullName;
        var path = Path.Combine(directory, docsName + ".png");
        await Page.ScreenshotAsync(new() { Path = path, FullPage = false });
        if (_docsDirectory.Value is { } docs)
        {
            File.Copy(path, Path.Combine(docs, docsName + ".png"), overwrite: true);
        }
    }

    private static string? FindDocsDirectory()
    {
        if (Environment.GetEnvironmentVariable(UpdateDocsVariable) != "1")
        {
            return null;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CouncilPerformance.sln")))
            {
                return Directory.CreateDirectory(Path.Combine(dir.FullName, "docs", "screenshots")).FullName;
            }
        }

        return null;
    }
}
