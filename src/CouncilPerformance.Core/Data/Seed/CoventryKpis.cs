using CouncilPerformance.Core.Kpis;

namespace CouncilPerformance.Core.Data.Seed;

/// <summary>
/// The KPIs: every metric Appendix 1 names (session tables and sections 1–16), the KPIs its
/// recommendations ask to add (Proposed), and "New homes built" for Cabinet recommendation 5.
/// Names keep the council's wording, typos included ("apprenticeship of employment destination").
/// </summary>
internal static class CoventryKpis
{
    internal sealed record KpiSpec
    {
        public required string Code { get; init; }

        public required string Name { get; init; }

        public required string Definition { get; init; }

        public required KpiUnit Unit { get; init; }

        public int? RateBase { get; init; }

        public required string UnitLabel { get; init; }

        public required Polarity Polarity { get; init; }

        public required KpiDesignation Designation { get; init; }

        public DataFrequency Frequency { get; init; } = DataFrequency.Annual;

        public string? FrequencyNote { get; init; }

        public int? ReleaseMonth { get; init; }

        public required string DataSource { get; init; }

        public required string Priority { get; init; }

        public required string Portfolio { get; init; }

        public string? SecondaryPortfolio { get; init; }

        public required string ServiceArea { get; init; }

        /// <summary>The scrutiny body whose remit covers it: the board the documents tie it to, else SCRUCO.</summary>
        public string Board { get; init; } = BoardNames.Scruco;

        public KpiStatus Status { get; init; } = KpiStatus.Active;

        public IReadOnlyList<string> Strategies { get; init; } = [];
    }

    // Status: UnderReview where a recommendation asks to review, replace, redefine or reconsider the
    // KPI (a, b, c, f, g, i, m, n, o); Proposed for the KPIs recommendations d, e, h, j, l and p add.
    internal static readonly IReadOnlyList<KpiSpec> All =
    [
        // ---- Session 1: City Services (/Policing and Equalities) ----
        new()
        {
            Code = "FLY-TIPS", Name = "Fly-tips reported in the city",
            Definition = "Number of fly-tipping incidents reported in the city during the year. It counts reports, not enforcement: recommendation a) asks for enforcement actions and the fly tips not enforced against to be shown alongside.",
            Unit = KpiUnit.Count, UnitLabel = "fly-tips", Polarity = Polarity.LowerIsBetter, Designation = KpiDesignation.Local,
            ReleaseMonth = 5, DataSource = "Council fly-tipping reports (environmental enforcement records)",
            Priority = PriorityNames.ReducingInequalities, Portfolio = PortfolioNames.CityServices, SecondaryPortfolio = PortfolioNames.PolicingAndEqualities,
            ServiceArea = ServiceAreas.EnvironmentalServices, Board = BoardNames.CommunitiesAndNeighbourhoods, Status = KpiStatus.UnderReview,
        },
        new()
        {
            Code = "ROADS-A", Name = "Principal roads (A roads) in a good/acceptable condition",
            Definition = "Percentage of the principal (A road) network in a good or acceptable condition, from Detailed Visual Inspection (DVI) condition surveys.",
            Unit = KpiUnit.Percentage, UnitLabel = "% of network", Polarity = Polarity.HigherIsBetter, Designation = KpiDesignation.National,
            ReleaseMonth = 6, DataSource = "Road condition surveys, Detailed Visual Inspection (DVI)",
            Priority = PriorityNames.ClimateChange, Portfolio = PortfolioNames.CityServices, ServiceArea = ServiceAreas.HighwaysTransportAndWaste,
        },
        new()
        {
            Code = "ROADS-UNCLASS", Name = "Unclassified roads in a good/acceptable condition",
            Definition = "Percentage of the unclassified road network in a good or acceptable condition, from Detailed Visual Inspection (DVI) condition surveys.",
            Unit = KpiUnit.Percentage, UnitLabel = "% of network", Polarity = Polarity.HigherIsBetter, Designation = KpiDesignation.National,
            ReleaseMonth = 6, DataSource = "Road condition surveys, Detailed Visual Inspection (DVI)",
            Priority = PriorityNames.ClimateChange, Portfolio = PortfolioNames.CityServices, ServiceArea = ServiceAreas.HighwaysTransportAndWaste,
        },
        new()
        {
            Code = "PAVEMENTS", Name = "Pavements without defects present",
            Definition = "Percentage of pavements without defects present, from the highways asset management database. Recommendation b) asks for it to be measured like the road condition surveys (DVI).",
            Unit = KpiUnit.Percentage, UnitLabel = "% of pavements", Polarity = Polarity.HigherIsBetter, Designation = KpiDesignation.Local,
            ReleaseMonth = 6, DataSource = "Highways asset management database",
            Priority = PriorityNames.ClimateChange, Portfolio = PortfolioNames.CityServices, ServiceArea = ServiceAreas.HighwaysTransportAndWaste,
            Status = KpiStatus.UnderReview,
        },
        new()
        {
            Code = "RECYCLING", Name = "Household waste recycled and composted",
            Definition = "Percentage of household waste sent for reuse, recycling or composting.",
            Unit = KpiUnit.Percentage, UnitLabel = "%", Polarity = Polarity.HigherIsBetter, Designation = KpiDesignation.National,
            ReleaseMonth = 11, DataSource = "WasteDataFlow (Defra)",
            Priority = PriorityNames.ClimateChange, Portfolio = PortfolioNames.CityServices, ServiceArea = ServiceAreas.HighwaysTransportAndWaste,
            Strategies = [StrategyNames.ClimateChange],
        },
        new()
        {
            Code = "CASUALTIES-PED", Name = "Road casualties by road user type - pedestrian",
            Definition = "Number of pedestrians killed or injured in reported road traffic collisions in the city. The same data gives the other road user types, recorded as a breakdown for context.",
            Unit = KpiUnit.Count, UnitLabel = "casualties", Polarity = Polarity.LowerIsBetter, Designation = KpiDesignation.National,
            FrequencyNote = "Calendar year (January to December) ending in the financial year", ReleaseMonth = 9,
            DataSource = "Reported road casualties (STATS19, Department for Transport)",
            Priority = PriorityNames.ClimateChange, Portfolio = PortfolioNames.CityServices, ServiceArea = ServiceAreas.HighwaysTransportAndWaste,
        },

        // ---- Session 2: Public Health, Sport, and Wellbeing; Education and Skills; Children and Young People ----
        new()
        {
            Code = "Y6-OBESITY", Name = "Overweight or obesity among children in Year 6",
            Definition = "Percentage of children in Year 6 (aged 10 to 11) measured as overweight or living with obesity.",
            Unit = KpiUnit.Percentage, UnitLabel = "% of Year 6 children", Polarity = Polarity.LowerIsBetter, Designation = KpiDesignation.National,
            FrequencyNote = "Academic year", ReleaseMonth = 11, DataSource = "National Child Measurement Programme (OHID)",
            Priority = PriorityNames.ReducingInequalities, Portfolio = PortfolioNames.PublicHealth, ServiceArea = ServiceAreas.PublicHealth,
            Strategies = [StrategyNames.MarmotCity],
        },
        new()
        {
            Code = "CHILD-POVERTY", Name = "Percentage and (number) of children (aged under 16) living in relative low-income families",
            Definition = "Percentage (numerator: number) of children aged under 16 living in relative low-income families, i.e. below 60% of median income before housing costs.",
            Unit = KpiUnit.Percentage, UnitLabel = "% of children under 16", Polarity = Polarity.LowerIsBetter, Designation = KpiDesignation.National,
            ReleaseMonth = 3, DataSource = "Children in low income families (DWP/HMRC)",
            Priority = PriorityNames.ReducingInequalities, Portfolio = PortfolioNames.PublicHealth, ServiceArea = ServiceAreas.PublicHealth,
            Strategies = [StrategyNames.MarmotCity],
        },
        new()
        {
            Code = "NEET-16-17", Name = "16-17-year-olds not in education, employment, or training (NEET) including not knowns",
            Definition = "Percentage of 16 and 17 year olds known to the council who are not in education, employment or training, or whose activity is not known.",
            Unit = KpiUnit.Percentage, UnitLabel = "% of 16-17 year olds", Polarity = Polarity.LowerIsBetter, Designation = KpiDesignation.National,
            FrequencyNote = "Average of December, January and February", ReleaseMonth = 6, DataSource = "NEET and participation (DfE)",
            Priority = PriorityNames.EconomicProsperity, Portfolio = PortfolioNames.EducationAndSkills, ServiceArea = ServiceAreas.EducationAndSkills,
        },
        new()
        {
            Code = "SCHOOL-LEAVERS-16", Name = "Destination of school leavers aged 16+ (% continuing to a sustained education, apprenticeship of employment destination)",
            Definition = "Percentage of pupils leaving key stage 4 (age 16) who continue to a sustained education, apprenticeship or employment destination.",
            Unit = KpiUnit.Percentage, UnitLabel = "% of school leavers", Polarity = Polarity.HigherIsBetter, Designation = KpiDesignation.National,
            ReleaseMonth = 10, DataSource = "Destination measures (DfE)",
            Priority = PriorityNames.EconomicProsperity, Portfolio = PortfolioNames.EducationAndSkills, ServiceArea = ServiceAreas.EducationAndSkills,
        },
        new()
        {
            Code = "GLD-AGE5", Name = "Good level of development at age 5",
            Definition = "Percentage of children reaching a good level of development at the end of the Early Years Foundation Stage (age 5).",
            Unit = KpiUnit.Percentage, UnitLabel = "% of children", Polarity = Polarity.HigherIsBetter, Designation = KpiDesignation.National,
            FrequencyNote = "Academic year", ReleaseMonth = 11, DataSource = "Early years foundation stage profile results (DfE)",
            Priority = PriorityNames.ReducingInequalities, Portfolio = PortfolioNames.ChildrenAndYoungPeople, ServiceArea = ServiceAreas.ChildrensServices,
            Strategies = [StrategyNames.MarmotCity],
        },
        new()
        {
            Code = "YJ-FTE", Name = "First time entrants to youth justice system - rate per 100,000 young people aged 10-17 (& count)",
            Definition = "Young people aged 10 to 17 receiving their first youth caution or conviction, per 100,000 of that age (numerator: the count).",
            Unit = KpiUnit.Rate, RateBase = 100_000, UnitLabel = "per 100,000 aged 10-17", Polarity = Polarity.LowerIsBetter, Designation = KpiDesignation.National,
            ReleaseMonth = 1, DataSource = "Youth justice statistics (Ministry of Justice / Youth Justice Board)",
            Priority = PriorityNames.ReducingInequalities, Portfolio = PortfolioNames.ChildrenAndYoungPeople, ServiceArea = ServiceAreas.ChildrensServices,
        },
        new()
        {
            Code = "CIC-RATE", Name = "Children in Care (rate per 10,000 population under 18 & number)",
            Definition = "Children in care at 31 March per 10,000 children under 18 (numerator: the number). It includes unaccompanied asylum-seeking children (UASC); recommendation c) proposes excluding them.",
            Unit = KpiUnit.Rate, RateBase = 10_000, UnitLabel = "per 10,000 under 18", Polarity = Polarity.LowerIsBetter, Designation = KpiDesignation.National,
            FrequencyNote = "Snapshot at 31 March", ReleaseMonth = 11, DataSource = "Children looked after return (SSDA903, DfE)",
            Priority = PriorityNames.ReducingInequalities, Portfolio = PortfolioNames.ChildrenAndYoungPeople, ServiceArea = ServiceAreas.ChildrensServices,
            Status = KpiStatus.UnderReview,
        },

        // ---- Session 3: Jobs, Regeneration, and Climate Change; Housing and Communities ----
        new()
        {
            Code = "ACTIVE-ENTERPRISES", Name = "Active enterprises number (and rate per 10,000 pop aged 16+) (proxy for new businesses)",
            Definition = "Active enterprises in the city per 10,000 population aged 16 and over (numerator: the number of active enterprises); a proxy for new businesses.",
            Unit = KpiUnit.Rate, RateBase = 10_000, UnitLabel = "per 10,000 aged 16+", Polarity = Polarity.HigherIsBetter, Designation = KpiDesignation.National,
            ReleaseMonth = 11, DataSource = "Business demography (ONS)",
            Priority = PriorityNames.EconomicProsperity, Portfolio = PortfolioNames.JobsRegenerationAndClimateChange, ServiceArea = ServiceAreas.EconomicDevelopment,
            Board = BoardNames.BusinessEconomyAndEnterprise, Status = KpiStatus.UnderReview, Strategies = [StrategyNames.EconomicDevelopment],
        },
        new()
        {
            Code = "CDP-SCORE", Name = "CDP carbon disclosure score",
            Definition = "The council's CDP (carbon disclosure) score, as points: A = 8, A- = 7, B = 6, B- = 5, C = 4, C- = 3, D = 2, D- = 1.",
            Unit = KpiUnit.Score, UnitLabel = "points (A = 8 ... D- = 1)", Polarity = Polarity.HigherIsBetter, Designation = KpiDesignation.Local,
            ReleaseMonth = 11, DataSource = "CDP cities disclosure",
            Priority = PriorityNames.ClimateChange, Portfolio = PortfolioNames.JobsRegenerationAndClimateChange, ServiceArea = ServiceAreas.ClimateChangeAndSustainability,
            Strategies = [StrategyNames.ClimateChange],
        },
        new()
        {
            Code = "BNG", Name = "Biodiversity net gain (measure of habitat creation and conservation)",
            Definition = "Officers' estimate of nature conservation in the city, as a percentage, against a target of 30% (Appendix 1, 7.2). New developments must separately deliver at least a 10% biodiversity net gain.",
            Unit = KpiUnit.Percentage, UnitLabel = "%", Polarity = Polarity.HigherIsBetter, Designation = KpiDesignation.Local,
            DataSource = "Planning and ecology teams (officers' estimate)",
            Priority = PriorityNames.ClimateChange, Portfolio = PortfolioNames.JobsRegenerationAndClimateChange, ServiceArea = ServiceAreas.ClimateChangeAndSustainability,
            Status = KpiStatus.UnderReview, Strategies = [StrategyNames.ClimateChange],
        },
        new()
        {
            Code = "HOMELESSNESS-PREVENTED", Name = "Homelessness cases prevented and relieved",
            Definition = "Number of households whose homelessness was prevented or relieved: the case closed with accommodation secured.",
            Unit = KpiUnit.Count, UnitLabel = "cases", Polarity = Polarity.HigherIsBetter, Designation = KpiDesignation.Local,
            ReleaseMonth = 5, DataSource = "Homelessness case management system (H-CLIC returns)",
            Priority = PriorityNames.ReducingInequalities, Portfolio = PortfolioNames.HousingAndCommunities, ServiceArea = ServiceAreas.HousingAndHomelessness,
            Status = KpiStatus.UnderReview,
        },

        // ---- Session 4: Strategic Finance and Resources ----
        new()
        {
            Code = "BUSINESS-RATES", Name = "Business rates total rateable value (and collection rate)",
            Definition = "In-year business rates collection rate: the amount collected by 31 March as a percentage of the amount collectable for the year (numerator and denominator in pounds). The total rateable value is reported alongside in the commentary.",
            Unit = KpiUnit.Percentage, UnitLabel = "% collected in year", Polarity = Polarity.HigherIsBetter, Designation = KpiDesignation.National,
            ReleaseMonth = 4, DataSource = "Council revenues system (quarterly collection returns)",
            Priority = PriorityNames.FinancialSustainability, Portfolio = PortfolioNames.StrategicFinanceAndResources, ServiceArea = ServiceAreas.Finance,
            Board = BoardNames.FinanceAndCorporateServices,
        },
        new()
        {
            Code = "COUNCIL-TAX", Name = "Council tax collection rate",
            Definition = "In-year council tax collection rate: the amount collected by 31 March as a percentage of the amount due for the year (numerator and denominator in pounds).",
            Unit = KpiUnit.Percentage, UnitLabel = "% collected in year", Polarity = Polarity.HigherIsBetter, Designation = KpiDesignation.National,
            ReleaseMonth = 4, DataSource = "Council revenues system (quarterly collection returns)",
            Priority = PriorityNames.FinancialSustainability, Portfolio = PortfolioNames.StrategicFinanceAndResources, ServiceArea = ServiceAreas.Finance,
            Board = BoardNames.FinanceAndCorporateServices,
        },
        new()
        {
            Code = "SAVINGS", Name = "Savings targets met",
            Definition = "Percentage of the year's agreed budget savings delivered.",
            Unit = KpiUnit.Percentage, UnitLabel = "% of savings target", Polarity = Polarity.HigherIsBetter, Designation = KpiDesignation.Local,
            ReleaseMonth = 6, DataSource = "Budget monitoring and outturn report",
            Priority = PriorityNames.FinancialSustainability, Portfolio = PortfolioNames.StrategicFinanceAndResources, ServiceArea = ServiceAreas.Finance,
            Board = BoardNames.FinanceAndCorporateServices,
        },
        new()
        {
            Code = "SICKNESS-ABSENCE", Name = "Council staff sickness absence (rolling twelve-month period)",
            Definition = "Average working days lost to sickness absence per full-time equivalent employee over a rolling twelve months.",
            Unit = KpiUnit.Days, UnitLabel = "days per FTE", Polarity = Polarity.LowerIsBetter, Designation = KpiDesignation.Local,
            Frequency = DataFrequency.RollingTwelveMonths, FrequencyNote = "Rolling twelve months; the annual result is the twelve months to 31 March",
            ReleaseMonth = 4, DataSource = "HR and payroll system",
            Priority = PriorityNames.FinancialSustainability, Portfolio = PortfolioNames.StrategicFinanceAndResources, ServiceArea = ServiceAreas.HumanResources,
            Board = BoardNames.FinanceAndCorporateServices,
        },

        // ---- Session 5 (sections 13–16): not in a session table, so the portfolio is the seed's placement ----
        new()
        {
            Code = "IMD-DEPRIVATION", Name = "Proportion of neighbourhoods amongst the 10% most deprived in England (measure of deprivation)",
            Definition = "Percentage of the city's neighbourhoods (lower layer super output areas) among the 10% most deprived in England on the Index of Multiple Deprivation.",
            Unit = KpiUnit.Percentage, UnitLabel = "% of neighbourhoods", Polarity = Polarity.LowerIsBetter, Designation = KpiDesignation.National,
            Frequency = DataFrequency.Periodic, FrequencyNote = "English Indices of Deprivation, released about every 10 years (Appendix 1, 13.1: \"10 yearly IMD\"); no year-on-year value",
            DataSource = "English Indices of Deprivation (MHCLG)",
            Priority = PriorityNames.ReducingInequalities, Portfolio = PortfolioNames.PolicyAndLeadership, ServiceArea = ServiceAreas.PlanningAndPerformance,
            Status = KpiStatus.UnderReview, Strategies = [StrategyNames.MarmotCity],
        },
        new()
        {
            Code = "SCHOOL-LEAVERS-18", Name = "Destination of school leavers aged 18 after reaching the end of 16-18 study",
            Definition = "Percentage of students leaving 16-18 study who continue to a sustained education, apprenticeship or employment destination.",
            Unit = KpiUnit.Percentage, UnitLabel = "% of leavers", Polarity = Polarity.HigherIsBetter, Designation = KpiDesignation.National,
            ReleaseMonth = 10, DataSource = "Destination measures (DfE)",
            Priority = PriorityNames.EconomicProsperity, Portfolio = PortfolioNames.EducationAndSkills, ServiceArea = ServiceAreas.EducationAndSkills,
            Status = KpiStatus.UnderReview,
        },
        new()
        {
            Code = "DIGITAL-EXCLUSION", Name = "Households at risk of digital exclusion",
            Definition = "Percentage of households at risk of digital exclusion. No data or target yet: officers are to work with partners to develop a realistic target (Appendix 1, 15.2).",
            Unit = KpiUnit.Percentage, UnitLabel = "% of households", Polarity = Polarity.LowerIsBetter, Designation = KpiDesignation.Local,
            DataSource = "To be agreed with partners",
            Priority = PriorityNames.ReducingInequalities, Portfolio = PortfolioNames.StrategicFinanceAndResources, ServiceArea = ServiceAreas.DigitalServices,
            Board = BoardNames.FinanceAndCorporateServices, Status = KpiStatus.UnderReview,
        },
        new()
        {
            Code = "CONNECTIVITY", Name = "Connectivity",
            Definition = "Percentage of the city's households with access to full fibre or gigabit-capable broadband (the household data of Appendix 1, 16.1).",
            Unit = KpiUnit.Percentage, UnitLabel = "% of households", Polarity = Polarity.HigherIsBetter, Designation = KpiDesignation.Local,
            ReleaseMonth = 12, DataSource = "Ofcom Connected Nations",
            Priority = PriorityNames.EconomicProsperity, Portfolio = PortfolioNames.JobsRegenerationAndClimateChange, ServiceArea = ServiceAreas.DigitalServices,
            Strategies = [StrategyNames.EconomicDevelopment],
        },

        // ---- Cabinet recommendation 5: house building, whose target may pull against green and blue space ----
        new()
        {
            Code = "NEW-HOMES", Name = "New homes built",
            Definition = "Net additional homes completed in the city in the year.",
            Unit = KpiUnit.Count, UnitLabel = "homes", Polarity = Polarity.HigherIsBetter, Designation = KpiDesignation.Local,
            ReleaseMonth = 6, DataSource = "Housing land monitoring",
            Priority = PriorityNames.EconomicProsperity, Portfolio = PortfolioNames.HousingAndCommunities, ServiceArea = ServiceAreas.HousingAndHomelessness,
        },

        // ---- KPIs the recommendations ask to add (Proposed: no targets or results yet) ----
        new()
        {
            Code = "CIC-NEET", Name = "Children in Care who are NEET",
            Definition = "Number of children in care and care leavers who are not in education, employment or training (recommendation d).",
            Unit = KpiUnit.Count, UnitLabel = "young people", Polarity = Polarity.LowerIsBetter, Designation = KpiDesignation.Local,
            DataSource = "Children's social care and NEET tracking records",
            Priority = PriorityNames.ReducingInequalities, Portfolio = PortfolioNames.ChildrenAndYoungPeople, SecondaryPortfolio = PortfolioNames.EducationAndSkills,
            ServiceArea = ServiceAreas.ChildrensServices, Status = KpiStatus.Proposed,
        },
        new()
        {
            Code = "YJ-REOFFENDING", Name = "Youth re-offending rate",
            Definition = "Percentage of young people aged 10 to 17 in the youth justice cohort who re-offend within twelve months, to sit alongside first-time entry (recommendation e).",
            Unit = KpiUnit.Percentage, UnitLabel = "% re-offending", Polarity = Polarity.LowerIsBetter, Designation = KpiDesignation.National,
            DataSource = "Proven reoffending statistics (Ministry of Justice)",
            Priority = PriorityNames.ReducingInequalities, Portfolio = PortfolioNames.ChildrenAndYoungPeople, ServiceArea = ServiceAreas.ChildrensServices,
            Status = KpiStatus.Proposed,
        },
        new()
        {
            Code = "GREEN-BLUE-SPACE", Name = "Access to Green and Blue Spaces",
            Definition = "Access to green space and to blue space such as canals (recommendation h); the measure is to be defined.",
            Unit = KpiUnit.Percentage, UnitLabel = "% of residents", Polarity = Polarity.HigherIsBetter, Designation = KpiDesignation.Local,
            DataSource = "To be defined",
            Priority = PriorityNames.ClimateChange, Portfolio = PortfolioNames.JobsRegenerationAndClimateChange, ServiceArea = ServiceAreas.ClimateChangeAndSustainability,
            Status = KpiStatus.Proposed, Strategies = [StrategyNames.ClimateChange],
        },
        new()
        {
            Code = "COLLECTION-BENCHMARK", Name = "Council tax and business rates arrears collection compared with other councils",
            Definition = "Collection of council tax and business rates arrears as well as in-year, with like-for-like comparative data on the duration and effectiveness of collection against other councils (recommendation j).",
            Unit = KpiUnit.Percentage, UnitLabel = "% of arrears collected", Polarity = Polarity.HigherIsBetter, Designation = KpiDesignation.Local,
            DataSource = "Council revenues system; comparable councils' published collection data",
            Priority = PriorityNames.FinancialSustainability, Portfolio = PortfolioNames.StrategicFinanceAndResources, ServiceArea = ServiceAreas.Finance,
            Board = BoardNames.FinanceAndCorporateServices, Status = KpiStatus.Proposed,
        },
        new()
        {
            Code = "THRIVE-GOLD", Name = "Thrive at Work gold standard for staff wellbeing maintained",
            Definition = "Whether the council keeps the gold standard of the Thrive at Work Workplace Wellbeing Award for staff health and wellbeing (recommendation l).",
            Unit = KpiUnit.Score, UnitLabel = "1 = gold standard held, 0 = not held", Polarity = Polarity.HigherIsBetter, Designation = KpiDesignation.Local,
            DataSource = "Thrive at Work Workplace Wellbeing Award",
            Priority = PriorityNames.FinancialSustainability, Portfolio = PortfolioNames.StrategicFinanceAndResources, ServiceArea = ServiceAreas.HumanResources,
            Board = BoardNames.FinanceAndCorporateServices, Status = KpiStatus.Proposed,
        },
        new()
        {
            Code = "COMMERCIAL-FIBRE", Name = "Commercial access to full fibre and/or gigabit internet",
            Definition = "Percentage of business premises with access to full fibre and/or gigabit-capable internet, to sit alongside the household data (recommendation p).",
            Unit = KpiUnit.Percentage, UnitLabel = "% of business premises", Polarity = Polarity.HigherIsBetter, Designation = KpiDesignation.Local,
            DataSource = "Ofcom Connected Nations (if available for commercial premises)",
            Priority = PriorityNames.EconomicProsperity, Portfolio = PortfolioNames.JobsRegenerationAndClimateChange, ServiceArea = ServiceAreas.DigitalServices,
            Status = KpiStatus.Proposed, Strategies = [StrategyNames.EconomicDevelopment],
        },
    ];

    /// <summary>Breakdown dimensions: (KPI, dimension, whether it sums to the headline, categories).</summary>
    internal static readonly IReadOnlyList<(string Code, string Dimension, bool SumsToTotal, string[] Categories)> Dimensions =
    [
        // The KPI is pedestrians only; the other road user types give context, so they cannot sum to it.
        ("CASUALTIES-PED", "Road user type", false, ["Pedestrian", "Cyclist", "Motorcyclist", "Car occupant", "Other"]),
        ("SICKNESS-ABSENCE", "Absence length", true, ["Short-term", "Long-term"]),

        // Recommendation k; days per FTE within each group, which average rather than add up.
        ("SICKNESS-ABSENCE", "Working arrangement", false, ["Home", "Flexible", "Fixed", "Agile"]),
    ];

    internal const string Rec5Note =
        "Cabinet recommendation 5: \"" + SourceText.Cabinet5 + "\"";

    /// <summary>Targets that may pull against each other (Cabinet recommendation 5).</summary>
    internal static readonly IReadOnlyList<(string Code, string ConflictsWith)> Conflicts =
    [
        ("NEW-HOMES", "GREEN-BLUE-SPACE"),
        ("NEW-HOMES", "BNG"),
    ];

    public static void Add(AppDbContext db, CoventryGraph graph)
    {
        foreach (var spec in All.Concat(IllustrativeKpis.Specs))
        {
            var kpi = new Kpi
            {
                Code = spec.Code,
                Name = spec.Name,
                Definition = spec.Definition,
                Unit = spec.Unit,
                RateBase = spec.RateBase,
                UnitLabel = spec.UnitLabel,
                Polarity = spec.Polarity,
                Designation = spec.Designation,
                Frequency = spec.Frequency,
                FrequencyNote = spec.FrequencyNote,
                ExpectedReleaseMonth = spec.ReleaseMonth,
                DataSource = spec.DataSource,
                Priority = graph.Priorities[spec.Priority],
                Portfolio = graph.Portfolios[spec.Portfolio],
                SecondaryPortfolio = spec.SecondaryPortfolio is null ? null : graph.Portfolios[spec.SecondaryPortfolio],
                ServiceArea = graph.ServiceAreas[spec.ServiceArea],
                ScrutinyBoard = graph.Boards[spec.Board],
                Status = spec.Status,
                Strategies = spec.Strategies.Select(s => graph.Strategies[s]).ToList(),
            };
            db.Kpis.Add(kpi);
            graph.Kpis[spec.Code] = kpi;
        }

        foreach (var (code, name, sumsToTotal, categories) in Dimensions)
        {
            graph.Kpis[code].Dimensions.Add(new BreakdownDimension
            {
                Name = name,
                SumsToTotal = sumsToTotal,
                Categories = categories.Select((c, i) => new BreakdownCategory { Name = c, SortOrder = i + 1 }).ToList(),
            });
        }

        foreach (var (code, other) in Conflicts)
        {
            graph.Kpis[code].Conflicts.Add(new KpiConflict { ConflictingKpi = graph.Kpis[other], Note = Rec5Note });
        }
    }
}
