using CouncilPerformance.Core.Data;
using CouncilPerformance.Core.Kpis;
using CouncilPerformance.Core.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CouncilPerformance.Core.Tests.Kpis;

/// <summary>Only published results count: an approved figure of the open year is shown, never rated.</summary>
public sealed class PublishedOnlyTests
{
    [Fact]
    public async Task The_KPI_page_rates_the_latest_published_year_and_only_labels_a_later_approved_figure()
    {
        await using var db = await TestDatabase.CreateAsync(seed: true);
        await using (var context = db.CreateContext())
        {
            var kpi = await context.Kpis.SingleAsync(k => k.Code == "ROADS-A");
            var open = await context.ReportingPeriods.SingleAsync(p => p.StartYear == 2025);
            context.Results.Add(new Result { KpiId = kpi.Id, ReportingPeriodId = open.Id, Value = 99, State = ResultState.Approved, DataStatus = DataStatus.Final });
            await context.SaveChangesAsync();
        }

        var factory = db.Services.CreateScope().ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>();
        var detail = await new KpiQueries(factory).GetAsync("ROADS-A");
        var row = (await new KpiQueries(factory).ListAsync(new KpiFilter { Search = "ROADS-A" })).Single();

        Assert.NotNull(detail);
        Assert.Equal("2024/25", detail.Latest?.Label);
        Assert.Equal(row.Rag, detail.Latest!.Rag);
        Assert.Equal("2025/26", detail.LaterUnpublished?.Label);
        Assert.Equal(RagStatus.Grey, detail.LaterUnpublished!.Rag);
        Assert.Equal(Direction.NotComparable, detail.LaterUnpublished.Direction);
        Assert.Equal("2024/25", row.PeriodLabel);
    }
}
