using CouncilPerformance.Core.Data;
using CouncilPerformance.Core.Data.Seed;
using CouncilPerformance.Core.Kpis;
using CouncilPerformance.Core.Recommendations;
using CouncilPerformance.Core.Results;
using CouncilPerformance.Core.Scrutiny;
using Microsoft.EntityFrameworkCore;

namespace CouncilPerformance.Core.Tests.Data;

/// <summary>One seeded database (real SQLite file, real migrations, demo users) shared by the read-only tests.</summary>
public sealed class SeededDatabase : IAsyncLifetime
{
    public TestDatabase Db { get; private set; } = null!;

    public async Task InitializeAsync() => Db = await TestDatabase.CreateAsync(seed: true);

    public async Task DisposeAsync() => await Db.DisposeAsync();
}

public class CoventrySeedTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    // Appendix 1's metrics, word for word (session tables, and section headings 13–16).
    private static readonly Dictionary<string, string> _appendixKpis = new()
    {
        ["FLY-TIPS"] = "Fly-tips reported in the city",
        ["ROADS-A"] = "Principal roads (A roads) in a good/acceptable condition",
        ["ROADS-UNCLASS"] = "Unclassified roads in a good/acceptable condition",
        ["PAVEMENTS"] = "Pavements without defects present",
        ["RECYCLING"] = "Household waste recycled and composted",
        ["CASUALTIES-PED"] = "Road casualties by road user type - pedestrian",
        ["Y6-OBESITY"] = "Overweight or obesity among children in Year 6",
        ["CHILD-POVERTY"] = "Percentage and (number) of children (aged under 16) living in relative low-income families",
        ["NEET-16-17"] = "16-17-year-olds not in education, employment, or training (NEET) including not knowns",
        ["SCHOOL-LEAVERS-16"] = "Destination of school leavers aged 16+ (% continuing to a sustained education, apprenticeship of employment destination)",
        ["GLD-AGE5"] = "Good level of development at age 5",
        ["YJ-FTE"] = "First time entrants to youth justice system - rate per 100,000 young people aged 10-17 (& count)",
        ["CIC-RATE"] = "Children in Care (rate per 10,000 population under 18 & number)",
        ["ACTIVE-ENTERPRISES"] = "Active enterprises number (and rate per 10,000 pop aged 16+) (proxy for new businesses)",
        ["CDP-SCORE"] = "CDP carbon disclosure score",
        ["BNG"] = "Biodiversity net gain (measure of habitat creation and conservation)",
        ["HOMELESSNESS-PREVENTED"] = "Homelessness cases prevented and relieved",
        ["BUSINESS-RATES"] = "Business rates total rateable value (and collection rate)",
        ["COUNCIL-TAX"] = "Council tax collection rate",
        ["SAVINGS"] = "Savings targets met",
        ["SICKNESS-ABSENCE"] = "Council staff sickness absence (rolling twelve-month period)",
        ["IMD-DEPRIVATION"] = "Proportion of neighbourhoods amongst the 10% most deprived in England (measure of deprivation)",
        ["SCHOOL-LEAVERS-18"] = "Destination of school leavers aged 18 after reaching the end of 16-18 study",
        ["DIGITAL-EXCLUSION"] = "Households at risk of digital exclusion",
        ["CONNECTIVITY"] = "Connectivity",
    };

    private static readonly string[] _documentedWithoutData = ["DIGITAL-EXCLUSION", "IMD-DEPRIVATION", "SCHOOL-LEAVERS-18"];

    private static readonly string[] _proposedKpis = ["CIC-NEET", "YJ-REOFFENDING", "GREEN-BLUE-SPACE", "COLLECTION-BENCHMARK", "THRIVE-GOLD", "COMMERCIAL-FIBRE"];

    private AppDbContext Context() => seeded.Db.CreateContext();

    [Fact]
    public async Task The_plan_has_its_four_priorities_as_the_appendix_writes_them()
    {
        await using var ctx = Context();

        var plan = await ctx.CouncilPlans.Include(p => p.Priorities).SingleAsync();

        Assert.Equal("One Coventry Plan 2022–2030", plan.Name);
        Assert.Equal((2022, 2030), (plan.StartYear, plan.EndYear));
        Assert.Equal(
            ["Reducing Inequalities", "Climate Change", "Economic Prosperity", "Continued Financial sustainability"],
            plan.Priorities.OrderBy(p => p.SortOrder).Select(p => p.Name));
    }

    [Fact]
    public async Task The_25_appendix_KPIs_exist_with_their_exact_names()
    {
        await using var ctx = Context();

        var kpis = await ctx.Kpis.ToDictionaryAsync(k => k.Code, k => k.Name);

        Assert.Equal(25, _appendixKpis.Count);
        foreach (var (code, name) in _appendixKpis)
        {
            Assert.True(kpis.TryGetValue(code, out var actual), $"missing KPI {code}");
            Assert.Equal(name, actual);
        }
    }

    [Fact]
    public async Task KPIs_carry_the_units_frequencies_and_designations_the_report_asks_for()
    {
        await using var ctx = Context();
        var kpis = await ctx.Kpis.Include(k => k.SecondaryPortfolio).Include(k => k.ScrutinyBoard).Include(k => k.ServiceArea).ToDictionaryAsync(k => k.Code);

        Assert.Equal((KpiUnit.Rate, 10_000), (kpis["CIC-RATE"].Unit, kpis["CIC-RATE"].RateBase));
        Assert.Equal((KpiUnit.Rate, 100_000), (kpis["YJ-FTE"].Unit, kpis["YJ-FTE"].RateBase));
        Assert.Equal(KpiUnit.Days, kpis["SICKNESS-ABSENCE"].Unit);
        Assert.Equal(DataFrequency.RollingTwelveMonths, kpis["SICKNESS-ABSENCE"].Frequency);
        Assert.Equal(DataFrequency.Periodic, kpis["IMD-DEPRIVATION"].Frequency);
        Assert.Contains("10 years", kpis["IMD-DEPRIVATION"].FrequencyNote, StringComparison.Ordinal);
        Assert.Equal(KpiUnit.Count, kpis["FLY-TIPS"].Unit);
        Assert.Equal(Polarity.LowerIsBetter, kpis["FLY-TIPS"].Polarity);
        Assert.Equal("Policing and Equalities", kpis["FLY-TIPS"].SecondaryPortfolio?.Name);
        Assert.Equal(4, kpis["FLY-TIPS"].ScrutinyBoard?.Number);
        Assert.Equal(1, kpis["DIGITAL-EXCLUSION"].ScrutinyBoard?.Number);
        Assert.Equal(3, kpis["ACTIVE-ENTERPRISES"].ScrutinyBoard?.Number);
        string[] finance = ["BUSINESS-RATES", "COUNCIL-TAX", "SAVINGS"];
        Assert.All(finance, c =>
        {
            Assert.Equal(1, kpis[c].ScrutinyBoard?.Number);
            Assert.Equal(ServiceAreas.Finance, kpis[c].ServiceArea?.Name);
        });
        Assert.Equal(ServiceAreas.HumanResources, kpis["SICKNESS-ABSENCE"].ServiceArea?.Name);
        Assert.Equal(KpiDesignation.National, kpis["CIC-RATE"].Designation);
        Assert.Equal(KpiDesignation.Local, kpis["FLY-TIPS"].Designation);
        Assert.All(kpis.Values, k => Assert.False(string.IsNullOrWhiteSpace(k.Definition)));
    }

    [Fact]
    public async Task KPIs_a_recommendation_asks_to_change_are_under_review_and_the_ones_to_add_are_proposed_without_figures()
    {
        await using var ctx = Context();
        var kpis = await ctx.Kpis.Include(k => k.Targets).Include(k => k.Results).ToDictionaryAsync(k => k.Code);

        string[] underReview = ["FLY-TIPS", "PAVEMENTS", "CIC-RATE", "ACTIVE-ENTERPRISES", "BNG", "HOMELESSNESS-PREVENTED", "IMD-DEPRIVATION", "SCHOOL-LEAVERS-18", "DIGITAL-EXCLUSION"];
        Assert.Equal(underReview.Order(), kpis.Values.Where(k => k.Status == KpiStatus.UnderReview).Select(k => k.Code).Order());
        Assert.Equal(_proposedKpis.Order(), kpis.Values.Where(k => k.Status == KpiStatus.Proposed).Select(k => k.Code).Order());
        Assert.All(_proposedKpis, c => Assert.Empty(kpis[c].Targets));
        Assert.All(_proposedKpis, c => Assert.Empty(kpis[c].Results));
        Assert.Equal(KpiStatus.Active, kpis["NEW-HOMES"].Status);
        Assert.Empty(await ctx.KpiDefinitionChanges.ToListAsync());
    }

    [Fact]
    public async Task House_building_is_flagged_as_conflicting_with_green_and_blue_space_and_biodiversity()
    {
        await using var ctx = Context();

        var conflicts = await ctx.KpiConflicts.Include(c => c.Kpi).Include(c => c.ConflictingKpi).ToListAsync();

        Assert.Equal(
            ["BNG", "GREEN-BLUE-SPACE"],
            conflicts.Where(c => c.Kpi!.Code == "NEW-HOMES").Select(c => c.ConflictingKpi!.Code).Order());
        Assert.All(conflicts, c => Assert.Contains("potential discord between targets to protect green and blue spaces and targets to build houses", c.Note, StringComparison.Ordinal));
    }

    [Fact]
    public async Task KPIs_are_cross_referenced_to_the_strategies_they_serve()
    {
        await using var ctx = Context();

        var strategies = await ctx.Strategies.Include(s => s.Kpis).ToDictionaryAsync(s => s.Name);

        Assert.Contains(strategies["Climate Change Strategy"].Kpis, k => k.Code == "BNG");
        Assert.Contains(strategies["Climate Change Strategy"].Kpis, k => k.Code == "CDP-SCORE");
        Assert.Contains(strategies["Economic Development Strategy"].Kpis, k => k.Code == "ACTIVE-ENTERPRISES");
    }

    [Fact]
    public async Task Portfolios_name_a_cabinet_member_only_where_the_documents_do()
    {
        await using var ctx = Context();

        var members = await ctx.Portfolios.ToDictionaryAsync(p => p.Name, p => p.CabinetMember);

        Assert.Equal(9, members.Count);
        Assert.Equal("Councillor K Sandhu", members["Education and Skills"]);
        Assert.Equal("Councillor Jim O'Boyle", members["Jobs, Regeneration, and Climate Change"]);
        Assert.Equal("Councillor R Brown", members["Strategic Finance and Resources"]);
        Assert.Equal("Councillor G Duggins", members["Policy and Leadership"]);
        Assert.Equal("Councillor P Seaman", members["Children and Young People"]);
        Assert.Null(members["City Services"]);
        Assert.Null(members["Public Health, Sport, and Wellbeing"]);
    }

    [Fact]
    public async Task Scrutiny_bodies_are_the_coordinating_committee_and_boards_1_3_and_4()
    {
        await using var ctx = Context();

        var boards = await ctx.ScrutinyBoards.ToListAsync();

        var scruco = Assert.Single(boards, b => b.IsCoordinatingCommittee);
        Assert.Equal(("Scrutiny Co-ordination Committee", "SCRUCO", (int?)null), (scruco.Name, scruco.ShortName, scruco.Number));
        Assert.Equal(
            [(1, "Finance and Corporate Services Scrutiny Board"), (3, "Business, Economy and Enterprise Scrutiny Board"), (4, "Communities and Neighbourhoods Scrutiny Board")],
            boards.Where(b => b.Number is not null).OrderBy(b => b.Number).Select(b => (b.Number!.Value, b.Name)));
        Assert.All(boards, b => Assert.False(string.IsNullOrWhiteSpace(b.Remit)));
    }

    [Fact]
    public async Task Every_service_area_is_seeded_and_demo_officers_are_attached_to_theirs()
    {
        await using var ctx = Context();

        Assert.Equal(ServiceAreas.All.Order(), (await ctx.ServiceAreas.Select(a => a.Name).ToListAsync()).Order());
        var officer = await ctx.Users.Include(u => u.ServiceArea).SingleAsync(u => u.Email == "officer@example.org");
        Assert.Equal(ServiceAreas.HighwaysTransportAndWaste, officer.ServiceArea?.Name);
    }

    [Fact]
    public async Task Three_years_are_published_and_2025_26_is_open_with_its_deadline_ahead_and_only_signed_off_illustrative_results()
    {
        await using var ctx = Context();

        var periods = await ctx.ReportingPeriods.OrderBy(p => p.StartYear).ToListAsync();

        Assert.Equal(["2022/23", "2023/24", "2024/25", "2025/26"], periods.Select(p => p.Label));
        Assert.All(periods.Take(3), p =>
        {
            Assert.Equal(PeriodState.Published, p.State);
            Assert.Equal(p.StartYear + 1, p.PublishedAt?.Year);
        });
        Assert.Equal(PeriodState.Open, periods[3].State);
        // The deadline follows from the day the database was seeded (SeededStoryTests pins it).
        Assert.True(periods[3].EntryDeadline > DateOnly.FromDateTime(DateTime.UtcNow), $"{periods[3].EntryDeadline} has passed");
        Assert.Null(periods[3].PublishedAt);
        var open = await ctx.Results.Where(r => r.ReportingPeriodId == periods[3].Id).ToListAsync();
        Assert.NotEmpty(open);
        Assert.All(open, r => Assert.Equal((ResultState.Approved, true), (r.State, r.IsIllustrative)));
    }

    [Fact]
    public async Task Sickness_absence_for_2024_25_is_the_published_13_7_days_split_into_short_and_long_term()
    {
        await using var ctx = Context();

        var result = await ctx.Results
            .Include(r => r.Breakdowns).ThenInclude(b => b.Category).ThenInclude(c => c!.Dimension)
            .SingleAsync(r => r.Kpi!.Code == "SICKNESS-ABSENCE" && r.ReportingPeriod!.StartYear == 2024);

        Assert.Equal(13.7m, result.Value);
        Assert.False(result.IsIllustrative);
        Assert.Contains("page 35", result.SourceNote, StringComparison.Ordinal);
        Assert.Contains("11.2", result.Commentary, StringComparison.Ordinal);
        Assert.Equal((ResultState.Approved, DataStatus.Final), (result.State, result.DataStatus));
        var lengths = result.Breakdowns.Where(b => b.Category!.Dimension!.Name == "Absence length").ToList();
        Assert.Equal(["Long-term", "Short-term"], lengths.Select(b => b.Category!.Name).Order());
        Assert.True(lengths[0].Category!.Dimension!.SumsToTotal);
        Assert.Equal(result.Value, lengths.Sum(b => b.Value));
    }

    [Fact]
    public async Task Biodiversity_for_2024_25_is_the_documented_11_percent_with_no_target_set_so_it_is_not_red()
    {
        // Reviewed in the deep dive although it was not a missed target (report, 1.2): 30% is the level
        // officers are working towards, not the year's target.
        await using var ctx = Context();

        var kpi = await ctx.Kpis.Include(k => k.Results).ThenInclude(r => r.ReportingPeriod)
            .Include(k => k.Targets).ThenInclude(t => t.ReportingPeriod)
            .SingleAsync(k => k.Code == "BNG");
        var result = kpi.Results.Single(r => r.ReportingPeriod!.StartYear == 2024);
        var target = kpi.Targets.Single(t => t.ReportingPeriod!.StartYear == 2024);
        var rating = RagRating.Rate(kpi, target, result, kpi.Results.Single(r => r.ReportingPeriod!.StartYear == 2023));

        Assert.Equal((11m, false), (result.Value!.Value, result.IsIllustrative));
        Assert.Equal((TargetKind.None, false), (target.Kind, target.IsIllustrative));
        Assert.Contains("30%", target.Note, StringComparison.Ordinal);
        Assert.Equal((RagStatus.Grey, "No target set"), (rating.Rag, rating.Words));
    }

    [Fact]
    public async Task Published_figures_are_seeded_with_their_source_and_every_other_figure_is_flagged_illustrative()
    {
        await using var ctx = Context();

        var results = await ctx.Results.Include(r => r.Kpi).Include(r => r.ReportingPeriod).Where(r => r.Value != null).ToListAsync();
        var targets = await ctx.Targets.Include(t => t.Kpi).Include(t => t.ReportingPeriod).Where(t => t.Kind != TargetKind.None).ToListAsync();
        string[] published =
        [
            "BNG 2024", "BUSINESS-RATES 2023", "BUSINESS-RATES 2024", "COUNCIL-TAX 2022", "COUNCIL-TAX 2023", "COUNCIL-TAX 2024",
            "FLY-TIPS 2023", "FLY-TIPS 2024", "NEET-16-17 2022", "NEET-16-17 2023", "RECYCLING 2022", "RECYCLING 2023",
            "SCHOOL-LEAVERS-16 2022", "SCHOOL-LEAVERS-16 2023", "SCHOOL-LEAVERS-18 2022", "SCHOOL-LEAVERS-18 2023",
            "SICKNESS-ABSENCE 2023", "SICKNESS-ABSENCE 2024",
        ];
        string[] publishedTargets = ["COUNCIL-TAX 2022", "COUNCIL-TAX 2023", "COUNCIL-TAX 2024", "NEET-16-17 2023", "SCHOOL-LEAVERS-16 2023", "SCHOOL-LEAVERS-18 2023"];

        Assert.Equal(published, results.Where(r => !r.IsIllustrative).Select(r => $"{r.Kpi!.Code} {r.ReportingPeriod!.StartYear}").Order(StringComparer.Ordinal));
        Assert.All(results.Where(r => !r.IsIllustrative), r => Assert.False(string.IsNullOrWhiteSpace(r.SourceNote), $"{r.Kpi!.Code} {r.ReportingPeriod!.Label} has no source"));
        Assert.Equal(publishedTargets, targets.Where(t => !t.IsIllustrative).Select(t => $"{t.Kpi!.Code} {t.ReportingPeriod!.StartYear}").Order(StringComparer.Ordinal));
        var councilTax = results.Single(r => r.Kpi!.Code == "COUNCIL-TAX" && r.ReportingPeriod!.StartYear == 2024);
        Assert.Equal((93.4m, "One Coventry Plan Annual Performance Report April 2024 – March 2025, page 36"), (councilTax.Value!.Value, councilTax.SourceNote));
        Assert.All(results, r =>
        {
            Assert.Equal((ResultState.Approved, "Performance team (seed)", "Seed"), (r.State, r.ApprovedByName, r.EnteredByName));
            Assert.NotNull(r.ApprovedAt);
        });
    }

    [Fact]
    public async Task Targets_use_the_kinds_Coventrys_tables_state()
    {
        await using var ctx = Context();

        var targets = await ctx.Targets.Include(t => t.Kpi).Include(t => t.ReportingPeriod).ToListAsync();
        Target Of(string code, int year) => targets.Single(t => t.Kpi!.Code == code && t.ReportingPeriod!.StartYear == year);

        Assert.Equal((TargetKind.Comparator, (TargetComparators?)TargetComparators.NationalAndStatisticalNeighbours, false), (Of("NEET-16-17", 2023).Kind, Of("NEET-16-17", 2023).Comparators, Of("NEET-16-17", 2023).EqualCounts));
        Assert.Equal("Below (better than) the national average and statistical neighbours", Of("NEET-16-17", 2023).Terms.Describe(Polarity.LowerIsBetter));
        Assert.Equal("Above or equal to the national average", Of("SCHOOL-LEAVERS-16", 2023).Terms.Describe(Polarity.HigherIsBetter));
        Assert.Equal("Above or equal to the national average", Of("SCHOOL-LEAVERS-18", 2023).Terms.Describe(Polarity.HigherIsBetter));
        Assert.Equal(TargetKind.Direction, Of("FLY-TIPS", 2024).Kind);
        Assert.Equal((TargetKind.Value, (decimal?)94m), (Of("COUNCIL-TAX", 2024).Kind, Of("COUNCIL-TAX", 2024).Value));
        Assert.Equal(TargetKind.None, Of("DIGITAL-EXCLUSION", 2024).Kind);
    }

    [Fact]
    public async Task Rates_and_counted_percentages_agree_with_their_numerator_and_denominator()
    {
        await using var ctx = Context();

        var results = await ctx.Results.Include(r => r.Kpi).Where(r => r.Numerator != null).ToListAsync();

        Assert.Contains(results, r => r.Kpi!.Code == "CIC-RATE");
        Assert.Contains(results, r => r.Kpi!.Code == "YJ-FTE");
        Assert.All(results, r =>
        {
            var rateBase = r.Kpi!.Unit == KpiUnit.Rate ? r.Kpi.RateBase!.Value : 100;
            Assert.InRange(r.Value!.Value - (r.Numerator!.Value / r.Denominator!.Value * rateBase), -0.05m, 0.05m);
        });
    }

    [Fact]
    public async Task In_2024_25_every_KPI_reviewed_in_sessions_1_to_4_but_biodiversity_missed_its_target_and_the_others_with_data_met_theirs()
    {
        await using var ctx = Context();
        var kpis = await ctx.Kpis
            .Include(k => k.Results).ThenInclude(r => r.ReportingPeriod)
            .Include(k => k.Results).ThenInclude(r => r.Comparators)
            .Include(k => k.Targets).ThenInclude(t => t.ReportingPeriod)
            .Where(k => k.Status != KpiStatus.Proposed)
            .ToListAsync();
        var reviewed = (await ctx.Set<SessionKpi>().Where(s => s.Session!.Number <= 4).Select(s => s.Kpi!.Code).ToListAsync()).ToHashSet();
        RagStatus Rag(Kpi k) => RagRating.Rate(
            k,
            k.Targets.SingleOrDefault(t => t.ReportingPeriod!.StartYear == 2024),
            k.Results.SingleOrDefault(r => r.ReportingPeriod!.StartYear == 2024),
            k.Results.SingleOrDefault(r => r.ReportingPeriod!.StartYear == 2023)).Rag;

        Assert.Equal(21, reviewed.Count);
        Assert.All(kpis.Where(k => reviewed.Contains(k.Code) && k.Code != "BNG"), k => Assert.True(Rag(k) is RagStatus.Red or RagStatus.Amber, $"{k.Code} is {Rag(k)}"));
        Assert.Equal(RagStatus.Grey, Rag(kpis.Single(k => k.Code == "BNG")));
        Assert.Equal(RagStatus.Grey, Rag(kpis.Single(k => k.Code == "SCHOOL-LEAVERS-18")));
        Assert.Equal(RagStatus.Grey, Rag(kpis.Single(k => k.Code == "DIGITAL-EXCLUSION")));
        Assert.Equal(RagStatus.Grey, Rag(kpis.Single(k => k.Code == "IMD-DEPRIVATION")));
        var others = kpis.Where(k => !reviewed.Contains(k.Code) && Rag(k) != RagStatus.Grey).ToList();
        Assert.NotEmpty(others);
        Assert.All(others, k => Assert.Equal(RagStatus.Green, Rag(k)));
    }

    [Fact]
    public async Task KPIs_without_2024_25_data_say_why()
    {
        await using var ctx = Context();

        var missing = await ctx.Results.Include(r => r.Kpi).Include(r => r.ReportingPeriod).Where(r => r.DataStatus == DataStatus.NotAvailable).ToListAsync();

        // The documents' three (one of them, digital exclusion, not fully developed), and the five added KPIs that could not be reported.
        Assert.Equal(
            _documentedWithoutData.Concat(IllustrativeKpis.NotReportable).Order(StringComparer.Ordinal),
            missing.Select(r => r.Kpi!.Code).Order(StringComparer.Ordinal));
        Assert.Equal(5, IllustrativeKpis.NotReportable.Count);
        Assert.All(missing, r => Assert.Equal(2024, r.ReportingPeriod!.StartYear));
        Assert.All(missing, r =>
        {
            Assert.Null(r.Value);
            Assert.False(string.IsNullOrWhiteSpace(r.NotAvailableReason));
        });
        var digitalTargets = await ctx.Targets.Where(t => t.Kpi!.Code == "DIGITAL-EXCLUSION").ToListAsync();
        Assert.All(digitalTargets, t => Assert.Null(t.Value));
    }

    [Fact]
    public async Task Comparators_sit_on_NEET_children_in_care_council_tax_recycling_and_school_leavers_and_the_added_national_indicators()
    {
        await using var ctx = Context();

        var codes = await ctx.Set<ComparatorValue>().Select(c => c.Result!.Kpi!.Code).Distinct().ToListAsync();

        Assert.Equal(["CIC-RATE", "COUNCIL-TAX", "NEET-16-17", "RECYCLING", "SCHOOL-LEAVERS-16", "SCHOOL-LEAVERS-18"], codes.Except(IllustrativeKpis.Codes).Order(StringComparer.Ordinal));
        Assert.Equal(
            ["CARE-LEAVERS-ACCOM", "CIN-REREFERRALS", "CLAIMANT-RATE", "CP-REPEAT", "EMPLOYMENT-RATE", "KS2-RWM", "MAJOR-PLANNING", "MEDIAN-PAY", "MMR-AGE5",
             "PHYSICAL-ACTIVITY", "RESIDUAL-WASTE", "SMOKING-DELIVERY", "U18-CONCEPTIONS"],
            codes.Intersect(IllustrativeKpis.Codes).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_deep_dive_has_five_sessions_with_recycling_carried_over_into_session_4()
    {
        await using var ctx = Context();

        var series = await ctx.DeepDiveSeries
            .Include(s => s.ScrutinyBoard).Include(s => s.ReportingPeriod)
            .Include(s => s.Sessions).ThenInclude(s => s.Kpis).ThenInclude(k => k.Kpi)
            .Include(s => s.Sessions).ThenInclude(s => s.Attendees)
            .Include(s => s.Sessions).ThenInclude(s => s.Portfolios)
            .SingleAsync();
        var sessions = series.Sessions.OrderBy(s => s.Number).ToList();

        Assert.Equal("One Coventry Plan Deep Dive 2024/25", series.Title);
        Assert.Equal(("SCRUCO", "2024/25", new DateOnly(2025, 8, 21)), (series.ScrutinyBoard!.ShortName, series.ReportingPeriod!.Label, series.AgreedOn!.Value));
        Assert.Equal([1, 2, 3, 4, 5], sessions.Select(s => s.Number));
        Assert.All(sessions, s => Assert.Null(s.HeldOn));
        Assert.Equal([6, 7, 4, 5, 4], sessions.Select(s => s.Kpis.Count));
        Assert.False(sessions[0].Kpis.Single(k => k.Kpi!.Code == "RECYCLING").CarriedOver);
        Assert.True(sessions[3].Kpis.Single(k => k.Kpi!.Code == "RECYCLING").CarriedOver);
        Assert.StartsWith("Officers highlighted the increase in reported fly-tipping incidents", sessions[0].Kpis.Single(k => k.Kpi!.Code == "FLY-TIPS").Finding, StringComparison.Ordinal);
        Assert.Equal(["Councillor Jim O'Boyle"], sessions[2].Attendees.Select(a => a.Name));
        Assert.Equal(["Councillor R Brown"], sessions[3].Attendees.Select(a => a.Name));
        Assert.All(sessions.SelectMany(s => s.Attendees), a => Assert.Equal(AttendeeRole.CabinetMember, a.Role));
        Assert.Equal(["City Services", "Strategic Finance and Resources"], sessions[3].Portfolios.Select(p => p.Name).Order());
        Assert.All(sessions[4].Kpis, k => Assert.False(string.IsNullOrWhiteSpace(k.Finding)));
    }

    [Fact]
    public async Task There_are_nine_recommendations_to_Cabinet_and_three_to_SCRUCO_awaiting_their_meetings()
    {
        await using var ctx = Context();

        var top = await ctx.Recommendations.Where(r => r.ParentId == null).OrderBy(r => r.AddressedTo).ThenBy(r => r.SortOrder).ToListAsync();

        var cabinet = top.Where(r => r.AddressedTo == RecommendationAddressee.Cabinet).ToList();
        var scruco = top.Where(r => r.AddressedTo == RecommendationAddressee.ScrutinyCoordinationCommittee).ToList();
        Assert.Equal(12, top.Count);
        Assert.Equal(Enumerable.Range(1, 9).Select(i => $"Cabinet {i}"), cabinet.Select(r => r.Reference));
        Assert.Equal(["SCRUCO 1", "SCRUCO 2", "SCRUCO 3"], scruco.Select(r => r.Reference));
        Assert.All(cabinet, r => Assert.Equal((RecommendationStatus.AwaitingDecision, new DateOnly(2025, 11, 4)), (r.Status, r.DecisionMeetingOn!.Value)));
        Assert.All(scruco, r => Assert.Equal((RecommendationStatus.AwaitingDecision, new DateOnly(2025, 10, 30)), (r.Status, r.DecisionMeetingOn!.Value)));
        Assert.All(top, r => Assert.Null(r.DecisionOutcome));
        Assert.Equal(
            "That consideration be given to the potential discord between targets to protect green and blue spaces and targets to build houses, and whether there are any other targets that could potentially be contradictory.",
            cabinet[4].Wording);
        Assert.Equal("Request that the appropriate Scrutiny Body undertakes the work detailed in Appendix 1 Section 17.", scruco[1].Wording);
    }

    [Fact]
    public async Task Recommendations_a_to_p_keep_the_appendix_wording_and_detail_Cabinet_9()
    {
        await using var ctx = Context();

        var items = await ctx.Recommendations.Include(r => r.Parent).Include(r => r.Kpis).Include(r => r.DeepDiveSession)
            .Where(r => r.Reference.Length == 1).OrderBy(r => r.SortOrder).ToListAsync();
        var byRef = items.ToDictionary(r => r.Reference);

        Assert.Equal("abcdefghijklmnop", string.Concat(items.Select(r => r.Reference)));
        Assert.All(items, r =>
        {
            Assert.Equal("Cabinet 9", r.Parent?.Reference);
            Assert.Equal(RecommendationAddressee.Cabinet, r.AddressedTo);
            Assert.Equal(RecommendationStatus.AwaitingDecision, r.Status);
            Assert.NotEmpty(r.Kpis);
            Assert.False(string.IsNullOrWhiteSpace(r.Finding));
        });
        Assert.Equal("Review and propose changes to the fly tipping metric in the One Coventry Plan to include both enforcement actions and the number of fly tips not enforced against, highlighting the gap between them.", byRef["a"].Wording);
        Assert.Equal("Fly Tips reported in the city", byRef["a"].Title);
        Assert.Equal("Appendix 1, section 1", byRef["a"].SourceSection);
        Assert.Equal("Metric should exclude UASC – rationale being separate additional funding – political decision to accept.", byRef["c"].Wording);
        Assert.Equal("To incorporate more granular absence data including performance by long-term and short-term absence, and by staff working arrangements (home, flexible, fixed, agile).", byRef["k"].Wording);
        Assert.Equal("To consider whether data on commercial access to full fibre and/or gigabit internet could be made available to sit alongside the household data.", byRef["p"].Wording);
        Assert.Equal([1, 1, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 5, 5, 5, 5], items.Select(r => r.DeepDiveSession!.Number));
        Assert.Equal(
            "RRRAARRARCBAROTA",
            string.Concat(items.Select(r => r.KpiChange switch
            {
                KpiChangeKind.ReplaceOrRedefine => 'R',
                KpiChangeKind.AddKpi => 'A',
                KpiChangeKind.AddComparison => 'C',
                KpiChangeKind.AddBreakdown => 'B',
                KpiChangeKind.Reconsider => 'O',
                KpiChangeKind.SetTarget => 'T',
                _ => '?',
            })));
        Assert.Equal(["BUSINESS-RATES", "COLLECTION-BENCHMARK", "COUNCIL-TAX"], byRef["j"].Kpis.Select(k => k.Code).Order());
        Assert.Equal(["COMMERCIAL-FIBRE", "CONNECTIVITY"], byRef["p"].Kpis.Select(k => k.Code).Order());
    }

    [Fact]
    public async Task Section_17_items_are_routed_to_the_right_scrutiny_body_under_SCRUCO_2()
    {
        await using var ctx = Context();

        var items = await ctx.Recommendations.Include(r => r.Parent).Include(r => r.ScrutinyBoard).Include(r => r.Kpis)
            .Where(r => r.Reference.StartsWith("17.")).ToDictionaryAsync(r => r.Reference);

        Assert.Equal(["17.10", "17.12", "17.14", "17.2", "17.5", "17.8"], items.Keys.Order(StringComparer.Ordinal));
        Assert.All(items.Values, r =>
        {
            Assert.Equal("SCRUCO 2", r.Parent?.Reference);
            Assert.Equal(RecommendationStatus.Endorsed, r.Status);
        });
        Assert.Equal(4, items["17.2"].ScrutinyBoard?.Number);
        Assert.Equal(3, items["17.10"].ScrutinyBoard?.Number);
        Assert.Equal(1, items["17.12"].ScrutinyBoard?.Number);
        string[] toBoards = ["17.2", "17.10", "17.12"], toScruco = ["17.5", "17.8", "17.14"];
        Assert.All(toBoards, r => Assert.Equal(RecommendationAddressee.ScrutinyBoard, items[r].AddressedTo));
        Assert.All(toScruco, r =>
        {
            Assert.Equal(RecommendationAddressee.ScrutinyCoordinationCommittee, items[r].AddressedTo);
            Assert.Null(items[r].ScrutinyBoardId);
        });
        Assert.Contains(items["17.2"].Kpis, k => k.Code == "FLY-TIPS");
        Assert.Contains(items["17.5"].Kpis, k => k.Code == "YJ-FTE");
        Assert.Contains(items["17.8"].Kpis, k => k.Code == "CHILD-POVERTY");
        Assert.Contains(items["17.10"].Kpis, k => k.Code == "ACTIVE-ENTERPRISES");
        Assert.Equal(["BUSINESS-RATES", "COUNCIL-TAX"], items["17.12"].Kpis.Select(k => k.Code).Order());
        Assert.StartsWith("Investigate why certain hot streets, such as Ball Hill", items["17.2"].Wording, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seeding_is_audited()
    {
        await using var ctx = Context();

        Assert.True(await ctx.AuditEntries.AnyAsync(a => a.EntityType == nameof(Kpi) && a.Action == "Added"));
        // Keys are fixed up after the insert: no audit row keeps EF's temporary (zero or negative) key.
        // Accounts (and their roles) are audited too, under Identity's string keys, which are never temporary;
        // a KPI's link to a strategy under both keys ("12,3").
        var ids = await ctx.AuditEntries.Where(a => a.EntityType != nameof(Core.Identity.ApplicationUser) && a.EntityType != "UserRole").Select(a => a.EntityId).ToListAsync();
        Assert.All(ids, id => Assert.All(id.Split(','), part => Assert.True(int.TryParse(part, out var n) && n > 0, id)));
        Assert.True(await ctx.AuditEntries.AnyAsync(a => a.EntityType == "KpiStrategy" && a.Action == "Added" && a.Changes.Contains("\"Strategy\":{\"before\":null,\"after\":\"Climate Change Strategy\"}")));
    }

    [Fact]
    public async Task Running_the_seed_again_changes_nothing()
    {
        await using var db = await TestDatabase.CreateAsync(seed: true);
        Dictionary<string, long> before;
        List<(string, Guid)> versionsBefore;
        await using (var ctx = db.CreateContext())
        {
            before = await RowCountsAsync(ctx);
            versionsBefore = await ctx.Kpis.OrderBy(k => k.Code).Select(k => ValueTuple.Create(k.Code, k.Version)).ToListAsync();
        }

        await using (var ctx = db.CreateContext())
        {
            await CoventrySeed.SeedAsync(ctx);
        }

        await using (var ctx = db.CreateContext())
        {
            Assert.Equal(before, await RowCountsAsync(ctx));
            Assert.Equal(versionsBefore, await ctx.Kpis.OrderBy(k => k.Code).Select(k => ValueTuple.Create(k.Code, k.Version)).ToListAsync());
            Assert.Contains(before, t => t.Key == "Kpis" && t.Value > 0);
        }
    }

    private static async Task<Dictionary<string, long>> RowCountsAsync(AppDbContext ctx)
    {
        var connection = ctx.Database.GetDbConnection();
        await ctx.Database.OpenConnectionAsync();
        try
        {
            var tables = new List<string>();
            await using (var command = connection.CreateCommand())
            {
                command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    tables.Add(reader.GetString(0));
                }
            }

            var counts = new Dictionary<string, long>();
            foreach (var table in tables)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
                counts[table] = (long)(await command.ExecuteScalarAsync())!;
            }

            return counts;
        }
        finally
        {
            await ctx.Database.CloseConnectionAsync();
        }
    }
}
