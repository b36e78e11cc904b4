using CouncilPerformance.Core.Kpis;
using CouncilPerformance.Core.Results;
using static CouncilPerformance.Core.Data.Seed.CoventryKpis;
using static CouncilPerformance.Core.Data.Seed.IllustrativeFigures;

namespace CouncilPerformance.Core.Data.Seed;

// One file past 300 lines: it is one data table (48 KPIs with their three years of figures), read
// down as the seed's other tables are; splitting it would only scatter the rows.

/// <summary>
/// The KPIs the documents do not name. Coventry's 2024/25 annual report measured 74 metrics: 7 could
/// not be reported, 1 was not fully developed and 66 were available (coventry-published-figures.md);
/// the source documents name 26 of them. These 48 make up the rest with plausible council-plan
/// indicators, spread over the plan's priorities, portfolios, service areas and scrutiny boards.
/// Every one, and every figure of it, is illustrative and says so. None of them missed its 2024/25
/// target, because the deep dive considered every metric whose target was not met (report, 1.4)
/// and none of these was among them; five could not be reported and two have no target set.
/// </summary>
public static class IllustrativeKpis
{
    public const string DefinitionNote =
        " Illustrative indicator added to the demonstration to make up the 74 metrics of the plan's 2024/25 annual report; it is not one named in the source documents, and all its figures are illustrative.";

    /// <summary>
    /// One KPI and its figures for 2022/23, 2023/24 and 2024/25. Targets are numbers unless
    /// <see cref="Kind"/> says otherwise; a direction target starts in 2023/24, the first year with a
    /// year before it to compare with (2022/23 has a number).
    /// </summary>
    internal sealed record Row(KpiSpec Kpi, decimal Tolerance, ByYear Targets, ByYear Values)
    {
        public TargetKind Kind { get; init; } = TargetKind.Value;

        public bool EqualCounts { get; init; }

        public ByYear? England { get; init; }

        public ByYear? WestMidlands { get; init; }

        /// <summary>Why there is no 2024/25 figure, for the metrics that could not be reported.</summary>
        public string? NotReportable { get; init; }
    }

    private static ByYear Y(decimal? y2022, decimal? y2023, decimal? y2024) => new(y2022, y2023, y2024);

    private static KpiSpec K(
        string code, string name, string definition, KpiUnit unit, string label, Polarity polarity, KpiDesignation designation,
        int release, string source, string priority, string portfolio, string area, string board = BoardNames.Scruco, string? strategy = null) => new()
        {
            Code = code, Name = name, Definition = definition + DefinitionNote, Unit = unit, UnitLabel = label, Polarity = polarity,
            Designation = designation, ReleaseMonth = release, DataSource = source, Priority = priority, Portfolio = portfolio,
            ServiceArea = area, Board = board, Strategies = strategy is null ? [] : [strategy],
        };

    private const Polarity Up = Polarity.HigherIsBetter;
    private const Polarity Down = Polarity.LowerIsBetter;
    private const KpiDesignation National = KpiDesignation.National;
    private const KpiDesignation Local = KpiDesignation.Local;
    private const KpiUnit Pct = KpiUnit.Percentage;
    private const KpiUnit Count = KpiUnit.Count;

    //   K(code, name, definition, unit, unit label, polarity, designation, release month, source, priority, portfolio, service area, board, strategy),
    //   amber tolerance, targets 22/23, 23/24, 24/25, results 22/23, 23/24, 24/25
    internal static readonly IReadOnlyList<Row> All =
    [
        // ---- Reducing Inequalities ----
        new(K("SMOKING-DELIVERY", "Smoking status at time of delivery", "Percentage of mothers known to be smokers at the time of delivery.",
            Pct, "% of maternities", Down, National, 7, "Smoking at time of delivery collection (NHS England)",
            PriorityNames.ReducingInequalities, PortfolioNames.PublicHealth, ServiceAreas.PublicHealth, strategy: StrategyNames.MarmotCity),
            0.5m, Y(11m, 10.5m, 10m), Y(11.2m, 10.3m, 9.6m)) { England = Y(8.8m, 7.4m, 6.1m) },
        new(K("HEALTH-CHECKS", "NHS Health Checks received by eligible residents", "Percentage of residents aged 40 to 74 offered an NHS Health Check who received one.",
            Pct, "% of those offered", Up, National, 8, "NHS Health Check returns (OHID)",
            PriorityNames.ReducingInequalities, PortfolioNames.PublicHealth, ServiceAreas.PublicHealth),
            2m, Y(40m, 42m, 45m), Y(38.5m, 43.1m, 46.2m)),
        new(K("PHYSICAL-ACTIVITY", "Physically active adults", "Percentage of adults doing at least 150 minutes of moderate physical activity a week.",
            Pct, "% of adults", Up, National, 4, "Active Lives Adult Survey (Sport England)",
            PriorityNames.ReducingInequalities, PortfolioNames.PublicHealth, ServiceAreas.PublicHealth, strategy: StrategyNames.MarmotCity),
            1m, Y(61m, null, null), Y(61.8m, 62.5m, 63.4m)) { Kind = TargetKind.Direction, England = Y(63.1m, 63.4m, 63.7m) },
        new(K("U18-CONCEPTIONS", "Under-18 conceptions (rate per 1,000 females aged 15-17)", "Conceptions to women aged under 18 per 1,000 females aged 15 to 17.",
            KpiUnit.Score, "per 1,000 females aged 15-17", Down, National, 3, "Conceptions in England and Wales (ONS)",
            PriorityNames.ReducingInequalities, PortfolioNames.PublicHealth, ServiceAreas.PublicHealth),
            1m, Y(18m, 17m, 16m), Y(18.9m, 16.8m, 15.7m)) { England = Y(13.1m, 13.6m, 13.2m) },
        new(K("MMR-AGE5", "Children receiving two doses of MMR vaccine by age 5", "Percentage of children who have had two doses of the MMR vaccine by their fifth birthday.",
            Pct, "% of children aged 5", Up, National, 9, "Childhood vaccination coverage statistics (UKHSA)",
            PriorityNames.ReducingInequalities, PortfolioNames.PublicHealth, ServiceAreas.PublicHealth),
            1m, Y(null, null, null), Y(86.1m, 85.0m, 84.6m)) { Kind = TargetKind.Comparator, EqualCounts = true, England = Y(85.5m, 84.5m, 83.9m) },
        new(K("BREASTFEEDING", "Babies breastfed at 6-8 weeks", "Percentage of infants totally or partially breastfed at their 6 to 8 week review.",
            Pct, "% of infants", Up, Local, 6, "Health visiting service returns",
            PriorityNames.ReducingInequalities, PortfolioNames.PublicHealth, ServiceAreas.PublicHealth),
            1m, Y(48m, 49m, 50m), Y(47.2m, 49.6m, null))
        {
            NotReportable = "The health visiting service moved to a new records system in 2024/25 and the year's data did not pass quality checks in time to be reported.",
        },
        new(K("CIN-REREFERRALS", "Re-referrals to children's social care within 12 months", "Percentage of referrals to children's social care within 12 months of a previous referral.",
            Pct, "% of referrals", Down, National, 10, "Children in need census (DfE)",
            PriorityNames.ReducingInequalities, PortfolioNames.ChildrenAndYoungPeople, ServiceAreas.ChildrensServices),
            1m, Y(null, null, null), Y(20.1m, 21.0m, 19.8m)) { Kind = TargetKind.Comparator, England = Y(21.5m, 22.4m, 22.1m) },
        new(K("CP-REPEAT", "Children subject to a child protection plan for a second or subsequent time", "Percentage of children starting a child protection plan who had been on one before.",
            Pct, "% of plans started", Down, National, 10, "Children in need census (DfE)",
            PriorityNames.ReducingInequalities, PortfolioNames.ChildrenAndYoungPeople, ServiceAreas.ChildrensServices),
            2m, Y(20m, 20m, 20m), Y(22.4m, 19.6m, 18.1m)) { England = Y(23.3m, 23.8m, 23.6m) },
        new(K("CARE-LEAVERS-ACCOM", "Care leavers aged 19-21 in suitable accommodation", "Percentage of care leavers aged 19 to 21 the council is in touch with who live in suitable accommodation.",
            Pct, "% of care leavers", Up, National, 11, "Children looked after return (SSDA903, DfE)",
            PriorityNames.ReducingInequalities, PortfolioNames.ChildrenAndYoungPeople, ServiceAreas.ChildrensServices),
            1m, Y(null, null, null), Y(90.2m, 91.5m, 92.3m)) { Kind = TargetKind.Comparator, EqualCounts = true, England = Y(88m, 88m, 89m) },
        new(K("FSM-TAKEUP", "Free school meals taken up by eligible pupils", "Percentage of pupils eligible for free school meals who take them up.",
            Pct, "% of eligible pupils", Up, Local, 7, "School census and catering returns",
            PriorityNames.ReducingInequalities, PortfolioNames.EducationAndSkills, ServiceAreas.EducationAndSkills),
            1m, Y(85m, 86m, 87m), Y(84.1m, 86.5m, 88.2m)),
        new(K("NUISANCE-RESOLVED", "Noise and nuisance complaints resolved within 28 days", "Percentage of noise and statutory nuisance complaints resolved within 28 days of being reported.",
            Pct, "% of complaints", Up, Local, 5, "Environmental protection case records",
            PriorityNames.ReducingInequalities, PortfolioNames.PolicingAndEqualities, ServiceAreas.EnvironmentalServices, BoardNames.CommunitiesAndNeighbourhoods),
            2m, Y(85m, 85m, 88m), Y(86.3m, 87.9m, 89.4m)),
        new(K("FAMILIES-BB", "Families with children in bed and breakfast accommodation for more than six weeks", "Households with children placed in bed and breakfast accommodation for longer than six weeks, at 31 March.",
            Count, "households", Down, National, 5, "Homelessness case management system (H-CLIC returns)",
            PriorityNames.ReducingInequalities, PortfolioNames.HousingAndCommunities, ServiceAreas.HousingAndHomelessness, BoardNames.CommunitiesAndNeighbourhoods),
            2m, Y(10m, 5m, 0m), Y(14m, 4m, 0m)),
        new(K("TEMP-ACCOM", "Households in temporary accommodation", "Households living in temporary accommodation arranged by the council, at 31 March.",
            Count, "households", Down, National, 5, "Homelessness case management system (H-CLIC returns)",
            PriorityNames.ReducingInequalities, PortfolioNames.HousingAndCommunities, ServiceAreas.HousingAndHomelessness, BoardNames.CommunitiesAndNeighbourhoods),
            40m, Y(1000m, 1000m, 950m), Y(1080m, 985m, 940m)),
        new(K("DFG-ADAPTATIONS", "Disabled facilities grant adaptations completed", "Home adaptations completed for disabled residents with a disabled facilities grant.",
            Count, "adaptations", Up, Local, 5, "Housing grants records",
            PriorityNames.ReducingInequalities, PortfolioNames.HousingAndCommunities, ServiceAreas.HousingAndHomelessness),
            15m, Y(350m, 375m, 400m), Y(362m, 391m, 414m)),

        // ---- Climate Change ----
        new(K("COUNCIL-EMISSIONS", "Council's own carbon emissions", "Greenhouse gas emissions from the council's buildings, fleet and street lighting, in tonnes of carbon dioxide equivalent.",
            Count, "tonnes CO2e", Down, Local, 7, "Council energy and fleet records",
            PriorityNames.ClimateChange, PortfolioNames.JobsRegenerationAndClimateChange, ServiceAreas.ClimateChangeAndSustainability, strategy: StrategyNames.ClimateChange),
            800m, Y(30_000m, 28_000m, 26_000m), Y(29_410m, 27_350m, 25_120m)),
        new(K("HOME-ENERGY", "Homes improved through council energy efficiency schemes", "Homes given insulation, heating or renewable energy measures through schemes the council runs or funds.",
            Count, "homes", Up, Local, 5, "Home energy scheme records",
            PriorityNames.ClimateChange, PortfolioNames.JobsRegenerationAndClimateChange, ServiceAreas.ClimateChangeAndSustainability, strategy: StrategyNames.ClimateChange),
            25m, Y(500m, 600m, 700m), Y(512m, 647m, 731m)),
        new(K("EV-CHARGEPOINTS", "Public electric vehicle charge points in the city", "Publicly available electric vehicle charging devices in the city, at 31 March.",
            Count, "charge points", Up, National, 4, "Electric vehicle charging device statistics (DfT)",
            PriorityNames.ClimateChange, PortfolioNames.JobsRegenerationAndClimateChange, ServiceAreas.HighwaysTransportAndWaste, strategy: StrategyNames.ClimateChange),
            30m, Y(700m, 900m, 1100m), Y(726m, 944m, 1162m)),
        new(K("TREES-PLANTED", "Trees planted on council land", "Trees planted in the city's parks, streets and open spaces in the planting season.",
            Count, "trees", Up, Local, 4, "Parks and green spaces records",
            PriorityNames.ClimateChange, PortfolioNames.CityServices, ServiceAreas.EnvironmentalServices, strategy: StrategyNames.ClimateChange),
            150m, Y(3000m, 3000m, 3500m), Y(3210m, 2840m, 3620m)),
        new(K("STREET-LITTER", "Streets with unacceptable levels of litter", "Percentage of streets and relevant land surveyed that fall below an acceptable level of litter.",
            Pct, "% of sites surveyed", Down, Local, 5, "Local environmental quality surveys",
            PriorityNames.ClimateChange, PortfolioNames.CityServices, ServiceAreas.EnvironmentalServices, BoardNames.CommunitiesAndNeighbourhoods),
            0.5m, Y(8m, 8m, 7m), Y(7.6m, 7.9m, 6.8m)),
        new(K("MISSED-BINS", "Missed bin collections per 100,000 collections", "Bin collections reported missed per 100,000 scheduled collections.",
            Count, "per 100,000 collections", Down, Local, 4, "Waste collection round records",
            PriorityNames.ClimateChange, PortfolioNames.CityServices, ServiceAreas.HighwaysTransportAndWaste, BoardNames.CommunitiesAndNeighbourhoods),
            5m, Y(60m, 60m, 55m), Y(57m, 63m, 51m)),
        new(K("RESIDUAL-WASTE", "Residual household waste per household", "Household waste not reused, recycled or composted, in kilograms per household.",
            Count, "kg per household", Down, National, 11, "WasteDataFlow (Defra)",
            PriorityNames.ClimateChange, PortfolioNames.CityServices, ServiceAreas.HighwaysTransportAndWaste, strategy: StrategyNames.ClimateChange),
            10m, Y(530m, null, null), Y(520m, 511m, 498m)) { Kind = TargetKind.Direction, England = Y(538m, 523m, 515m) },
        new(K("AIR-QUALITY", "Air quality monitoring sites meeting the nitrogen dioxide objective", "Percentage of the council's nitrogen dioxide monitoring sites meeting the annual mean objective.",
            Pct, "% of sites", Up, Local, 6, "Annual air quality status report",
            PriorityNames.ClimateChange, PortfolioNames.CityServices, ServiceAreas.EnvironmentalServices),
            3m, Y(80m, 85m, 90m), Y(81.8m, 86.4m, 92.7m)),
        new(K("DEFECTS-24H", "Category 1 highway defects made safe within 24 hours", "Percentage of category 1 (dangerous) highway defects made safe within 24 hours of being reported.",
            Pct, "% of defects", Up, Local, 4, "Highways asset management database",
            PriorityNames.ClimateChange, PortfolioNames.CityServices, ServiceAreas.HighwaysTransportAndWaste),
            1m, Y(95m, 95m, 95m), Y(96.1m, 95.4m, 97.2m)),
        new(K("BUS-JOURNEYS", "Bus passenger journeys in the city", "Local bus passenger journeys starting in the city in the year.",
            Count, "journeys", Up, National, 12, "Annual bus statistics (DfT)",
            PriorityNames.ClimateChange, PortfolioNames.CityServices, ServiceAreas.HighwaysTransportAndWaste, strategy: StrategyNames.ClimateChange),
            500_000m, Y(27_000_000m, 28_000_000m, 29_000_000m), Y(27_300_000m, 28_600_000m, null))
        {
            NotReportable = "The Department for Transport had not yet published the 2024/25 bus statistics when the annual report was prepared.",
        },

        // ---- Economic Prosperity ----
        new(K("EMPLOYMENT-RATE", "Employment rate of residents aged 16-64", "Percentage of residents aged 16 to 64 in employment.",
            Pct, "% of residents aged 16-64", Up, National, 4, "Annual Population Survey (ONS)",
            PriorityNames.EconomicProsperity, PortfolioNames.JobsRegenerationAndClimateChange, ServiceAreas.EconomicDevelopment, BoardNames.BusinessEconomyAndEnterprise, StrategyNames.EconomicDevelopment),
            1m, Y(70m, 71m, 72m), Y(70.4m, 71.6m, 72.5m)) { England = Y(75.7m, 75.6m, 75.0m), WestMidlands = Y(73.1m, 73.4m, 72.9m) },
        new(K("CLAIMANT-RATE", "Claimant count rate of residents aged 16-64", "Residents aged 16 to 64 claiming unemployment-related benefits, as a percentage of residents of that age.",
            Pct, "% of residents aged 16-64", Down, National, 4, "Claimant count (ONS)",
            PriorityNames.EconomicProsperity, PortfolioNames.JobsRegenerationAndClimateChange, ServiceAreas.EconomicDevelopment, BoardNames.BusinessEconomyAndEnterprise, StrategyNames.EconomicDevelopment),
            0.3m, Y(6m, null, null), Y(5.6m, 5.3m, 5.0m)) { Kind = TargetKind.Direction, England = Y(3.8m, 3.7m, 4.1m) },
        new(K("JOBS-CREATED", "Jobs created or safeguarded through council-supported investment", "Jobs created or safeguarded by businesses the council supported with investment, grants or land.",
            Count, "jobs", Up, Local, 5, "Economic development programme records",
            PriorityNames.EconomicProsperity, PortfolioNames.JobsRegenerationAndClimateChange, ServiceAreas.EconomicDevelopment, BoardNames.BusinessEconomyAndEnterprise, StrategyNames.EconomicDevelopment),
            75m, Y(1500m, 1500m, 1800m), Y(1620m, 1710m, 1985m)),
        new(K("BUSINESSES-SUPPORTED", "Businesses supported by the council's business growth programmes", "Businesses given at least twelve hours of support by the council's business growth programmes.",
            Count, "businesses", Up, Local, 5, "Economic development programme records",
            PriorityNames.EconomicProsperity, PortfolioNames.JobsRegenerationAndClimateChange, ServiceAreas.EconomicDevelopment, BoardNames.BusinessEconomyAndEnterprise, StrategyNames.EconomicDevelopment),
            25m, Y(600m, 650m, 700m), Y(633m, 688m, 742m)),
        new(K("MEDIAN-PAY", "Median gross weekly pay of full-time resident employees", "Median gross weekly earnings of residents working full time, in pounds.",
            KpiUnit.Money, "£ per week", Up, National, 11, "Annual Survey of Hours and Earnings (ONS)",
            PriorityNames.EconomicProsperity, PortfolioNames.JobsRegenerationAndClimateChange, ServiceAreas.EconomicDevelopment, BoardNames.BusinessEconomyAndEnterprise, StrategyNames.EconomicDevelopment),
            10m, Y(600m, null, null), Y(610m, 642m, 671m)) { Kind = TargetKind.Direction, England = Y(683m, 729m, 766m) },
        new(K("CITY-FOOTFALL", "City centre footfall", "Visits to the city centre counted by the footfall counters in the year.",
            Count, "visits", Up, Local, 4, "City centre footfall counters",
            PriorityNames.EconomicProsperity, PortfolioNames.JobsRegenerationAndClimateChange, ServiceAreas.EconomicDevelopment, BoardNames.BusinessEconomyAndEnterprise),
            400_000m, Y(18_500_000m, 19_000_000m, 19_500_000m), Y(18_720_000m, 19_310_000m, null))
        {
            NotReportable = "Footfall counters were taken out during the city centre works, so there is no full-year count for 2024/25.",
        },
        new(K("ADULT-LEARNERS", "Adult learners completing council-funded courses", "Adult learners completing a course run or funded by the council's adult education service.",
            Count, "learners", Up, Local, 8, "Adult education service records",
            PriorityNames.EconomicProsperity, PortfolioNames.EducationAndSkills, ServiceAreas.EducationAndSkills),
            100m, Y(4000m, 4200m, 4400m), Y(4115m, 4290m, 4530m)),
        new(K("APPRENTICESHIP-STARTS", "Apprenticeship starts by city residents", "Apprenticeships started by residents of the city in the academic year.",
            Count, "starts", Up, National, 11, "Apprenticeships and traineeships statistics (DfE)",
            PriorityNames.EconomicProsperity, PortfolioNames.EducationAndSkills, ServiceAreas.EducationAndSkills, BoardNames.BusinessEconomyAndEnterprise),
            100m, Y(2800m, 2900m, 3000m), Y(2760m, 2940m, 3080m)),
        new(K("KS2-RWM", "Pupils meeting the expected standard in reading, writing and maths at key stage 2", "Percentage of pupils at the end of key stage 2 meeting the expected standard in reading, writing and maths combined.",
            Pct, "% of pupils", Up, National, 12, "Key stage 2 attainment (DfE)",
            PriorityNames.EconomicProsperity, PortfolioNames.EducationAndSkills, ServiceAreas.EducationAndSkills),
            1m, Y(null, null, null), Y(56m, 58m, 61.2m)) { Kind = TargetKind.Comparator, EqualCounts = true, England = Y(59m, 60m, 61m) },
        new(K("GOOD-SCHOOLS", "Pupils attending a school judged good or outstanding", "Percentage of pupils attending a school whose latest Ofsted overall effectiveness judgement is good or outstanding.",
            Pct, "% of pupils", Up, National, 8, "Ofsted inspection outcomes",
            PriorityNames.EconomicProsperity, PortfolioNames.EducationAndSkills, ServiceAreas.EducationAndSkills),
            1m, Y(85m, 86m, 87m), Y(84.0m, 86.8m, null))
        {
            NotReportable = "Ofsted stopped giving single-word overall effectiveness judgements in September 2024, so the measure could not be calculated as defined.",
        },
        new(K("MAJOR-PLANNING", "Major planning applications decided within 13 weeks or an agreed time", "Percentage of major planning applications decided within 13 weeks or an extension of time agreed with the applicant.",
            Pct, "% of applications", Up, National, 6, "Planning applications statistics (PS1/PS2 returns)",
            PriorityNames.EconomicProsperity, PortfolioNames.JobsRegenerationAndClimateChange, ServiceAreas.PlanningAndPerformance, BoardNames.BusinessEconomyAndEnterprise),
            3m, Y(80m, 85m, 85m), Y(88.5m, 91.2m, 93.0m)) { England = Y(88m, 89m, 90m) },
        new(K("AFFORDABLE-HOMES", "Affordable homes delivered", "Affordable homes (social rent, affordable rent and shared ownership) completed in the city.",
            Count, "homes", Up, Local, 6, "Housing land monitoring",
            PriorityNames.EconomicProsperity, PortfolioNames.HousingAndCommunities, ServiceAreas.HousingAndHomelessness),
            20m, Y(300m, 300m, 350m), Y(318m, 276m, 362m)),
        new(K("EMPTY-HOMES", "Long-term empty homes brought back into use", "Homes empty for more than six months brought back into use through the council's action.",
            Count, "homes", Up, Local, 5, "Empty homes team records",
            PriorityNames.EconomicProsperity, PortfolioNames.HousingAndCommunities, ServiceAreas.HousingAndHomelessness, BoardNames.CommunitiesAndNeighbourhoods),
            10m, Y(150m, 150m, 175m), Y(162m, 171m, 188m)),

        // ---- Continued Financial sustainability ----
        new(K("INVOICES-30DAYS", "Undisputed invoices paid within 30 days", "Percentage of undisputed supplier invoices paid within 30 days of receipt.",
            Pct, "% of invoices", Up, Local, 4, "Council finance system",
            PriorityNames.FinancialSustainability, PortfolioNames.StrategicFinanceAndResources, ServiceAreas.Finance, BoardNames.FinanceAndCorporateServices),
            1m, Y(95m, 95m, 95m), Y(94.1m, 95.6m, 96.3m)),
        new(K("CAPITAL-DELIVERY", "Capital programme spent against the approved budget", "Capital spending in the year as a percentage of the approved capital programme.",
            Pct, "% of programme", Up, Local, 6, "Capital outturn report",
            PriorityNames.FinancialSustainability, PortfolioNames.StrategicFinanceAndResources, ServiceAreas.Finance, BoardNames.FinanceAndCorporateServices),
            3m, Y(85m, 85m, 85m), Y(78.3m, 86.9m, 88.1m)),
        new(K("FOI-20DAYS", "Freedom of Information requests answered within 20 working days", "Percentage of Freedom of Information and Environmental Information requests answered within 20 working days.",
            Pct, "% of requests", Up, National, 4, "Information governance case records",
            PriorityNames.FinancialSustainability, PortfolioNames.PolicyAndLeadership, ServiceAreas.LawAndGovernance, BoardNames.FinanceAndCorporateServices),
            2m, Y(90m, 90m, 90m), Y(87.2m, 91.5m, 93.4m)),
        new(K("COMPLAINTS-10DAYS", "Stage 1 complaints responded to within 10 working days", "Percentage of stage 1 corporate complaints responded to within 10 working days.",
            Pct, "% of complaints", Up, Local, 4, "Corporate complaints system",
            PriorityNames.FinancialSustainability, PortfolioNames.PolicyAndLeadership, ServiceAreas.LawAndGovernance),
            2m, Y(85m, 85m, 90m), Y(82.6m, 88.1m, 90.7m)),
        new(K("ONLINE-TRANSACTIONS", "Customer transactions completed online", "Percentage of customer transactions (payments, applications and reports) completed online.",
            Pct, "% of transactions", Up, Local, 4, "Customer services and web platform records",
            PriorityNames.FinancialSustainability, PortfolioNames.StrategicFinanceAndResources, ServiceAreas.DigitalServices, BoardNames.FinanceAndCorporateServices),
            2m, Y(60m, 65m, 70m), Y(62.3m, 67.8m, 72.4m)),
        new(K("CALLS-ANSWERED", "Customer service calls answered", "Percentage of calls to the council's customer service centre that were answered.",
            Pct, "% of calls", Up, Local, 4, "Contact centre telephony system",
            PriorityNames.FinancialSustainability, PortfolioNames.StrategicFinanceAndResources, ServiceAreas.DigitalServices, BoardNames.FinanceAndCorporateServices),
            2m, Y(85m, 85m, 85m), Y(83.1m, 86.2m, 88.9m)),
        new(K("STAFF-TURNOVER", "Voluntary staff turnover", "Employees leaving the council voluntarily in the year, as a percentage of the average headcount. Monitored for context, with no target set.",
            Pct, "% of headcount", Down, Local, 4, "HR and payroll system",
            PriorityNames.FinancialSustainability, PortfolioNames.StrategicFinanceAndResources, ServiceAreas.HumanResources, BoardNames.FinanceAndCorporateServices),
            0m, Y(null, null, null), Y(11.8m, 10.9m, 10.2m)) { Kind = TargetKind.None },
        new(K("AGENCY-SPEND", "Agency staff spend as a share of the pay bill", "Spending on agency staff as a percentage of the council's total pay bill.",
            Pct, "% of pay bill", Down, Local, 4, "HR and payroll system",
            PriorityNames.FinancialSustainability, PortfolioNames.StrategicFinanceAndResources, ServiceAreas.HumanResources, BoardNames.FinanceAndCorporateServices),
            0.5m, Y(6m, 5.5m, 5m), Y(6.4m, 5.3m, 4.8m)),
        new(K("GENDER-PAY-GAP", "Gender pay gap (median hourly pay)", "The difference between men's and women's median hourly pay at the council, as a percentage of men's. Published each year for transparency, with no target set.",
            Pct, "% of men's median hourly pay", Down, Local, 3, "Gender pay gap report (HR and payroll system)",
            PriorityNames.FinancialSustainability, PortfolioNames.PolicyAndLeadership, ServiceAreas.HumanResources),
            0m, Y(null, null, null), Y(6.2m, 5.8m, 5.1m)) { Kind = TargetKind.None },
        new(K("ELECTORAL-REGISTER", "Eligible residents on the electoral register", "Estimated percentage of eligible adult residents registered to vote, from the annual canvass.",
            Pct, "% of eligible residents", Up, Local, 12, "Electoral registration canvass",
            PriorityNames.FinancialSustainability, PortfolioNames.PolicyAndLeadership, ServiceAreas.LawAndGovernance),
            1m, Y(90m, 90m, 92m), Y(91.0m, 90.4m, 92.8m)),
        new(K("RESIDENTS-SATISFIED", "Residents satisfied with the way the council runs things", "Percentage of residents responding to the council's residents' survey who are satisfied with the way the council runs things.",
            Pct, "% of respondents", Up, Local, 3, "Residents' survey",
            PriorityNames.FinancialSustainability, PortfolioNames.PolicyAndLeadership, ServiceAreas.PlanningAndPerformance),
            2m, Y(55m, 56m, 57m), Y(55.4m, 57.1m, null))
        {
            NotReportable = "The 2024/25 residents' survey was postponed to 2025/26, so there is no figure for the year.",
        },
    ];

    internal static IEnumerable<KpiSpec> Specs => All.Select(r => r.Kpi);

    /// <summary>The added KPIs' codes.</summary>
    public static IReadOnlyList<string> Codes { get; } = All.Select(r => r.Kpi.Code).ToList();

    /// <summary>The added KPIs that could not be reported for 2024/25.</summary>
    public static IReadOnlyList<string> NotReportable { get; } = All.Where(r => r.NotReportable is not null).Select(r => r.Kpi.Code).ToList();

    /// <summary>The added KPIs with no target set.</summary>
    public static IReadOnlyList<string> NoTargetSet { get; } = All.Where(r => r.Kind == TargetKind.None).Select(r => r.Kpi.Code).ToList();

    public const string NotReportableNote = "Illustrative: no figure could be reported for 2024/25.";

    internal static void Add(CoventryGraph graph)
    {
        foreach (var row in All)
        {
            var kpi = graph.Kpis[row.Kpi.Code];
            foreach (var year in Years)
            {
                var period = graph.Periods[year];
                var kind = row.Kind == TargetKind.Direction && row.Targets.For(year) is not null ? TargetKind.Value : row.Kind;
                kpi.Targets.Add(new Target
                {
                    ReportingPeriod = period,
                    Kind = kind,
                    Value = kind == TargetKind.Value ? row.Targets.For(year) : null,
                    Comparators = kind == TargetKind.Comparator ? TargetComparators.National : null,
                    EqualCounts = row.EqualCounts,
                    AmberTolerance = row.Tolerance,
                    IsIllustrative = true,
                    Note = TargetNote,
                });

                var result = NewResult(period, row.Kpi.Code, year);
                result.IsIllustrative = true;
                if (row.Values.For(year) is { } value)
                {
                    result.Value = value;
                    result.Commentary = ResultCommentary;
                    AddComparator(result, Comparator.England, row.England?.For(year));
                    AddComparator(result, Comparator.WestMidlands, row.WestMidlands?.For(year));
                }
                else
                {
                    result.DataStatus = DataStatus.NotAvailable;
                    result.NotAvailableReason = row.NotReportable
                        ?? throw new InvalidOperationException($"{row.Kpi.Code} {year} has no figure and no reason.");
                    result.Commentary = NotReportableNote + " " + row.NotReportable;
                }

                kpi.Results.Add(result);
            }
        }
    }

    private static void AddComparator(Result result, Comparator comparator, decimal? value)
    {
        if (value is { } v)
        {
            result.Comparators.Add(new ComparatorValue { Comparator = comparator, Value = v });
        }
    }
}
