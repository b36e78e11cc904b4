namespace CouncilPerformance.Core.Data.Seed;

/// <summary>
/// The service areas the seed assigns KPIs to. The source report names only some of them (Finance,
/// Law and Governance, Planning and Performance); the rest group KPIs for the demo and are described
/// as such in the user guide.
/// </summary>
public static class ServiceAreas
{
    public const string HighwaysTransportAndWaste = "Highways, Transport and Waste";
    public const string EnvironmentalServices = "Environmental Services";
    public const string PublicHealth = "Public Health";
    public const string EducationAndSkills = "Education and Skills";
    public const string ChildrensServices = "Children's Services";
    public const string EconomicDevelopment = "Economic Development";
    public const string ClimateChangeAndSustainability = "Climate Change and Sustainability";
    public const string HousingAndHomelessness = "Housing and Homelessness";
    public const string Finance = "Finance";
    public const string HumanResources = "Human Resources";
    public const string PlanningAndPerformance = "Planning and Performance";
    public const string LawAndGovernance = "Law and Governance";
    public const string DigitalServices = "Digital Services";

    public static readonly IReadOnlyList<string> All =
    [
        HighwaysTransportAndWaste, EnvironmentalServices, PublicHealth, EducationAndSkills, ChildrensServices,
        EconomicDevelopment, ClimateChangeAndSustainability, HousingAndHomelessness, Finance, HumanResources,
        PlanningAndPerformance, LawAndGovernance, DigitalServices,
    ];
}
