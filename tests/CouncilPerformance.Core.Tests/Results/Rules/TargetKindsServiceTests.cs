using CouncilPerformance.Core.Kpis;
using CouncilPerformance.Core.Results;
using Microsoft.EntityFrameworkCore;

namespace CouncilPerformance.Core.Tests.Results.Rules;

/// <summary>Setting targets of every kind, and the KPI's similar band, on the seeded database (real SQLite).</summary>
public class TargetKindsServiceTests
{
    [Fact]
    public async Task An_administrator_sets_a_comparator_target_and_the_kpi_rates_against_its_own_comparators()
    {
        // Arrange: NEET 2024/25 is 5.3% with England at 5.6% in the seed.
        await using var world = await SeededServices.CreateAsync();
        var admin = await world.SignInAsync(SeededServices.AdminEmail);
        var period = await world.PeriodAsync(2024);
        var neet = await world.KpiIdAsync("NEET-16-17");
        var row = (await world.Targets.ListAsync(period.Id)).Single(r => r.Code == "NEET-16-17");

        // Act
        var outcome = await world.Targets.SetAsync(admin, neet, period.Id,
            new TargetInput(TargetKind.Comparator, 4.5m, Comparators: TargetComparators.National), row.Version);

        // Assert
        Assert.True(outcome.Succeeded, outcome.Message);
        var target = await world.TargetAsync("NEET-16-17", 2024);
        Assert.Equal((TargetKind.Comparator, (decimal?)null, (TargetComparators?)TargetComparators.National, false),
            (target!.Kind, target.Value, target.Comparators, target.IsIllustrative));
        var listed = (await world.Kpis.ListAsync(new KpiFilter())).Single(k => k.Code == "NEET-16-17");
        var detail = await world.Kpis.GetAsync("NEET-16-17");
        var rated = detail!.Periods.Single(p => p.StartYear == 2024);
        Assert.Equal(rated.Rag, listed.Rag);
        // The page's rating is the entity rule's, over the stored results and their comparators.
        await using (var db = await world.Factory.CreateDbContextAsync())
        {
            var stored = await db.Kpis.AsNoTracking()
                .Include(k => k.Results.Where(r => r.State == ResultState.Approved)).ThenInclude(r => r.Comparators)
                .Include(k => k.Results.Where(r => r.State == ResultState.Approved)).ThenInclude(r => r.ReportingPeriod)
                .AsSplitQuery()
                .SingleAsync(k => k.Code == "NEET-16-17");
            Assert.Equal(RagRating.Rate(stored, target, stored.Results.SingleOrDefault(r => r.ReportingPeriod!.StartYear == 2024),
                stored.Results.SingleOrDefault(r => r.ReportingPeriod!.StartYear == 2023)).Rag, rated.Rag);
        }

        Assert.NotEqual(RagStatus.Grey, rated.Rag);

        // The KPI page names who changed the target's kind, and when; the seed's loading is nobody's change.
        Assert.Equal(admin.Name, rated.LastTargetChange?.By);
        Assert.Null(detail.Periods.Single(p => p.StartYear == 2023).LastTargetChange);
    }

    [Fact]
    public async Task Each_kind_is_refused_with_a_message_when_incomplete_and_nothing_is_saved()
    {
        // Arrange
        await using var world = await SeededServices.CreateAsync();
        var admin = await world.SignInAsync(SeededServices.AdminEmail);
        var period = await world.PeriodAsync(2025);
        var recycling = await world.KpiIdAsync("RECYCLING");

        // Act
        var negative = await world.Targets.SetAsync(admin, recycling, period.Id, new TargetInput(TargetKind.Direction, AmberTolerance: -1m), null);
        var noNumber = await world.Targets.SetAsync(admin, recycling, period.Id, new TargetInput(TargetKind.Value), null);
        var backwards = await world.Targets.SetAsync(admin, recycling, period.Id, new TargetInput(TargetKind.Range, 40m, 30m), null);
        var noEnds = await world.Targets.SetAsync(admin, recycling, period.Id, new TargetInput(TargetKind.Range), null);
        var noComparator = await world.Targets.SetAsync(admin, recycling, period.Id, new TargetInput(TargetKind.Comparator), null);
        var badBand = await world.Targets.SetAsync(admin, recycling, period.Id,
            new TargetInput(TargetKind.Direction) { SetsSimilarBand = true, SimilarBand = -0.5m, KpiVersion = Guid.Empty }, null);
        var unknownKind = await world.Targets.SetAsync(admin, recycling, period.Id, new TargetInput((TargetKind)99), null);

        // Assert
        Assert.Equal([new FieldError(TargetFields.AmberTolerance, "The amber tolerance must be 0 or more")], negative.Errors);
        Assert.Equal([new FieldError(TargetFields.Value, "Enter the target, or choose \"No target set\"")], noNumber.Errors);
        Assert.Equal([new FieldError(TargetFields.UpperValue, "The upper end must be at least the lower end")], backwards.Errors);
        Assert.Equal([new FieldError(TargetFields.Value, "Enter the lower end of the range"), new FieldError(TargetFields.UpperValue, "Enter the upper end of the range")], noEnds.Errors);
        Assert.Equal([new FieldError(TargetFields.Comparators, "Choose which comparators the result must be better than")], noComparator.Errors);
        Assert.Equal([new FieldError(TargetFields.SimilarBand, "The similar band must be 0 or more, or empty")], badBand.Errors);
        Assert.Equal([new FieldError(TargetFields.Kind, "Choose the kind of target")], unknownKind.Errors);
        Assert.All(new[] { negative, noNumber, backwards, noEnds, noComparator, badBand, unknownKind }, o => Assert.Equal(OutcomeKind.Invalid, o.Kind));
        Assert.Null(await world.TargetAsync("RECYCLING", 2025));
    }

    [Fact]
    public async Task Only_an_administrator_sets_a_target_of_any_kind()
    {
        // Arrange
        await using var world = await SeededServices.CreateAsync();
        var period = await world.PeriodAsync(2025);
        var recycling = await world.KpiIdAsync("RECYCLING");
        var input = new TargetInput(TargetKind.Range, 30m, 40m);

        // Act
        var outcomes = new List<EntryOutcome>();
        foreach (var email in new[] { SeededServices.OfficerEmail, SeededServices.ScrutinyEmail, SeededServices.CabinetEmail })
        {
            outcomes.Add(await world.Targets.SetAsync(await world.SignInAsync(email), recycling, period.Id, input, null));
        }

        // Assert
        Assert.All(outcomes, o => Assert.Equal((OutcomeKind.Refused, "Only the performance team can set targets."), (o.Kind, o.Message)));
        Assert.Null(await world.TargetAsync("RECYCLING", 2025));
    }

    [Fact]
    public async Task Changing_the_kind_keeps_only_that_kinds_fields_and_rolls_forward_as_it_is()
    {
        // Arrange
        await using var world = await SeededServices.CreateAsync();
        var admin = await world.SignInAsync(SeededServices.AdminEmail);
        var period = await world.PeriodAsync(2025);
        var recycling = await world.KpiIdAsync("RECYCLING");
        Assert.True((await world.Targets.SetAsync(admin, recycling, period.Id, new TargetInput(TargetKind.Range, 30m, 40m, AmberTolerance: 1m), null)).Succeeded);
        var version = (await world.Targets.ListAsync(period.Id)).Single(r => r.Code == "RECYCLING").Version;

        // Act: a direction target sent with stale range numbers
        var outcome = await world.Targets.SetAsync(admin, recycling, period.Id, new TargetInput(TargetKind.Direction, 30m, 40m, AmberTolerance: 0.5m), version);

        // Assert
        Assert.True(outcome.Succeeded);
        var target = await world.TargetAsync("RECYCLING", 2025);
        Assert.Equal((TargetKind.Direction, (decimal?)null, (decimal?)null, 0.5m), (target!.Kind, target.Value, target.UpperValue, target.AmberTolerance));
        var row = (await world.Targets.ListAsync(period.Id)).Single(r => r.Code == "RECYCLING");
        Assert.Equal("To increase", row.Terms!.Describe(Polarity.HigherIsBetter));
    }

    [Fact]
    public async Task The_similar_band_is_saved_on_the_kpi_with_the_target_and_a_stale_kpi_version_saves_neither()
    {
        // Arrange
        await using var world = await SeededServices.CreateAsync();
        var admin = await world.SignInAsync(SeededServices.AdminEmail);
        var period = await world.PeriodAsync(2025);
        var recycling = await world.KpiIdAsync("RECYCLING");
        var row = (await world.Targets.ListAsync(period.Id)).Single(r => r.Code == "RECYCLING");

        // Act
        var saved = await world.Targets.SetAsync(admin, recycling, period.Id,
            new TargetInput(TargetKind.Value, 38m) { SetsSimilarBand = true, SimilarBand = 0.5m, KpiVersion = row.KpiVersion }, null);
        var targetVersion = (await world.Targets.ListAsync(period.Id)).Single(r => r.Code == "RECYCLING").Version;
        var stale = await world.Targets.SetAsync(admin, recycling, period.Id,
            new TargetInput(TargetKind.Value, 39m) { SetsSimilarBand = true, SimilarBand = 1m, KpiVersion = row.KpiVersion }, targetVersion);

        // Assert
        Assert.True(saved.Succeeded);
        Assert.Equal(OutcomeKind.Refused, stale.Kind);
        await using var context = world.Db.CreateContext();
        var kpi = await context.Kpis.SingleAsync(k => k.Id == recycling);
        Assert.Equal(0.5m, kpi.SimilarBand);
        Assert.Equal((decimal?)38m, (await world.TargetAsync("RECYCLING", 2025))!.Value);
        var audits = await world.AuditEntriesAsync(nameof(Kpi), recycling);
        Assert.Contains(audits, a => a.Action == "Modified" && a.Changes.Contains("SimilarBand", StringComparison.Ordinal));
    }
}
