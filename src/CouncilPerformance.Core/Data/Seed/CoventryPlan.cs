using CouncilPerformance.Core.Kpis;
using CouncilPerformance.Core.Plan;
using CouncilPerformance.Core.Results;
using CouncilPerformance.Core.Scrutiny;
using Microsoft.EntityFrameworkCore;

namespace CouncilPerformance.Core.Data.Seed;

/// <summary>"OCP Priority" as the Appendix 1 tables write it.</summary>
internal static class PriorityNames
{
    public const string ReducingInequalities = "Reducing Inequalities";
    public const string ClimateChange = "Climate Change";
    public const string EconomicProsperity = "Economic Prosperity";
    public const string FinancialSustainability = "Continued Financial sustainability";
}

/// <summary>"Cabinet Member Portfolio" as the Appendix 1 tables write it, plus the Leader's (report approvers).</summary>
internal static class PortfolioNames
{
    public const string CityServices = "City Services";
    public const string PolicingAndEqualities = "Policing and Equalities";
    public const string PublicHealth = "Public Health, Sport, and Wellbeing";
    public const string EducationAndSkills = "Education and Skills";
    public const string ChildrenAndYoungPeople = "Children and Young People";
    public const string JobsRegenerationAndClimateChange = "Jobs, Regeneration, and Climate Change";
    public const string HousingAndCommunities = "Housing and Communities";
    public const string StrategicFinanceAndResources = "Strategic Finance and Resources";
    public const string PolicyAndLeadership = "Policy and Leadership";
}

internal static class BoardNames
{
    public const string Scruco = "Scrutiny Co-ordination Committee";
    public const string FinanceAndCorporateServices = "Finance and Corporate Services Scrutiny Board";
    public const string BusinessEconomyAndEnterprise = "Business, Economy and Enterprise Scrutiny Board";
    public const string CommunitiesAndNeighbourhoods = "Communities and Neighbourhoods Scrutiny Board";
}

internal static class StrategyNames
{
    public const string ClimateChange = "Climate Change Strategy";
    public const string EconomicDevelopment = "Economic Development Strategy";
    public const string MarmotCity = "Marmot City framework";
}

/// <summary>Everything the seed builds, looked up by name, code or year while the parts are wired together.</summary>
internal sealed class CoventryGraph
{
    public required CouncilPlan CouncilPlan { get; init; }

    public Dictionary<string, Priority> Priorities { get; } = new();

    public Dictionary<string, Portfolio> Portfolios { get; } = new();

    public Dictionary<string, ServiceArea> ServiceAreas { get; } = new();

    public Dictionary<string, ScrutinyBoard> Boards { get; } = new();

    public Dictionary<string, CouncilStrategy> Strategies { get; } = new();

    /// <summary>Keyed by the year the financial year starts (2024 for 2024/25).</summary>
    public Dictionary<int, ReportingPeriod> Periods { get; } = new();

    public Dictionary<string, Kpi> Kpis { get; } = new();

    public Dictionary<int, DeepDiveSession> Sessions { get; } = new();

    public DeepDiveSeries? DeepDive { get; set; }
}

/// <summary>The plan's structure: plan, priorities, portfolios, service areas, scrutiny bodies, strategies, years.</summary>
internal static class CoventryPlan
{
    private sealed record PortfolioRow(string Name, string? CabinetMember);

    private sealed record BoardRow(string Name, int? Number, string? ShortName, bool IsCoordinating, string Remit);

    private sealed record PeriodRow(int StartYear, PeriodState State, DateOnly? EntryDeadline, DateTime? PublishedAt);

    private static readonly (string Name, string Description)[] _priorities =
    [
        (PriorityNames.ReducingInequalities, "Improving outcomes and tackling inequalities within our communities."),
        (PriorityNames.ClimateChange, "Tackling the causes and consequences of climate change, one of the three key priorities of the One Coventry Plan 2022-2030 (report, 6.5)."),
        (PriorityNames.EconomicProsperity, "Increasing the economic prosperity of the city and region."),
        (PriorityNames.FinancialSustainability, "The council's continued financial sustainability: collecting its income, delivering savings and managing its resources."),
    ];

    // Cabinet Members only where the documents name them (Appendix 1, 6.2, 10.2, 17.9; report approvers).
    private static readonly PortfolioRow[] _portfolios =
    [
        new(PortfolioNames.CityServices, null),
        new(PortfolioNames.PolicingAndEqualities, null),
        new(PortfolioNames.PublicHealth, null),
        new(PortfolioNames.EducationAndSkills, "Councillor K Sandhu"),
        new(PortfolioNames.ChildrenAndYoungPeople, "Councillor P Seaman"),
        new(PortfolioNames.JobsRegenerationAndClimateChange, "Councillor Jim O'Boyle"),
        new(PortfolioNames.HousingAndCommunities, null),
        new(PortfolioNames.StrategicFinanceAndResources, "Councillor R Brown"),
        new(PortfolioNames.PolicyAndLeadership, "Councillor G Duggins"),
    ];

    private static readonly BoardRow[] _boards =
    [
        new(BoardNames.Scruco, null, "SCRUCO", true,
            "Co-ordinates the work of the scrutiny boards and scrutinises the council's overall performance, including the One Coventry Plan annual performance report and its key performance indicators; it ran the 2024/25 One Coventry Plan deep dive. Chair: Councillor G Lloyd."),
        new(BoardNames.FinanceAndCorporateServices, 1, null, false,
            "The council's finances and corporate services: budget and savings, council tax and business rates collection (including third-party collection agencies' performance, Appendix 1, 17.12) and corporate resources such as the workforce and digital services; monitors progress towards a target for households at risk of digital exclusion (Appendix 1, 15.2)."),
        new(BoardNames.BusinessEconomyAndEnterprise, 3, null, false,
            "The city's economy, business and enterprise: economic development, business growth and jobs, including the Economic Development Strategy and sector-by-sector data on active enterprises and jobs created (Appendix 1, 6.2 and 17.11). Appendix 1 also calls it the Business and Economy Scrutiny Board (3)."),
        new(BoardNames.CommunitiesAndNeighbourhoods, 4, null, false,
            "Services to communities and neighbourhoods, such as the street scene and fly-tipping, including why some hot streets remain persistent fly-tipping problems (Appendix 1, 17.2)."),
    ];

    private static readonly (string Name, string Description)[] _strategies =
    [
        (StrategyNames.ClimateChange, "The incoming Climate Change Strategy, expected to transform data collection for biodiversity (Appendix 1, 7.2)."),
        (StrategyNames.EconomicDevelopment, "The council's Economic Development Strategy; sector-by-sector data and business longevity are to be reported with it at the Business, Economy and Enterprise Scrutiny Board (3) (Appendix 1, 17.11)."),
        (StrategyNames.MarmotCity, "The Marmot City framework which, with the One Coventry programme, is seen as a vehicle for integrating efforts on child poverty and health inequalities (Appendix 1, 17.9)."),
    ];

    // The three published years the deep dive looked back over, and the year now open for entry,
    // whose deadline follows from the seed date (OpenYear.EntryDeadline). Publication dates of 2022/23
    // and 2023/24 are illustrative; 2024/25's annual report went to SCRUCO on 21 August 2025 (report, 1.2).
    private static readonly PeriodRow[] _periods =
    [
        new(2022, PeriodState.Published, new DateOnly(2023, 5, 31), new DateTime(2023, 8, 24, 10, 0, 0, DateTimeKind.Utc)),
        new(2023, PeriodState.Published, new DateOnly(2024, 5, 31), new DateTime(2024, 8, 22, 10, 0, 0, DateTimeKind.Utc)),
        new(2024, PeriodState.Published, new DateOnly(2025, 5, 30), new DateTime(2025, 8, 21, 10, 0, 0, DateTimeKind.Utc)),
        new(OpenYear.StartYear, PeriodState.Open, null, null),
    ];

    /// <summary>
    /// Builds the structure. Reference rows someone already created (same unique name or year) are
    /// reused rather than duplicated, so the seed never trips over a unique index.
    /// </summary>
    public static async Task<CoventryGraph> BuildAsync(AppDbContext db, DateOnly seededOn, CancellationToken ct)
    {
        var plan = new CouncilPlan { Name = CoventrySeed.PlanName, StartYear = 2022, EndYear = 2030 };
        db.CouncilPlans.Add(plan);
        var graph = new CoventryGraph { CouncilPlan = plan };

        var sort = 0;
        foreach (var (name, description) in _priorities)
        {
            var priority = new Priority { CouncilPlan = plan, Name = name, Description = description, SortOrder = ++sort };
            plan.Priorities.Add(priority);
            graph.Priorities[name] = priority;
        }

        var portfolios = await db.Portfolios.ToDictionaryAsync(p => p.Name, ct);
        foreach (var row in _portfolios)
        {
            graph.Portfolios[row.Name] = portfolios.GetValueOrDefault(row.Name)
                ?? db.Portfolios.Add(new Portfolio { Name = row.Name, CabinetMember = row.CabinetMember }).Entity;
        }

        var areas = await db.ServiceAreas.ToDictionaryAsync(a => a.Name, ct);
        foreach (var name in ServiceAreas.All)
        {
            graph.ServiceAreas[name] = areas.GetValueOrDefault(name) ?? db.ServiceAreas.Add(new ServiceArea { Name = name }).Entity;
        }

        var boards = await db.ScrutinyBoards.ToDictionaryAsync(b => b.Name, ct);
        foreach (var row in _boards)
        {
            graph.Boards[row.Name] = boards.GetValueOrDefault(row.Name) ?? db.ScrutinyBoards.Add(new ScrutinyBoard
            {
                Name = row.Name,
                Number = row.Number,
                ShortName = row.ShortName,
                IsCoordinatingCommittee = row.IsCoordinating,
                Remit = row.Remit,
            }).Entity;
        }

        var strategies = await db.Strategies.ToDictionaryAsync(s => s.Name, ct);
        foreach (var (name, description) in _strategies)
        {
            graph.Strategies[name] = strategies.GetValueOrDefault(name)
                ?? db.Strategies.Add(new CouncilStrategy { Name = name, Description = description }).Entity;
        }

        var periods = await db.ReportingPeriods.ToDictionaryAsync(p => p.StartYear, ct);
        foreach (var row in _periods)
        {
            if (!periods.TryGetValue(row.StartYear, out var period))
            {
                period = ReportingPeriod.ForFinancialYear(row.StartYear);
                period.State = row.State;
                period.EntryDeadline = row.EntryDeadline ?? OpenYear.EntryDeadline(seededOn);
                period.PublishedAt = row.PublishedAt;
                db.ReportingPeriods.Add(period);
            }

            graph.Periods[row.StartYear] = period;
        }

        return graph;
    }
}
