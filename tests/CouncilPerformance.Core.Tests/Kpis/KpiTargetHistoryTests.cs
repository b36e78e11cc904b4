using CouncilPerformance.Core.Kpis;
using CouncilPerformance.Core.Results;
using CouncilPerformance.Core.Tests.Results.Rules;
using Microsoft.EntityFrameworkCore;

namespace CouncilPerformance.Core.Tests.Kpis;

/// <summary>A KPI's target changes, as the KPI page lists them, worked back from the audit log on real SQLite.</summary>
public sealed class KpiTargetHistoryTests
{
    [Fact]
    public async Task Each_change_of_a_years_target_is_listed_newest_first_with_what_it_was_and_became_who_and_when()
    {
        await using var world = await SeededServices.CreateAsync();
        var admin = await world.SignInAsync(SeededServices.AdminEmail);
        var period = await world.PeriodAsync(2024);
        var neet = await world.KpiIdAsync("NEET-16-17");
        var seeded = (await world.TargetAsync("NEET-16-17", 2024))!;
        var history = new KpiTargetHistory(world.Factory);
        Assert.Empty(await history.GetAsync(neet));
        var start = DateTime.UtcNow;

        var steps = new[]
        {
            new TargetInput(TargetKind.Range, 4m, 5m, AmberTolerance: 0.5m),
            new TargetInput(TargetKind.Comparator, Comparators: TargetComparators.National, EqualCounts: true),
            new TargetInput(TargetKind.Direction),
            new TargetInput(TargetKind.None),
        };
        foreach (var step in steps)
        {
            var version = (await world.TargetAsync("NEET-16-17", 2024))!.Version;
            var outcome = await world.Targets.SetAsync(admin, neet, period.Id, step, version);
            Assert.True(outcome.Succeeded, outcome.Message);
        }

        var changes = await history.GetAsync(neet);

        Assert.Equal(4, changes.Count);
        Assert.All(changes, c => Assert.Equal((period.Label, admin.Name), (c.PeriodLabel, c.By)));
        Assert.All(changes, c => Assert.InRange(c.At, start, DateTime.UtcNow));
        Assert.True(changes.Zip(changes.Skip(1)).All(p => p.First.At >= p.Second.At));
        Assert.Equal(
            [TargetKind.None, TargetKind.Direction, TargetKind.Comparator, TargetKind.Range],
            changes.Select(c => c.After.Kind));
        Assert.Equal(
            [TargetKind.Direction, TargetKind.Comparator, TargetKind.Range, seeded.Kind],
            changes.Select(c => c.Before!.Kind));

        // The oldest change starts from the plan's own target, read back exactly.
        Assert.Equal(seeded.Terms, changes[3].Before);
        Assert.Equal(new TargetTerms(TargetKind.Range, 4m, 5m, AmberTolerance: 0.5m), changes[3].After);
        Assert.Equal(new TargetTerms(TargetKind.Comparator, null, null, TargetComparators.National, EqualCounts: true), changes[2].After);
        Assert.Equal("Above or equal to the national average", changes[2].After.Describe(Polarity.HigherIsBetter));
        Assert.Equal("No target set", changes[0].After.Describe(Polarity.LowerIsBetter));
    }

    [Fact]
    public async Task A_target_a_person_sets_for_a_year_that_had_none_starts_from_nothing()
    {
        await using var world = await SeededServices.CreateAsync();
        var admin = await world.SignInAsync(SeededServices.AdminEmail);
        int kpi, periodId;
        await using (var db = world.Db.CreateContext())
        {
            var free = await db.Kpis.SelectMany(_ => db.ReportingPeriods, (k, p) => new { KpiId = k.Id, PeriodId = p.Id })
                .Where(x => !db.Targets.Any(t => t.KpiId == x.KpiId && t.ReportingPeriodId == x.PeriodId))
                .OrderBy(x => x.KpiId).ThenBy(x => x.PeriodId).FirstAsync();
            (kpi, periodId) = (free.KpiId, free.PeriodId);
        }

        var outcome = await world.Targets.SetAsync(admin, kpi, periodId, new TargetInput(TargetKind.Value, 12m), null);

        Assert.True(outcome.Succeeded, outcome.Message);
        var change = Assert.Single(await new KpiTargetHistory(world.Factory).GetAsync(kpi));
        Assert.Null(change.Before);
        Assert.False(change.KindChanged);
        Assert.Equal(TargetTerms.Number(12m), change.After);
    }
}
