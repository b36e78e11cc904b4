namespace CouncilPerformance.Core.Identity;

public static class Roles
{
    public const string Officer = "Officer";
    public const string Scrutiny = "Scrutiny";
    public const string Cabinet = "Cabinet";
    public const string Administrator = "Administrator";

    public static readonly IReadOnlyList<string> All = [Officer, Scrutiny, Cabinet, Administrator];
}
