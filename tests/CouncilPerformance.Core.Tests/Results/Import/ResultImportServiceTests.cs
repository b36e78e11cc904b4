using System.Diagnostics;
using CouncilPerformance.Core.Kpis;
using CouncilPerformance.Core.Results;
using CouncilPerformance.Core.Results.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using static CouncilPerformance.Core.Tests.Results.Import.ImportTestBed;

namespace CouncilPerformance.Core.Tests.Results.Import;

/// <summary>Preview and commit of an import on the real seeded database: the rules, the problems, the all-or-nothing save.</summary>
public sealed class ResultImportServiceTests
{
    [Fact]
    public async Task A_good_file_previews_without_problems_and_commits_as_drafts()
    {
        // Arrange
        await using var bed = await CreateAsync();
        var before = await bed.CountsAsync();

        // Act
        var preview = await bed.PreviewCsvAsync(Header,
            Row("ROADS-A", "94.5", "Provisional", "Survey complete.", england: "95.1"),
            Row("RECYCLING", "38.2", "Final"));
        var outcome = await bed.Import.CommitAsync(bed.Officer, preview, submit: false);

        // Assert
        Assert.Empty(preview.Problems);
        Assert.Null(preview.Refusal);
        Assert.Equal([ImportRowStatus.New, ImportRowStatus.New], preview.Rows.Select(r => r.Status));
        Assert.Equal("2 rows: 2 new, 0 changed, 0 unchanged, 0 with problems", preview.Summary);
        Assert.True(preview.CanImport);
        Assert.True(outcome.Succeeded, outcome.Message);
        Assert.Equal((2, 0, 0), (outcome.Created, outcome.Updated, outcome.Submitted));

        var roads = await bed.ResultAsync("ROADS-A");
        Assert.NotNull(roads);
        Assert.Equal(94.5m, roads.Value);
        Assert.Equal(ResultState.Draft, roads.State);
        Assert.Equal(DataStatus.Provisional, roads.DataStatus);
        Assert.Equal("Survey complete.", roads.Commentary);
        Assert.Equal(bed.Officer.UserId, roads.EnteredById);
        Assert.Equal("Olivia Okafor", roads.EnteredByName);
        Assert.NotNull(roads.EnteredAt);
        Assert.Equal(95.1m, Assert.Single(roads.Comparators).Value);
        Assert.Equal(DataStatus.Final, (await bed.ResultAsync("RECYCLING"))!.DataStatus);
        var after = await bed.CountsAsync();
        Assert.Equal(before.Results + 2, after.Results);
        Assert.Equal(before.Audit + 2, after.Audit);
    }

    [Theory]
    [InlineData("abc", "“abc” is not a number")]
    [InlineData("140", "must be a percentage from 0 to 100")]
    [InlineData("\"1,5\"", "“1,5” is not a number")]
    public async Task A_bad_value_is_reported_by_row_and_column_and_nothing_is_saved(string value, string expected)
    {
        // Arrange
        await using var bed = await CreateAsync();
        var before = await bed.CountsAsync();

        // Act
        var preview = await bed.PreviewCsvAsync(Header,
            Row("ROADS-A", "94.5"),
            Row("ROADS-UNCLASS", value),
            Row("RECYCLING", "38.2"));
        var outcome = await bed.Import.CommitAsync(bed.Officer, preview, submit: false);

        // Assert
        var problem = Assert.Single(preview.Problems);
        Assert.Equal(3, problem.Row);
        Assert.Equal("Value", problem.Column);
        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
        Assert.Equal(ImportRowStatus.Error, preview.Rows.Single(r => r.Row == 3).Status);
        Assert.EndsWith("1 with problems", preview.Summary, StringComparison.Ordinal);
        Assert.False(preview.CanImport);
        Assert.Equal(ImportOutcomeKind.Invalid, outcome.Kind);
        Assert.Equal(before, await bed.CountsAsync());
    }

    [Fact]
    public async Task Another_service_areas_kpi_is_reported_and_blocks_the_import()
    {
        // Arrange
        await using var bed = await CreateAsync();

        // Act
        var preview = await bed.PreviewCsvAsync(Header, Row("ROADS-A", "94.5"), Row("COUNCIL-TAX", "95.2"));

        // Assert
        var problem = Assert.Single(preview.Problems);
        Assert.Equal((3, "KPI code"), (problem.Row, problem.Column));
        Assert.Contains("COUNCIL-TAX belongs to Finance", problem.Message, StringComparison.Ordinal);
        Assert.Contains("only for your own service area", problem.Message, StringComparison.Ordinal);
        Assert.False(preview.CanImport);
    }

    [Fact]
    public async Task An_administrator_may_import_for_any_service_area()
    {
        // Arrange
        await using var bed = await CreateAsync();

        // Act
        var outcome = await bed.Import.CommitAsync(bed.Administrator, bed.OpenPeriodId,
            Csv(Header, Row("ROADS-A", "94.5"), Row("COUNCIL-TAX", "95.2")), "results.csv", submit: false);

        // Assert
        Assert.True(outcome.Succeeded, outcome.Message);
        Assert.Equal(2, outcome.Created);
        Assert.Equal("Alex Morgan", (await bed.ResultAsync("COUNCIL-TAX"))!.EnteredByName);
    }

    [Fact]
    public async Task Unknown_and_duplicate_kpi_codes_are_reported()
    {
        // Arrange
        await using var bed = await CreateAsync();

        // Act
        var preview = await bed.PreviewCsvAsync(Header, Row("ROADS-A", "94.5"), Row("NO-SUCH-KPI", "1"), Row("roads-a", "90"));

        // Assert
        Assert.Collection(preview.Problems,
            p => Assert.Equal((2, "ROADS-A is in rows 2 and 4. Keep one row per KPI."), (p.Row, p.Message)),
            p => Assert.Equal((3, "There is no KPI with the code “NO-SUCH-KPI”. Check it against the template."), (p.Row, p.Message)),
            p => Assert.Equal((4, "roads-a is in rows 2 and 4. Keep one row per KPI."), (p.Row, p.Message)));
    }

    [Fact]
    public async Task A_direction_target_is_judged_against_last_years_figure_as_on_the_form()
    {
        // Arrange: ROADS-A's 2025/26 target is "better than last year"; the file has a worse figure.
        await using var bed = await CreateAsync();
        decimal worse;
        await using (var db = bed.CreateContext())
        {
            var kpi = await db.Kpis.SingleAsync(k => k.Code == "ROADS-A");
            var last = await db.Results.Where(r => r.KpiId == kpi.Id && r.ReportingPeriodId == bed.PublishedPeriodId).Select(r => r.Value).SingleAsync();
            worse = kpi.Polarity == Polarity.HigherIsBetter ? last!.Value - 5 : last!.Value + 5;
            db.Targets.Add(new Target { KpiId = kpi.Id, ReportingPeriodId = bed.OpenPeriodId, Kind = TargetKind.Direction });
            await db.SaveChangesAsync();
        }

        // Act
        var preview = await bed.PreviewCsvAsync(Header, Row("ROADS-A", worse.ToString(System.Globalization.CultureInfo.InvariantCulture), "Final"));

        // Assert
        var problem = Assert.Single(preview.Problems);
        Assert.Equal(("Commentary", ProblemSeverity.NeededToSubmit), (problem.Column, problem.Severity));
        Assert.StartsWith("Add commentary: the result is red", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_red_result_without_commentary_is_reported_and_cannot_be_submitted()
    {
        // Arrange
        await using var bed = await CreateAsync();
        await bed.SetTargetAsync("ROADS-A", 96m, 1m);
        var before = await bed.CountsAsync();
        var file = new[] { Header, Row("ROADS-A", "90", "Final") };

        // Act
        var preview = await bed.PreviewCsvAsync(file);
        var submitted = await bed.Import.CommitAsync(bed.Officer, preview, submit: true);
        var countsAfterSubmit = await bed.CountsAsync();
        var asDraft = await bed.Import.CommitAsync(bed.Officer, preview, submit: false);

        // Assert
        var problem = Assert.Single(preview.Problems);
        Assert.Equal((2, "Commentary", ProblemSeverity.NeededToSubmit), (problem.Row, problem.Column, problem.Severity));
        Assert.StartsWith("Add commentary: the result is red, so explain what happened and what is being done", problem.Message, StringComparison.Ordinal);
        Assert.True(preview.CanImport);
        Assert.False(preview.CanSubmit);
        Assert.False(preview.Rows.Single().ReadyToSubmit);
        Assert.Equal(ImportOutcomeKind.Invalid, submitted.Kind);
        Assert.Equal(before, countsAfterSubmit);
        Assert.True(asDraft.Succeeded, asDraft.Message);
        Assert.Equal(ResultState.Draft, (await bed.ResultAsync("ROADS-A"))!.State);
    }

    [Fact]
    public async Task Import_and_submit_submits_complete_rows_for_sign_off()
    {
        // Arrange
        await using var bed = await CreateAsync();
        await bed.SetTargetAsync("ROADS-A", 96m, 1m);

        // Act
        var preview = await bed.PreviewCsvAsync(Header, Row("ROADS-A", "90", "Final", "Resurfacing was delayed by the wet winter."), Row("RECYCLING", "38.2"));
        var outcome = await bed.Import.CommitAsync(bed.Officer, preview, submit: true);

        // Assert
        Assert.True(preview.CanSubmit);
        Assert.True(outcome.Succeeded, outcome.Message);
        Assert.Equal(2, outcome.Submitted);
        var roads = await bed.ResultAsync("ROADS-A");
        Assert.Equal(ResultState.Submitted, roads!.State);
        Assert.NotNull(roads.SubmittedAt);
    }

    [Fact]
    public async Task The_same_file_imported_twice_changes_nothing_the_second_time()
    {
        // Arrange
        await using var bed = await CreateAsync();
        var file = new[] { Header, Row("ROADS-A", "94.5", "Final", "Survey complete.", "95.1"), Row("RECYCLING", "38.2") };
        var first = await bed.Import.CommitAsync(bed.Officer, await bed.PreviewCsvAsync(file), submit: false);
        var afterFirst = await bed.CountsAsync();
        var versionAfterFirst = (await bed.ResultAsync("ROADS-A"))!.Version;

        // Act
        var preview = await bed.PreviewCsvAsync(file);
        var second = await bed.Import.CommitAsync(bed.Officer, preview, submit: false);

        // Assert
        Assert.True(first.Succeeded, first.Message);
        Assert.Equal([ImportRowStatus.Unchanged, ImportRowStatus.Unchanged], preview.Rows.Select(r => r.Status));
        Assert.Equal("2 rows: 0 new, 0 changed, 2 unchanged, 0 with problems", preview.Summary);
        Assert.False(preview.CanImport);
        Assert.True(second.Succeeded, second.Message);
        Assert.Equal((0, 0, 2), (second.Created, second.Updated, second.Unchanged));
        Assert.StartsWith("Nothing to import", second.Message, StringComparison.Ordinal);
        Assert.Equal(afterFirst, await bed.CountsAsync());
        Assert.Equal(versionAfterFirst, (await bed.ResultAsync("ROADS-A"))!.Version);
    }

    [Fact]
    public async Task A_changed_row_updates_the_saved_result_and_leaves_the_others_alone()
    {
        // Arrange
        await using var bed = await CreateAsync();
        await bed.Import.CommitAsync(bed.Officer, await bed.PreviewCsvAsync(Header, Row("ROADS-A", "94.5", england: "95.1"), Row("RECYCLING", "38.2")), submit: false);
        var before = await bed.CountsAsync();

        // Act: the England figure removed, the value changed.
        var preview = await bed.PreviewCsvAsync(Header, Row("ROADS-A", "93.9"), Row("RECYCLING", "38.2"));
        var outcome = await bed.Import.CommitAsync(bed.Officer, preview, submit: false);

        // Assert
        Assert.Equal([ImportRowStatus.Changed, ImportRowStatus.Unchanged], preview.Rows.Select(r => r.Status));
        Assert.True(outcome.Succeeded, outcome.Message);
        Assert.Equal((0, 1, 1), (outcome.Created, outcome.Updated, outcome.Unchanged));
        var roads = await bed.ResultAsync("ROADS-A");
        Assert.Equal(93.9m, roads!.Value);
        Assert.Empty(roads.Comparators);
        var after = await bed.CountsAsync();
        Assert.Equal((before.Results, before.Comparators - 1, before.Audit + 1), after);
    }

    [Fact]
    public async Task Rows_with_only_a_kpi_code_are_left_out()
    {
        // Arrange
        await using var bed = await CreateAsync();

        // Act
        var preview = await bed.PreviewCsvAsync(Header, Row("ROADS-A", "94.5"), Row("PAVEMENTS", null), "RECYCLING,Household waste,,,,,,,,,,,,");
        var outcome = await bed.Import.CommitAsync(bed.Officer, preview, submit: false);

        // Assert
        Assert.Equal([ImportRowStatus.New, ImportRowStatus.Empty, ImportRowStatus.Empty], preview.Rows.Select(r => r.Status));
        Assert.Equal(1, outcome.Created);
        Assert.Null(await bed.ResultAsync("PAVEMENTS"));
    }

    [Fact]
    public async Task An_approved_result_cannot_be_changed_by_import_but_an_identical_row_is_unchanged()
    {
        // Arrange
        await using var bed = await CreateAsync();
        await bed.Import.CommitAsync(bed.Officer, await bed.PreviewCsvAsync(Header, Row("ROADS-A", "94.5", "Final")), submit: false);
        await bed.UpdateResultAsync("ROADS-A", r => r.State = ResultState.Approved);

        // Act
        var same = await bed.PreviewCsvAsync(Header, Row("ROADS-A", "94.5", "Final"));
        var changed = await bed.PreviewCsvAsync(Header, Row("ROADS-A", "95", "Final"));

        // Assert
        Assert.Empty(same.Problems);
        Assert.Equal(ImportRowStatus.Unchanged, Assert.Single(same.Rows).Status);
        var problem = Assert.Single(changed.Problems);
        Assert.Equal("KPI code", problem.Column);
        Assert.Equal("ROADS-A: This result has been approved. Ask the performance team to correct it.", problem.Message);
    }

    [Fact]
    public async Task A_period_that_is_not_open_refuses_the_whole_file()
    {
        // Arrange
        await using var bed = await CreateAsync();

        // Act
        var preview = await bed.PreviewAsync(bed.Officer, Csv(Header, Row("ROADS-A", "94.5")), periodId: bed.PublishedPeriodId);
        var outcome = await bed.Import.CommitAsync(bed.Officer, preview, submit: false);

        // Assert
        Assert.Equal("2024/25 is not open for data entry, so results cannot be imported into it. The performance team can correct results after a period closes.", preview.Refusal);
        Assert.Empty(preview.Rows);
        Assert.Equal(ImportOutcomeKind.Invalid, outcome.Kind);
    }

    [Fact]
    public async Task Someone_who_is_not_an_officer_cannot_import()
    {
        // Arrange
        await using var bed = await CreateAsync();

        // Act
        var preview = await bed.PreviewAsync(bed.ScrutinyMember, Csv(Header, Row("ROADS-A", "94.5")));

        // Assert
        Assert.Equal("Only officers and the performance team can import results.", preview.Refusal);
    }

    [Fact]
    public async Task Dates_statuses_and_comparators_are_checked_cell_by_cell()
    {
        // Arrange
        await using var bed = await CreateAsync();

        // Act
        var preview = await bed.PreviewCsvAsync(Header,
            "ROADS-A,,,,,,,Not available,Survey delayed,next spring,,,,",
            "ROADS-UNCLASS,,,,84,,,Finalish,,,,,,",
            "RECYCLING,,,,38,,,Final,,2026-09-30,,,,",
            "PAVEMENTS,,,,71,7,,,,,,x,,",
            "CASUALTIES-PED,,,,,,,Not available,Stats19 release,30/09/2026,,,,");

        // Assert
        Assert.Collection(preview.Problems,
            p => Assert.Equal((2, "Expected date", "“next spring” is not a date. Write it as yyyy-mm-dd, for example 2026-09-30."), (p.Row, p.Column, p.Message)),
            p => Assert.Equal((3, "Data status", "“Finalish” is not a data status. Write Provisional, Final or Not available."), (p.Row, p.Column, p.Message)),
            p => Assert.Equal((4, "Expected date"), (p.Row, p.Column)),
            p => Assert.Equal((5, "Numerator"), (p.Row, p.Column)),
            p => Assert.Equal((5, "West Midlands"), (p.Row, p.Column)));
        var casualties = preview.Rows.Single(r => r.Code == "CASUALTIES-PED");
        Assert.Equal(ImportRowStatus.New, casualties.Status);
        Assert.Equal("Not available", casualties.Summary);
    }

    [Fact]
    public async Task Breakdowns_can_be_imported_as_extra_columns()
    {
        // Arrange
        await using var bed = await CreateAsync();
        var header = Header + ",Breakdown: Road user type: Pedestrian,Breakdown: Road user type: Cyclist";

        // Act
        var preview = await bed.PreviewCsvAsync(header,
            Row("CASUALTIES-PED", "118") + ",118,41",
            Row("ROADS-A", "94.5") + ",,3");
        var good = await bed.PreviewCsvAsync(header, Row("CASUALTIES-PED", "118") + ",118,41");
        var outcome = await bed.Import.CommitAsync(bed.Officer, good, submit: false);

        // Assert
        var problem = Assert.Single(preview.Problems);
        Assert.Equal((3, "Breakdown: Road user type: Cyclist"), (problem.Row, problem.Column));
        Assert.Equal("ROADS-A has no breakdown “Road user type: Cyclist”. Leave this cell empty.", problem.Message);
        Assert.True(outcome.Succeeded, outcome.Message);
        Assert.Equal([118m, 41m], (await bed.ResultAsync("CASUALTIES-PED"))!.Breakdowns.OrderByDescending(b => b.Value).Select(b => b.Value));
    }

    [Fact]
    public async Task Unknown_and_repeated_headings_are_reported()
    {
        // Arrange
        await using var bed = await CreateAsync();

        // Act
        var preview = await bed.PreviewCsvAsync("KPI code,Value,Comentary,value", "ROADS-A,94.5,Fine,94.5");

        // Assert
        Assert.Collection(preview.Problems,
            p => Assert.Equal((1, "Comentary"), (p.Row, p.Column)),
            p => Assert.Equal((1, "value", "The heading “value” is in both column B and column D. Keep one of them."), (p.Row, p.Column, p.Message)));
        Assert.Contains("is not a heading the import knows", preview.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_without_the_kpi_code_heading_is_refused()
    {
        // Arrange
        await using var bed = await CreateAsync();

        // Act
        var preview = await bed.PreviewCsvAsync("Results for 2025/26,,", "KPI code,Value,Commentary", "ROADS-A,94.5,");

        // Assert
        Assert.StartsWith("The first row must hold the column headings", preview.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_change_made_between_preview_and_commit_is_a_conflict_and_nothing_is_saved()
    {
        // Arrange
        await using var bed = await CreateAsync();
        await bed.Import.CommitAsync(bed.Officer, await bed.PreviewCsvAsync(Header, Row("RECYCLING", "38.2")), submit: false);
        var preview = await bed.PreviewCsvAsync(Header, Row("ROADS-A", "94.5"), Row("RECYCLING", "39"));
        var recycling = (await bed.ResultAsync("RECYCLING"))!;
        var colleague = await bed.Entry.SaveDraftAsync(bed.Officer, new ResultInput
        {
            KpiId = recycling.KpiId, ReportingPeriodId = bed.OpenPeriodId, Value = 40m, Version = recycling.Version,
        });
        var before = await bed.CountsAsync();

        // Act
        var outcome = await bed.Import.CommitAsync(bed.Officer, preview, submit: false);

        // Assert
        Assert.True(colleague.Succeeded);
        Assert.Equal(ImportOutcomeKind.Conflict, outcome.Kind);
        var problem = Assert.Single(outcome.Problems);
        Assert.Equal((3, "KPI code"), (problem.Row, problem.Column));
        Assert.StartsWith("RECYCLING was changed by Olivia Okafor at ", problem.Message, StringComparison.Ordinal);
        Assert.Equal(before, await bed.CountsAsync());
        Assert.Null(await bed.ResultAsync("ROADS-A"));
        Assert.Equal(40m, (await bed.ResultAsync("RECYCLING"))!.Value);
    }

    [Fact]
    public async Task A_result_created_between_preview_and_commit_is_a_conflict()
    {
        // Arrange
        await using var bed = await CreateAsync();
        var preview = await bed.PreviewCsvAsync(Header, Row("ROADS-A", "94.5"), Row("RECYCLING", "39"));
        await bed.Entry.SaveDraftAsync(bed.Officer, new ResultInput { KpiId = await bed.KpiIdAsync("RECYCLING"), ReportingPeriodId = bed.OpenPeriodId, Value = 40m });
        var before = await bed.CountsAsync();

        // Act
        var outcome = await bed.Import.CommitAsync(bed.Officer, preview, submit: false);

        // Assert
        Assert.Equal(ImportOutcomeKind.Conflict, outcome.Kind);
        Assert.Contains("RECYCLING: Olivia Okafor entered a result", Assert.Single(outcome.Problems).Message, StringComparison.Ordinal);
        Assert.Equal(before, await bed.CountsAsync());
    }

    [Fact]
    public async Task A_failure_part_way_through_the_save_rolls_back_every_row()
    {
        // Arrange: the database refuses the last KPI's insert, after the others have been written.
        await using var bed = await CreateAsync();
        var casualties = await bed.KpiIdAsync("CASUALTIES-PED");
        await bed.ExecuteSqlAsync($"CREATE TRIGGER refuse_import BEFORE INSERT ON Results WHEN NEW.KpiId = {casualties} BEGIN SELECT RAISE(ABORT, 'refused by test'); END;");
        var before = await bed.CountsAsync();
        var preview = await bed.PreviewCsvAsync(Header,
            Row("ROADS-A", "94.5", england: "95"), Row("ROADS-UNCLASS", "83", england: "80"), Row("RECYCLING", "38"), Row("CASUALTIES-PED", "120"));

        // Act
        var outcome = await bed.Import.CommitAsync(bed.Officer, preview, submit: false);

        // Assert
        Assert.True(preview.CanImport);
        Assert.Equal(ImportOutcomeKind.Failed, outcome.Kind);
        Assert.StartsWith("Nothing was imported", outcome.Message, StringComparison.Ordinal);
        Assert.Equal(before, await bed.CountsAsync());
    }

    [Fact]
    public async Task Preview_reads_the_database_in_the_same_number_of_queries_for_one_row_or_every_kpi()
    {
        // Arrange: some results saved, and the performance team's template of every KPI (about 40 rows).
        await using var bed = await CreateAsync();
        await bed.Import.CommitAsync(bed.Administrator, bed.OpenPeriodId, Csv(Header, Row("ROADS-A", "94.5"), Row("COUNCIL-TAX", "95")), "a.csv", submit: false);
        var everyKpi = (await bed.Template.BuildAsync(bed.Administrator, 2025, TemplateFormat.Csv)).File!.Content;
        await bed.PreviewAsync(bed.Administrator, Csv(Header, Row("ROADS-A", "1"))); // warm up the model and query caches

        // Act
        var one = await CountCommandsAsync(bed, () => bed.PreviewAsync(bed.Administrator, Csv(Header, Row("ROADS-A", "94.5"))));
        var all = await CountCommandsAsync(bed, () => bed.PreviewAsync(bed.Administrator, new MemoryStream(everyKpi)));

        // Assert: the KPIs, targets, results (three split), areas, last year's values and redefinitions, and the period.
        Assert.InRange(one, 1, 10);
        Assert.Equal(one, all);
    }

    private static async Task<int> CountCommandsAsync(ImportTestBed bed, Func<Task<ImportPreview>> act)
    {
        using var counter = new CommandCounter(bed.Database.ConnectionString);
        using (DiagnosticListener.AllListeners.Subscribe(counter))
        {
            var preview = await act();
            Assert.Null(preview.Refusal);
        }

        return counter.Count;
    }

    /// <summary>Counts the commands EF runs against one database (tests run in parallel, each on its own file).</summary>
    private sealed class CommandCounter(string connectionString) : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly List<IDisposable> _subscriptions = [];
        private int _count;

        public int Count => _count;

        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == DbLoggerCategory.Name)
            {
                _subscriptions.Add(value.Subscribe(this));
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == RelationalEventId.CommandExecuted.Name && value.Value is CommandExecutedEventData data
                && data.Context?.Database.GetConnectionString() == connectionString)
            {
                Interlocked.Increment(ref _count);
            }
        }

        public void OnCompleted()
        {
        }

        public void Dispose() => _subscriptions.ForEach(s => s.Dispose());

        public void OnError(Exception error)
        {
        }
    }
}
